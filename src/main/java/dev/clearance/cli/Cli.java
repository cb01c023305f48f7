package dev.clearance.cli;

import dev.clearance.domain.DiskFailureException;
import dev.clearance.domain.StorageException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Builds the command line and maps failures to the contract's exit codes: a usage error prints a
 * short hint and exits 1; an unusable database prints what happened and what to do and exits 5; a disk
 * that refused to write the database (full, quota, I/O error) names the file and exits 9; no stack trace
 * reaches the user.
 */
public final class Cli {
    private Cli() {
    }

    /**
     * Creates the command line.
     *
     * @param openDesktop    opens the desktop app on a database (null: the default one)
     * @param subcommands    creates the subcommands given the root (whose {@code --db} they read lazily)
     */
    public static CommandLine create(Consumer<Path> openDesktop, Function<ClearanceCommand, Object[]> subcommands) {
        ClearanceCommand root = new ClearanceCommand(openDesktop);
        CommandLine cl = new CommandLine(root);
        for (Object sub : subcommands.apply(root)) {
            cl.addSubcommand(sub);
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Cli::usageError);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> executionError(e, commandLine));
        return cl;
    }

    /**
     * A usage error in any command (the handler is the root's, so every subcommand gets it): what is wrong,
     * naming the option, then that command's usage; an unknown word first suggests the ones it resembles.
     */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("clearance: " + e.getMessage());
        if (UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        } else {
            err.print(cmd.getUsageMessage(cmd.getColorScheme()));
        }
        err.flush();
        return ExitCode.USAGE;
    }

    private static int executionError(Exception e, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        if (e instanceof DiskFailureException d) {
            String step = "import".equals(cmd.getCommandName()) ? "this import" : "this command";
            err.println("clearance: " + d.failure().problem(d.file()) + ": nothing of " + step + " was written; "
                    + d.failure().remedy() + " and run it again.");
            err.println("Everything saved before is kept in " + d.file() + ".");
            err.flush();
            return ExitCode.DISK_FAILURE;
        }
        if (e instanceof StorageException s) {
            err.println("clearance: " + s.getMessage());
            err.println(s.hint());
            err.flush();
            return ExitCode.DATABASE_UNAVAILABLE;
        }
        if (e instanceof DesktopUnavailableException d) {
            err.println("clearance: " + d.getMessage());
            err.println(d.hint());
            err.flush();
            return ExitCode.DESKTOP_UNAVAILABLE;
        }
        err.println("clearance: unexpected error: " + e);
        err.println("This is a bug. Nothing more was written; please report the message above.");
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }
}
