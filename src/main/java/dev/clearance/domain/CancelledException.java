package dev.clearance.domain;

/** Long work stopped because the user cancelled it; nothing it would have written was kept. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException(String message) {
        super(message);
    }
}
