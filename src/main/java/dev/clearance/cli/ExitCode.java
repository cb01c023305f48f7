package dev.clearance.cli;

/** Exit codes of the command line (DESIGN.md "CLI contract"; 5 and 6 extend it). */
public final class ExitCode {
    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int BAD_INPUT = 2;
    public static final int FAIL_ON_REACHED = 3;
    public static final int VERIFICATION_FAILED = 4;
    /** The database is locked, from a newer version, unreadable or not writable. */
    public static final int DATABASE_UNAVAILABLE = 5;
    /** A bug: something failed that should not have. */
    public static final int INTERNAL_ERROR = 6;

    private ExitCode() {
    }
}
