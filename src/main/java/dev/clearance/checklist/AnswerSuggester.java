package dev.clearance.checklist;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.Distribution;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.Purpose;
import dev.clearance.domain.terms.Channel;
import dev.clearance.domain.terms.Regime;
import dev.clearance.domain.terms.TermsVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pre-fills a walk from what the tool already knows: the catalog facts of the governing terms, the
 * project settings and the dataset that opened the walk. Every value is a suggestion the reviewer confirms.
 */
public final class AnswerSuggester {
    private AnswerSuggester() {
    }

    /** Question id → suggested answer; questions the facts say nothing about are left out. */
    public static Map<String, String> suggest(List<TermsVersion> governing, ProjectSettings project, Dataset dataset) {
        Map<String, String> s = new LinkedHashMap<>();
        if (!dataset.generatorModel().isBlank()) {
            s.put("source.model", dataset.generatorModel());
        }
        Channel.ofAccess(dataset.access()).filter(c -> c != Channel.USAGE_POLICY)
                .ifPresent(c -> s.put("source.channel", c.id()));
        if (dataset.collectedOn() != null) {
            s.put("source.first-generated", dataset.collectedOn().toString());
        }
        if (!governing.isEmpty()) {
            TermsVersion primary = governing.get(0);
            s.put("terms.document", primary.documentId());
            s.put("terms.version", primary.effectiveOn().toString());
            s.put("restriction.kind", strictest(governing).id());
        }
        s.put("competition.purpose", project.purpose().id());
        s.put("competition.distribution", project.distribution().id());
        s.put("competition.competes", competes(project));
        boolean internalClassifier = (project.purpose() == Purpose.CLASSIFIER || project.purpose() == Purpose.EMBEDDING)
                && project.distribution() == Distribution.INTERNAL;
        s.put("exceptions.undistributed-classifier", internalClassifier ? "yes" : "no");
        s.put("conditions.model-distributed", project.distribution() == Distribution.INTERNAL ? "no" : "yes");
        if (!project.modelName().isBlank()) {
            s.put("conditions.model-name", project.modelName());
        }
        if (project.expectedMau() != null) {
            s.put("conditions.expected-mau", project.expectedMau().toString());
        }
        s.put("non-commercial.research-only", project.commercial() ? "no" : "yes");
        return s;
    }

    /** The tool's reading of "does it compete?": the same judgement the competing-model rule makes. */
    private static String competes(ProjectSettings p) {
        boolean internal = p.distribution() == Distribution.INTERNAL;
        return switch (p.purpose()) {
            case GENERAL_ASSISTANT, CODE_ASSISTANT -> internal ? "unsure" : "yes";
            case CLASSIFIER, EMBEDDING -> internal ? "no" : "unsure";
            case DOMAIN_ASSISTANT, OTHER -> "unsure";
        };
    }

    private static Regime strictest(List<TermsVersion> governing) {
        List<Regime> order = List.of(Regime.ANY_MODEL_BAN, Regime.COMPETING_MODEL_BAN, Regime.UNVERIFIED,
                Regime.NON_COMMERCIAL, Regime.PASS_THROUGH, Regime.CONDITIONAL, Regime.PERMITTED);
        return governing.stream().map(v -> v.facts().regime()).min((a, b) -> order.indexOf(a) - order.indexOf(b))
                .orElse(Regime.UNVERIFIED);
    }
}
