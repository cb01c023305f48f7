package dev.clearance.domain;

/** A name that must be unique is already taken. */
public class DuplicateNameException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DuplicateNameException(String message) {
        super(message);
    }
}
