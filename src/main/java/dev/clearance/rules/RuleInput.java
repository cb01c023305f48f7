package dev.clearance.rules;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.Distribution;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.checklist.QuestionIds;
import java.util.List;
import java.util.Objects;

/**
 * Everything the rules know about one dataset.
 *
 * @param project            the model project's settings (purpose, distribution, commercial, MAU, regions)
 * @param dataset            the inventory row
 * @param governing          the terms that governed its outputs, with the version in force on its date;
 *                           empty for model-generated data whose terms could not be found
 * @param resolutionWarnings what the terms lookup could not settle (no date, unverified mapping …)
 * @param answers            the reviewer's decisions in the dataset's guided walk
 */
public record RuleInput(ProjectSettings project, Dataset dataset, List<GoverningTerms> governing,
                        List<String> resolutionWarnings, ReviewerAnswers answers) {
    public RuleInput {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(dataset, "dataset");
        governing = governing == null ? List.of() : List.copyOf(governing);
        resolutionWarnings = resolutionWarnings == null ? List.of() : List.copyOf(resolutionWarnings);
        answers = answers == null ? ReviewerAnswers.none() : answers;
    }

    /** An input without warnings or reviewer answers. */
    public static RuleInput of(ProjectSettings project, Dataset dataset, List<GoverningTerms> governing) {
        return new RuleInput(project, dataset, governing, List.of(), ReviewerAnswers.none());
    }

    /**
     * True when the dataset trains or improves a model (every use except {@code evaluation}; a use the
     * tool does not know counts as training, to stay on the safe side).
     */
    public boolean trainsAModel() {
        for (String use : dataset.uses()) {
            if (!use.equalsIgnoreCase("evaluation")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a model trained on the data reaches anyone outside the organisation: hosted, open
     * weights or on-device, unless the reviewer answered otherwise.
     */
    public boolean modelMadeAvailable() {
        if (answers.saysYes(QuestionIds.MODEL_DISTRIBUTED)) {
            return true;
        }
        if (answers.saysNo(QuestionIds.MODEL_DISTRIBUTED)) {
            return false;
        }
        return project.distribution() != Distribution.INTERNAL;
    }

    /** True when the model's weights leave the organisation (open weights or on-device). */
    public boolean weightsDistributed() {
        Distribution d = project.distribution();
        return d == Distribution.OPEN_WEIGHTS || d == Distribution.ON_DEVICE
                || answers.saysYes(QuestionIds.MODEL_DISTRIBUTED) && d != Distribution.HOSTED_API;
    }

    /** "fine-tuning and preference", for messages. */
    public String usesText() {
        List<String> uses = dataset.uses();
        if (uses.size() == 1) {
            return uses.get(0);
        }
        return String.join(", ", uses.subList(0, uses.size() - 1)) + " and " + uses.get(uses.size() - 1);
    }

    /** "the general-assistant model, offered as a hosted-api", for messages. */
    public String projectText() {
        String model = project.modelName().isBlank() ? "the project's model" : "'" + project.modelName() + "'";
        return model + " (" + project.purpose().id() + ", " + project.distribution().id() + ", "
                + (project.commercial() ? "commercial" : "non-commercial") + ")";
    }
}
