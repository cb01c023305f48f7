package dev.clearance.app;

import dev.clearance.cli.Cli;
import dev.clearance.cli.ProjectsCommand;
import dev.clearance.domain.terms.TermsRepository;
import dev.clearance.store.Database;
import dev.clearance.inventory.InventoryEditService;
import dev.clearance.inventory.InventoryExporter;
import dev.clearance.terms.TermsService;
import dev.clearance.ui.ClearanceApplication;
import dev.clearance.ui.DocumentOpener;
import dev.clearance.ui.UiServices;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Entry point and composition root. With no arguments (or only {@code --db PATH}) it opens the desktop
 * app; with a command it runs the command line. Not a JavaFX {@code Application}, so the plain class
 * path can start it.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Logging.configure();
        int code = run(args, System.getenv(), new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        System.exit(code);
    }

    /** Runs the command line with the given streams and environment; returns the exit code. */
    static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        return run(args, env, out, err, TermsService::withShippedData);
    }

    /** The command line on another terms catalog than the shipped one (tests of an app shipped earlier). */
    static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err,
                   BiFunction<TermsRepository, Clock, TermsService> catalog) {
        return run(args, env, out, err, catalog, Database::open);
    }

    /** The command line on a database opened by {@code opener} (tests: a disk that fills up). */
    static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err,
                   BiFunction<TermsRepository, Clock, TermsService> catalog, Function<Path, Database> opener) {
        String home = System.getProperty("user.home");
        Workspace[] opened = new Workspace[1];
        try {
            CommandLine cl = Cli.create(db -> openDesktop(DatabaseLocation.resolve(db, env, home), env), root -> {
                java.util.function.Supplier<Workspace> ws = () -> {
                    if (opened[0] == null) {
                        opened[0] = new Workspace(DatabaseLocation.resolve(root.db(), env, home), catalog, opener);
                    }
                    return opened[0];
                };
                return new Object[] {
                    new ProjectsCommand(() -> ws.get().projects()),
                    new dev.clearance.cli.ImportCommand(() -> ws.get().inventory()),
                    new CommandLine(new dev.clearance.cli.TermsCommand(() -> ws.get().terms()))
                            .addSubcommand(new dev.clearance.cli.TermsSyncCommand(() -> ws.get().termsSync())),
                    new dev.clearance.cli.AssessCommand(name -> ws.get().assessments().assess(name), name -> ws.get().reviews().notices(name)),
                    new dev.clearance.cli.AnnotationsCommand(() -> ws.get().annotations(), () -> ws.get().reAnchoring(), name -> ws.get().projectId(name)),
                    new dev.clearance.cli.SignoffCommand(() -> ws.get().reviews(), () -> ws.get().reviewerKeys(), env::get),
                    new dev.clearance.cli.ExportCommand(() -> ws.get().reviews(), () -> ws.get().packageExporter(), env::get),
                    new dev.clearance.cli.VerifyCommand(dev.clearance.export.PackageVerifier::new),
                };
            });
            cl.setOut(out);
            cl.setErr(err);
            return cl.execute(args);
        } finally {
            if (opened[0] != null) {
                opened[0].close();
            }
        }
    }

    /**
     * Opens the window; when the machine cannot show one (no display, GTK 3 or another native library
     * missing) says what is missing and what to install instead of reporting a bug (exit 8).
     */
    private static void openDesktop(Path location, Map<String, String> env) {
        Workspace workspace = new Workspace(location);
        try {
            ClearanceApplication.launch(documents -> uiServices(workspace, documents), workspace::close);
        } catch (Throwable failure) {
            workspace.close();
            throw DesktopStartFailure.classify(failure, env.get("DISPLAY"), DesktopStartFailure::probeGlassGtk)
                    .<RuntimeException>map(explained -> explained)
                    .orElseGet(() -> failure instanceof RuntimeException r ? r : new IllegalStateException(failure));
        }
    }

    /** Everything the desktop app needs, on an opened workspace, with no viewer for links and files (tests). */
    static UiServices uiServices(Workspace ws) {
        return uiServices(ws, DocumentOpener.NONE);
    }

    /** Everything the desktop app needs, on an opened workspace; documents open in the system's browser or viewer. */
    static UiServices uiServices(Workspace ws, DocumentOpener documents) {
        return new UiServices(dev.clearance.cli.VersionProvider.version(), ws.location(), ws.database().schemaVersion(),
                System.getProperty("user.name", "reviewer"), ws.projects(), ws.datasets(), ws.settings(), ws.audit(),
                new InventoryEditService(ws.datasets(), ws.audit(), Clock.systemDefaultZone()),
                new InventoryExporter(ws.projects(), ws.datasets()),
                new InventoryImporterAdapter(ws.inventory(), System.getProperty("user.name", "reviewer")),
                SampleProjects.find(), documents, ws.terms(), ws.checklistAnswers(), ws.assessments(),
                ws.annotations(), ws.reviews(), ws.reviewerKeys(), ws.packageExporter(), ws.termsSync());
    }
}
