package dev.clearance.cli;

/** Exit codes of the command line (docs/design.md "CLI contract"; 5, 6, 8 and 9 extend it). */
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
    /**
     * The desktop app cannot open a window here (no display, a missing native library such as GTK 3): not a
     * bug, the message says what to install. 7 is taken by the planned {@code gate} command (drift).
     */
    public static final int DESKTOP_UNAVAILABLE = 8;
    /**
     * The disk refused a write: full, over quota, file size limit, read-only, I/O error. The message names the
     * file (the database, or the output file) and what the disk said; nothing of the failed step was written.
     */
    public static final int DISK_FAILURE = 9;

    private ExitCode() {
    }
}
