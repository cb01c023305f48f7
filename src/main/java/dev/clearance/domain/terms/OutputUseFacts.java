package dev.clearance.domain.terms;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The structured facts about one terms version that the risk rules use, so that rules never read prose.
 *
 * @param regime                    overall stance on training models with outputs
 * @param outputTypes               which outputs the restriction concerns: {@code ["all"]}, or e.g. {@code ["image"]}
 * @param permittedExceptions       carve-outs from the restriction, with stable ids the rules can test
 * @param namingPrefix              required start of a distributed model's name (e.g. "Llama"); null if none
 * @param attributionTexts          notices one of which must be shown (e.g. "Built with Llama"); empty if none
 * @param licenceCopyRequired       a copy of the licence must accompany the distributed model or materials
 * @param mauThreshold              monthly active users above which a separate licence is needed; null if none
 * @param revenueThresholdUsd       annual revenue (USD) above which a separate licence is needed; null if none
 * @param nonCommercial             outputs or models made with them are limited to research/non-commercial use
 * @param derivativesIncludeOutputTraining the licence's "derivative" reaches models trained on its outputs
 * @param restrictionsPassThrough   use restrictions must be imposed on recipients of such derivatives
 * @param authorizationRequired     the restricted use is allowed only with the provider's prior authorization
 * @param survival                  whether the output restriction survives termination of the agreement
 * @param retentionDays             default days the provider keeps inputs/outputs (abuse monitoring); null if unknown
 * @param excludedRegions           regions whose entities get no rights under this version (e.g. "EU"); empty if none
 * @param confidence                confidence in these facts as a whole (the weakest of the facts they rest on)
 */
public record OutputUseFacts(Regime regime, List<String> outputTypes, List<PermittedException> permittedExceptions,
                             String namingPrefix, List<String> attributionTexts, boolean licenceCopyRequired,
                             Long mauThreshold, Long revenueThresholdUsd, boolean nonCommercial, boolean derivativesIncludeOutputTraining,
                             boolean restrictionsPassThrough, boolean authorizationRequired, Survival survival,
                             Integer retentionDays, List<String> excludedRegions, Confidence confidence) {

    /** Whether an output restriction survives termination. */
    public enum Survival {
        /** Expressly survives. */
        YES,
        /** Expressly does not survive (or the survival list leaves it out and the reading is settled). */
        NO,
        /** The survival clause does not list it; whether it survives is an open question. */
        UNCLEAR,
        /** Nothing to survive, or the document has no termination/survival clause we know of. */
        NOT_STATED;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A carve-out from an output restriction.
     *
     * @param id          stable kebab-case id the rules test, e.g. {@code undistributed-classifier}
     * @param description our paraphrase of the carve-out
     */
    public record PermittedException(String id, String description) {
        public PermittedException {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(description, "description");
        }
    }

    public OutputUseFacts {
        Objects.requireNonNull(regime, "regime");
        outputTypes = outputTypes == null || outputTypes.isEmpty() ? List.of("all") : List.copyOf(outputTypes);
        permittedExceptions = permittedExceptions == null ? List.of() : List.copyOf(permittedExceptions);
        attributionTexts = attributionTexts == null ? List.of() : List.copyOf(attributionTexts);
        survival = survival == null ? Survival.NOT_STATED : survival;
        excludedRegions = excludedRegions == null ? List.of() : List.copyOf(excludedRegions);
        confidence = confidence == null ? Confidence.UNCERTAIN : confidence;
    }

    /** True when the restriction only concerns some kinds of output (e.g. images), not all of them. */
    public boolean limitedToSomeOutputTypes() {
        return !outputTypes.contains("all");
    }

    /** Facts for a document nobody has verified: the rules treat them as unknown. */
    public static OutputUseFacts unverified() {
        return new OutputUseFacts(Regime.UNVERIFIED, List.of(), List.of(), null, List.of(), false, null, null, false,
                false, false, false, Survival.NOT_STATED, null, List.of(), Confidence.UNCERTAIN);
    }
}
