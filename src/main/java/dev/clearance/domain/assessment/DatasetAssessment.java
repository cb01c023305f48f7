package dev.clearance.domain.assessment;

import dev.clearance.domain.RiskLevel;
import java.util.List;
import java.util.Objects;

/**
 * The risk of using one dataset, with the findings that make it up.
 *
 * @param datasetId   the dataset's inventory id
 * @param name        the dataset's name
 * @param risk        the worst level among the findings ({@link RiskLevel#CLEAR} when there are none)
 * @param terms       the terms versions assessed, each {@code document-id@YYYY-MM-DD}
 * @param findings    every rule's conclusion, worst first
 * @param obligations what the project must do to use the dataset, without duplicates
 */
public record DatasetAssessment(String datasetId, String name, RiskLevel risk, List<String> terms,
                                List<Finding> findings, List<Obligation> obligations) {
    public DatasetAssessment {
        Objects.requireNonNull(datasetId, "datasetId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(risk, "risk");
        terms = terms == null ? List.of() : List.copyOf(terms);
        findings = findings == null ? List.of() : List.copyOf(findings);
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
    }
}
