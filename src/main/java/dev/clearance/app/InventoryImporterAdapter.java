package dev.clearance.app;

import dev.clearance.domain.ProgressMonitor;
import dev.clearance.inventory.ImportPreview;
import dev.clearance.inventory.ImportProblem;
import dev.clearance.inventory.ImportResult;
import dev.clearance.inventory.InventoryImportException;
import dev.clearance.inventory.InventoryImportService;
import dev.clearance.inventory.LinkOutsideFolderException;
import dev.clearance.ui.ProjectImporter;
import dev.clearance.ui.ProjectImporter.LinksOutsideFolderException;
import java.nio.file.Path;
import java.util.List;

/** Lets the desktop app import through the inventory service without knowing its types. */
final class InventoryImporterAdapter implements ProjectImporter {
    private final InventoryImportService service;
    private final String actor;

    InventoryImporterAdapter(InventoryImportService service, String actor) {
        this.service = service;
        this.actor = actor;
    }

    @Override
    public Preview preview(Path fileOrFolder, String projectNameOrNull, ProgressMonitor monitor) {
        return preview(fileOrFolder, projectNameOrNull, false, monitor);
    }

    @Override
    public Preview preview(Path fileOrFolder, String projectNameOrNull, boolean readLinksOutside, ProgressMonitor monitor) {
        try {
            ImportPreview p = service.preview(fileOrFolder, projectNameOrNull, readLinksOutside, monitor);
            return new Preview(p, p.projectName(), p.isNewProject(), p.summary(), lines(p.warnings()));
        } catch (LinkOutsideFolderException e) {
            throw new LinksOutsideFolderException("The project folder " + e.folder() + " links to "
                    + (e.links().size() == 1 ? "a file" : e.links().size() + " files") + " outside it.",
                    e.links().stream().map(l -> l.file() + " → " + l.target()).toList());
        } catch (InventoryImportException e) {
            throw new ImportRefusedException(e.getMessage(), lines(e.problems()));
        }
    }

    @Override
    public ImportOutcome commit(Preview preview, ProgressMonitor monitor) {
        try {
            ImportResult r = service.commit((ImportPreview) preview.token(), actor, monitor);
            return new ImportOutcome(r.projectName(), r.summary(), lines(r.warnings()));
        } catch (InventoryImportException e) {
            throw new ImportRefusedException(e.getMessage(), lines(e.problems()));
        }
    }

    private static List<String> lines(List<ImportProblem> problems) {
        return problems.stream().map(ImportProblem::toString).toList();
    }
}
