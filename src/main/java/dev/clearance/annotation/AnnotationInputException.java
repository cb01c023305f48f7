package dev.clearance.annotation;

/**
 * A request or file the annotation feature refuses: the message says what is wrong (and, for files, where,
 * as a JSON path) so that it can be shown as is. Nothing was written when it is thrown.
 */
public class AnnotationInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AnnotationInputException(String message) {
        super(message);
    }

    public AnnotationInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
