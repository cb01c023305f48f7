package dev.clearance.terms;

/**
 * Input a user gave cannot be used: an unreadable, empty or unsupported file, an unknown document id,
 * a malformed reference. The message says which file or value and what to do; nothing was written.
 */
public class TermsInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TermsInputException(String message) {
        super(message);
    }

    public TermsInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
