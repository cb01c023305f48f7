package dev.clearance.review;

import java.util.List;

/** A sign-off was refused: the revision is not ready, with what is missing. */
public final class ReviewNotReadyException extends RuntimeException {
    private final List<String> missing;

    public ReviewNotReadyException(String message, List<String> missing) {
        super(message);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
