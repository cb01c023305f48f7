package dev.clearance.rules;

import dev.clearance.domain.Distribution;
import dev.clearance.domain.Purpose;
import dev.clearance.domain.checklist.QuestionIds;
import dev.clearance.domain.terms.OutputUseFacts.PermittedException;
import java.util.Optional;

/**
 * Which carve-out of a competing-model ban covers a project, and why. Shared by the ban rule (which
 * stands aside) and the exception rule (which reports it), so the two can never disagree.
 */
final class PermittedExceptions {
    /** OpenAI: models mainly meant to classify or organise data (embeddings, classifiers), not distributed. */
    static final String UNDISTRIBUTED_CLASSIFIER = "undistributed-classifier";
    /** OpenAI: fine-tuning through the provider's own fine-tuning service. */
    static final String PROVIDER_FINE_TUNING = "provider-fine-tuning";
    /** Llama 2/3: improving the licensed model family itself. */
    static final String SAME_FAMILY = "same-family-derivatives";

    /** A carve-out that applies, with the facts or answer that make it apply. */
    record Applied(PermittedException exception, String because) {
    }

    private PermittedExceptions() {
    }

    static Optional<Applied> applicable(RuleInput input, GoverningTerms terms) {
        ReviewerAnswers answers = input.answers();
        for (PermittedException e : terms.facts().permittedExceptions()) {
            switch (e.id()) {
                case UNDISTRIBUTED_CLASSIFIER -> {
                    if (answers.saysYes(QuestionIds.UNDISTRIBUTED_CLASSIFIER)) {
                        return Optional.of(new Applied(e, answers.cite(QuestionIds.UNDISTRIBUTED_CLASSIFIER)));
                    }
                    if (!answers.saysNo(QuestionIds.UNDISTRIBUTED_CLASSIFIER) && isInternalClassifier(input)) {
                        return Optional.of(new Applied(e, "the project is a " + input.project().purpose().id()
                                + " kept internal (distribution: internal)"));
                    }
                }
                case PROVIDER_FINE_TUNING -> {
                    if (answers.saysYes(QuestionIds.PROVIDER_FINE_TUNING)) {
                        return Optional.of(new Applied(e, answers.cite(QuestionIds.PROVIDER_FINE_TUNING)));
                    }
                }
                case SAME_FAMILY -> {
                    if (answers.saysYes(QuestionIds.SAME_FAMILY_MODEL)) {
                        return Optional.of(new Applied(e, answers.cite(QuestionIds.SAME_FAMILY_MODEL)));
                    }
                }
                default -> {
                    // Carve-outs the rules cannot test yet are shown by the checklist for the reviewer to answer.
                }
            }
        }
        return Optional.empty();
    }

    static boolean isInternalClassifier(RuleInput input) {
        Purpose p = input.project().purpose();
        return (p == Purpose.CLASSIFIER || p == Purpose.EMBEDDING)
                && input.project().distribution() == Distribution.INTERNAL;
    }

    static boolean offers(GoverningTerms terms, String exceptionId) {
        return terms.facts().permittedExceptions().stream().anyMatch(e -> e.id().equals(exceptionId));
    }
}
