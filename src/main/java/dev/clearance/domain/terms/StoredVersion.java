package dev.clearance.domain.terms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A row of {@code terms_version} with its clauses: a full text a user added, and what the detector found.
 * Full texts live only in the database, never in the shipped assets.
 *
 * @param sourceFile  file name the text was extracted from; "" if typed in
 * @param textSha256  lower-case hex SHA-256 of the UTF-8 full text
 */
public record StoredVersion(String documentId, LocalDate effectiveOn, String fullText, String sourceFile,
                            String textSha256, Instant addedAt, List<StoredClause> clauses) {
    public StoredVersion {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        fullText = fullText == null ? "" : fullText;
        sourceFile = sourceFile == null ? "" : sourceFile;
        textSha256 = textSha256 == null ? "" : textSha256;
        Objects.requireNonNull(addedAt, "addedAt");
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }

    public TermsRef ref() {
        return new TermsRef(documentId, effectiveOn);
    }
}
