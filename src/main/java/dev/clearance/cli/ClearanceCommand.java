package dev.clearance.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root command. Without a subcommand it opens the desktop app (on the database given with
 * {@code --db}, if any); subcommands are registered by {@link Cli}.
 */
@Command(name = "clearance", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Rights clearance of AI training data: import a project's dataset inventory, "
                + "assess the terms that governed model-generated data, and export a signed review.",
        footer = {"", "Without a command, opens the desktop app.",
            "Database: --db PATH, else $CLEARANCE_DB, else ~/.clearance/clearance.",
            "Exit codes: 0 ok, 1 usage, 2 bad input (nothing written), 3 --fail-on reached,",
            "            4 verification failed, 5 database unavailable, 6 internal error,",
            "            8 the desktop app cannot open a window (no display, missing GTK 3)."})
public final class ClearanceCommand implements Callable<Integer> {
    private final Consumer<Path> openDesktop;

    @Option(names = "--db", paramLabel = "PATH",
            description = "The database to use (H2 file, without .mv.db). Default: $CLEARANCE_DB or ~/.clearance/clearance.")
    Path db;

    public ClearanceCommand(Consumer<Path> openDesktop) {
        this.openDesktop = openDesktop;
    }

    /** The {@code --db} given on the command line, or null. */
    public Path db() {
        return db;
    }

    @Override
    public Integer call() {
        openDesktop.accept(db);
        return ExitCode.OK;
    }
}
