package dev.clearance.ui.review;

import dev.clearance.export.ReviewerKeys;
import dev.clearance.review.ReviewNotReadyException;
import java.io.UncheckedIOException;

/** What went wrong with a review action, in a sentence or two for the reviewer; never a stack trace. */
final class Problems {
    private Problems() {
    }

    static String describe(Throwable failure) {
        if (failure instanceof ReviewNotReadyException notReady) {
            String missing = notReady.missing().isEmpty() ? ""
                    : " Still missing:\n• " + String.join("\n• ", notReady.missing())
                            + "\nAnswer the open questions in the Checklist area.";
            return notReady.getMessage() + "." + missing;
        }
        if (failure instanceof ReviewerKeys.KeystoreException keystore) {
            return keystore.getMessage();
        }
        if (failure instanceof UncheckedIOException io) {
            return io.getMessage();
        }
        if (failure instanceof IllegalArgumentException || failure instanceof IllegalStateException) {
            return failure.getMessage();
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return "The action could not be completed: " + detail;
    }
}
