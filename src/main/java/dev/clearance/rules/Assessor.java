package dev.clearance.rules;

import dev.clearance.domain.assessment.DatasetAssessment;
import dev.clearance.domain.assessment.ProjectAssessment;
import java.util.ArrayList;
import java.util.List;

/**
 * Assesses a project: every current dataset through the {@link RuleEngine}, folded to the project's
 * overall level (the worst dataset's; clear when there are no datasets). Datasets a re-import no longer
 * lists ({@code removed}) are left out.
 */
public final class Assessor {
    private final RuleEngine engine;

    public Assessor(RuleEngine engine) {
        this.engine = engine;
    }

    public static Assessor standard() {
        return new Assessor(RuleEngine.standard());
    }

    /**
     * @param project the project name
     * @param inputs  one input per dataset, in inventory order
     */
    public ProjectAssessment assess(String project, List<RuleInput> inputs) {
        List<DatasetAssessment> datasets = new ArrayList<>(inputs.size());
        for (RuleInput input : inputs) {
            if (!input.dataset().removed()) {
                datasets.add(engine.assess(input));
            }
        }
        return ProjectAssessment.of(project, datasets);
    }
}
