package dev.clearance.cli;

import dev.clearance.domain.CancelledException;
import dev.clearance.domain.DuplicateNameException;
import dev.clearance.domain.ProgressMonitor;
import dev.clearance.inventory.ImportProblem;
import dev.clearance.inventory.ImportResult;
import dev.clearance.inventory.InventoryImportException;
import dev.clearance.inventory.InventoryImportService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance import <file-or-folder> [--project NAME]}: imports or re-imports an inventory.
 * Exit 0 with a summary and the warnings; exit 2 with every error when the input is refused
 * (nothing is written). A database that cannot be used ({@code StorageException}) is left to the
 * root command, which owns the database.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a dataset inventory (CSV, JSON, YAML, XLSX) or a project folder "
                + "(project.yaml + inventory.*) into a project.",
                "Importing into an existing project is a re-import: datasets are matched by id, "
                        + "those no longer listed are marked removed and all review work is kept.",
                "A project folder is read only from within itself: a project.yaml or inventory that is a link to a "
                        + "file outside the folder (or a dangling link) is refused; import that file by its own path."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:imported", "1:usage error", "2:bad input; nothing was written"})
public final class ImportCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int BAD_INPUT = 2;
    private static final String ACTOR = System.getProperty("user.name", "cli");

    private final Supplier<InventoryImportService> service;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<file-or-folder>",
            description = "An inventory file, or a folder holding project.yaml and inventory.{csv,json,yaml,xlsx}.")
    private Path source;

    @Option(names = "--project", paramLabel = "NAME",
            description = "The project to import into (over project.yaml's name; default: the file or folder name).")
    private String project;

    /** @param service opened lazily, so that --help works without a database */
    public ImportCommand(Supplier<InventoryImportService> service) {
        this.service = service;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ImportResult result = service.get().importPath(source, project, ACTOR, ProgressMonitor.NONE);
            out.println(result.summary());
            result.warnings().forEach(w -> out.println("warning: " + w));
            out.flush();
            return OK;
        } catch (InventoryImportException e) {
            long errors = e.errors().size();
            err.println("Nothing was imported: " + errors + (errors == 1 ? " error" : " errors") + " in the input.");
            for (ImportProblem p : e.problems()) {
                err.println((p.isError() ? "error: " : "warning: ") + p);
            }
            err.flush();
            return BAD_INPUT;
        } catch (DuplicateNameException | CancelledException e) {
            err.println("Nothing was imported: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
    }
}
