package dev.clearance.terms;

import dev.clearance.domain.terms.StoredDocument;
import dev.clearance.domain.terms.StoredVersion;

import java.util.List;

/**
 * What {@link TermsService#addVersion} stored and found.
 *
 * @param document         the stored document row
 * @param version          the stored version with its full text and clauses
 * @param clauses          the detector's findings, line numbers relative to the extracted text
 * @param linesMatchFile   true when those line numbers are also the file's line numbers
 * @param newDocument      true when the document did not exist before
 * @param replacedExisting true when a stored version with the same date was replaced
 * @param warnings         things the user should know (replaced text, re-flowed lines …)
 */
public record AddResult(StoredDocument document, StoredVersion version, List<DetectedClause> clauses,
                        boolean linesMatchFile, boolean newDocument, boolean replacedExisting, List<String> warnings) {
    public AddResult {
        clauses = List.copyOf(clauses);
        warnings = List.copyOf(warnings);
    }
}
