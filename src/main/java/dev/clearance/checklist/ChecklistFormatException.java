package dev.clearance.checklist;

/** The checklist file is malformed; the message names the file, the field (as a JSON path) and the problem. */
public class ChecklistFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ChecklistFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public ChecklistFormatException(String message) {
        super(message);
    }
}
