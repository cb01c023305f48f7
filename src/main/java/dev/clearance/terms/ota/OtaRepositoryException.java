package dev.clearance.terms.ota;

import java.nio.file.Path;

/**
 * A folder cannot be used as an Open Terms Archive versions repository (not a git repository, no commits,
 * unreadable objects, not recognised, none of the mapped documents in it). Nothing was changed.
 */
public class OtaRepositoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    public OtaRepositoryException(Path directory, String problem) {
        this(directory, problem, null);
    }

    public OtaRepositoryException(Path directory, String problem, Throwable cause) {
        super(directory + ": " + problem, cause);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
