package dev.clearance.domain;

/**
 * The database cannot be used. Carries a message for people (what happened) and a hint (what to do);
 * callers show both and never a stack trace.
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the database is unavailable; lets the CLI and UI pick wording and exit codes. */
    public enum Reason {
        LOCKED, NEWER_SCHEMA, CORRUPT, NOT_WRITABLE, FAILED,
        /** The disk refused to write the database: full, over quota, read-only or failing ({@link DiskFailureException}). */
        DISK_FAILURE
    }

    private final Reason reason;
    private final String hint;

    public StorageException(Reason reason, String message, String hint, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.hint = hint;
    }

    public Reason reason() {
        return reason;
    }

    public String hint() {
        return hint;
    }
}
