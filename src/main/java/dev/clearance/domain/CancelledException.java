package dev.clearance.domain;

/** Work stopped because its {@link ProgressMonitor} was cancelled; whatever it was writing was rolled back. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException(String message) {
        super(message);
    }
}
