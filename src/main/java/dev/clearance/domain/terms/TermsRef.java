package dev.clearance.domain.terms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reference to one terms version, written {@code document-id@YYYY-MM-DD} (DESIGN.md); the date is the
 * version's effective date. A reference without {@code @date} names the document only.
 *
 * @param documentId  stable kebab-case document id
 * @param effectiveOn the version's effective date; null when only the document is named
 */
public record TermsRef(String documentId, LocalDate effectiveOn) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");

    public TermsRef {
        Objects.requireNonNull(documentId, "documentId");
        if (!isValidDocumentId(documentId)) {
            throw new IllegalArgumentException("'" + documentId
                    + "' is not a document id: use lower-case letters, digits, '-' and '.', e.g. openai-services-agreement");
        }
    }

    /** True for stable kebab-case ids such as {@code llama-3.1-community-license}. */
    public static boolean isValidDocumentId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * Parses {@code id} or {@code id@YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a message saying what is wrong
     */
    public static TermsRef parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A terms reference is empty; write document-id@YYYY-MM-DD");
        }
        String t = text.strip();
        int at = t.indexOf('@');
        if (at < 0) {
            return new TermsRef(t, null);
        }
        String date = t.substring(at + 1);
        try {
            return new TermsRef(t.substring(0, at), LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + date + "' in '" + t + "' is not a date; write YYYY-MM-DD", e);
        }
    }

    public Optional<LocalDate> version() {
        return Optional.ofNullable(effectiveOn);
    }

    @Override
    public String toString() {
        return effectiveOn == null ? documentId : documentId + "@" + effectiveOn;
    }
}
