package dev.clearance.domain;

import java.nio.file.Path;

/**
 * The database could not be written because its disk refused (full, over quota, read-only, failing). What the
 * failed step was writing is not in the database; what was saved before is kept. H2 stops using the file after
 * such a failure, so the database must be opened again (the next run of a command, or a restart of the app).
 */
public class DiskFailureException extends StorageException {
    private static final long serialVersionUID = 1L;

    private final transient DiskFailure failure;
    private final transient Path file;

    public DiskFailureException(DiskFailure failure, Path file, Throwable cause) {
        super(Reason.DISK_FAILURE, capitalised(failure.problem(file)) + ". Nothing of this step was written.",
                capitalised(failure.remedy()) + " and try again; everything saved before is kept in " + file
                        + ". Clearance stops using the database until it is opened again.", cause);
        this.failure = failure;
        this.file = file;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public DiskFailure failure() {
        return failure;
    }

    /** The database file. */
    public Path file() {
        return file;
    }
}
