package dev.clearance.domain.terms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of {@code terms_version} with its clauses: a full text a user added (or a terms sync recorded), and
 * what the detector found. Full texts live only in the database, never in the shipped assets.
 *
 * @param sourceFile  file name the text was extracted from; "" if typed in or read from a repository
 * @param textSha256  lower-case hex SHA-256 of the UTF-8 full text
 * @param provenance  where the text was recorded (repository, path, commit, dates); null when not known,
 *                    e.g. for a text added from a file
 */
public record StoredVersion(String documentId, LocalDate effectiveOn, String fullText, String sourceFile,
                            String textSha256, Instant addedAt, List<StoredClause> clauses, Provenance provenance) {
    public StoredVersion {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        fullText = fullText == null ? "" : fullText;
        sourceFile = sourceFile == null ? "" : sourceFile;
        textSha256 = textSha256 == null ? "" : textSha256;
        Objects.requireNonNull(addedAt, "addedAt");
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }

    /** A version without a recorded provenance (a text added from a file). */
    public StoredVersion(String documentId, LocalDate effectiveOn, String fullText, String sourceFile,
                         String textSha256, Instant addedAt, List<StoredClause> clauses) {
        this(documentId, effectiveOn, fullText, sourceFile, textSha256, addedAt, clauses, null);
    }

    public TermsRef ref() {
        return new TermsRef(documentId, effectiveOn);
    }

    /** Where the text was recorded, when known. */
    public Optional<Provenance> source() {
        return Optional.ofNullable(provenance);
    }
}
