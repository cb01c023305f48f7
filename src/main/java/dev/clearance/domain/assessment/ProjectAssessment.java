package dev.clearance.domain.assessment;

import dev.clearance.domain.RiskLevel;
import java.util.List;
import java.util.Objects;

/**
 * The risk of a project's training data: every dataset's assessment and the worst of them.
 *
 * @param project  the project name
 * @param overall  the worst dataset level; {@link RiskLevel#CLEAR} when the project has no datasets
 * @param datasets the datasets in inventory order
 */
public record ProjectAssessment(String project, RiskLevel overall, List<DatasetAssessment> datasets) {
    public ProjectAssessment {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(overall, "overall");
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
    }

    /** Folds dataset assessments into a project assessment whose level is the worst of them. */
    public static ProjectAssessment of(String project, List<DatasetAssessment> datasets) {
        RiskLevel overall = RiskLevel.CLEAR;
        for (DatasetAssessment d : datasets) {
            overall = RiskLevel.worst(overall, d.risk());
        }
        return new ProjectAssessment(project, overall, datasets);
    }
}
