package dev.clearance.inventory;

import dev.clearance.domain.AuditRepository;
import dev.clearance.domain.DatasetRepository;
import dev.clearance.domain.ProgressMonitor;
import dev.clearance.domain.Project;
import dev.clearance.domain.ProjectRepository;
import dev.clearance.domain.ProjectSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Imports a project's dataset inventory: {@link #preview} reads and validates everything and says
 * what would change; {@link #commit} writes it in one transaction. Any error refuses the whole
 * import and nothing is written. Re-importing into an existing project matches datasets by id:
 * datasets that stay keep all reviewer work attached to them (answers, annotations, findings live in
 * their own tables and are never touched), datasets no longer listed are marked removed, not deleted.
 *
 * <p>Files are streamed: a million-row inventory needs memory for its ids, not its datasets.
 * {@link #importPath} reads the file once, writing as it validates inside a transaction that any
 * error rolls back; {@link #preview} then {@link #commit} read it twice, and the second pass checks
 * that it read the same bytes. While writing, the file is read on a second thread (see
 * {@link ReadAheadPipeline}), which also reports progress and checks for cancellation.
 */
public final class InventoryImportService {
    private final ProjectRepository projects;
    private final DatasetRepository datasets;
    private final Clock clock;

    public InventoryImportService(ProjectRepository projects, DatasetRepository datasets, AuditRepository audit) {
        this(projects, datasets, audit, Clock.systemDefaultZone());
    }

    /**
     * @param audit not written through directly: an import's audit events commit in the same
     *              transaction as its datasets ({@link DatasetRepository#replaceInventory})
     */
    public InventoryImportService(ProjectRepository projects, DatasetRepository datasets, AuditRepository audit,
                                  Clock clock) {
        this.projects = projects;
        this.datasets = datasets;
        this.clock = clock;
    }

    /**
     * Reads and validates an inventory file or project folder and compares it with the project of
     * that name; writes nothing.
     *
     * @param projectNameOrNull {@code --project NAME}: overrides the name in project.yaml; without
     *                          either, the file name (without extension) or folder name is used
     * @throws InventoryImportException listing every error (up to 100) when the input is not acceptable
     * @throws dev.clearance.domain.CancelledException when the monitor is cancelled
     */
    public ImportPreview preview(Path fileOrFolder, String projectNameOrNull, ProgressMonitor monitor)
            throws InventoryImportException {
        return preview(fileOrFolder, projectNameOrNull, false, monitor);
    }

    /**
     * As {@link #preview(Path, String, ProgressMonitor)}, and reads a project folder's files that link outside
     * the folder when {@code readLinksOutside} (the user agreed); without it they are refused with a
     * {@link LinkOutsideFolderException}.
     */
    public ImportPreview preview(Path fileOrFolder, String projectNameOrNull, boolean readLinksOutside,
                                 ProgressMonitor monitor) throws InventoryImportException {
        InventorySource source = InventorySource.resolve(fileOrFolder, readLinksOutside);
        // The name usually is known before reading the inventory; only a JSON/YAML project block can
        // rename it, and then the comparison is repeated against the project of that name.
        String provisional = projectName(projectNameOrNull, InventoryPass.declaredProject(source), source);
        Optional<Project> existing = projects.findByName(provisional);
        InventoryDiff diff = compareWith(existing);
        InventoryPass.Outcome outcome = new InventoryPass(source, monitor, "Checking", today()).run(diff);
        String name = projectName(projectNameOrNull, Optional.ofNullable(outcome.project()), source);
        if (!name.equals(provisional)) {
            Optional<Project> named = projects.findByName(name);
            if (named.isPresent() || existing.isPresent()) { // else the comparison with "nothing stored" stands
                diff = compareWith(named);
                new InventoryPass(source, monitor, "Comparing", today()).run(diff);
            }
            existing = named;
        }
        ProjectSettings settings = settingsFor(name, Optional.ofNullable(outcome.project()), existing);
        return new ImportPreview(source, name,
                existing.map(p -> OptionalLong.of(p.id())).orElse(OptionalLong.empty()), settings,
                existing.map(Project::settings), outcome.datasets(), diff.changes(), outcome.warnings(),
                outcome.sha256());
    }

    /**
     * Carries out a preview in one transaction: creates or updates the project, writes the datasets,
     * marks removed ones and records the audit trail. The file is read again; if it changed since the
     * preview, or the monitor is cancelled, nothing is written.
     *
     * @param actor who imports, for the audit trail
     */
    public ImportResult commit(ImportPreview preview, String actor, ProgressMonitor monitor) {
        Optional<Project> existing = preview.existingProjectId().isPresent()
                ? projects.findById(preview.existingProjectId().getAsLong()) : Optional.empty();
        InventoryWrite write = InventoryWrite.ofPreview(preview, existing, datasets, monitor, today(), actor,
                clock.instant());
        return result(datasets.replaceInventory(write), write.asPreview());
    }

    /**
     * Imports without showing a preview first: validates, compares and writes in a single streaming
     * pass inside one transaction, which rolls back on the first error found once the whole file has
     * been checked (so every error is still reported, and nothing is written).
     *
     * @throws InventoryImportException listing every error (up to 100) when the input is not acceptable, and
     *                                  {@link LinkOutsideFolderException} for a project folder's file that
     *                                  links outside the folder (the command line does not read those)
     */
    public ImportResult importPath(Path fileOrFolder, String projectNameOrNull, String actor, ProgressMonitor monitor)
            throws InventoryImportException {
        InventorySource source = InventorySource.resolve(fileOrFolder);
        String requested = projectNameOrNull == null || projectNameOrNull.isBlank() ? null : projectNameOrNull.strip();
        String name = projectName(requested, InventoryPass.declaredProject(source), source);
        Optional<Project> existing = projects.findByName(name);
        InventoryWrite write = InventoryWrite.direct(source, name, existing, block -> settingsFor(name, block, existing),
                compareWith(existing), requested, datasets, monitor, today(), actor, clock.instant());
        try {
            return result(datasets.replaceInventory(write), write.asPreview());
        } catch (InventoryWrite.ProjectRenamedByFile e) {
            // The inventory's own project block names the project; nothing was written under the file name.
            return commit(preview(fileOrFolder, projectNameOrNull, monitor), actor, monitor);
        }
    }

    private static ImportResult result(long projectId, ImportPreview done) {
        return new ImportResult(projectId, done.projectName(), done.isNewProject(), done.datasetCount(), done.changes(),
                done.warnings());
    }

    private static ProjectSettings settingsFor(String name, Optional<ProjectBlockParser.ProjectBlock> block,
                                               Optional<Project> existing) {
        return block.map(b -> b.named(name))
                .orElseGet(() -> existing.map(Project::settings).orElse(ProjectSettings.named(name)));
    }

    private InventoryDiff compareWith(Optional<Project> existing) {
        InventoryDiff diff = new InventoryDiff();
        existing.ifPresent(p -> datasets.forEach(p.id(), diff::stored));
        return diff;
    }

    /** Per DESIGN.md: --project over the project file's name over the file or folder name. */
    private static String projectName(String requested, Optional<ProjectBlockParser.ProjectBlock> declared,
                                      InventorySource source) {
        if (requested != null && !requested.isBlank()) {
            return requested.strip();
        }
        return declared.flatMap(ProjectBlockParser.ProjectBlock::name).orElse(source.defaultProjectName());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
