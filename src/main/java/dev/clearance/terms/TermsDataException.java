package dev.clearance.terms;

/**
 * A shipped terms data file (catalog or registry) is broken. The message names the file, the field
 * (as a JSON path) and the problem; it is a packaging bug, so the app refuses to start rather than guess.
 */
public class TermsDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TermsDataException(String message) {
        super(message);
    }

    public TermsDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
