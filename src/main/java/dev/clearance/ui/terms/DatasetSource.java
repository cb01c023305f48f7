package dev.clearance.ui.terms;

import dev.clearance.domain.Dataset;
import dev.clearance.terms.Resolution;
import dev.clearance.terms.Resolution.ResolvedTerms;
import java.util.List;
import java.util.stream.Collectors;

/** One model-generated dataset of the project with the terms that governed its outputs (or why they are unknown). */
public record DatasetSource(Dataset dataset, Resolution resolution) {

    public boolean resolved() {
        return resolution.isResolved();
    }

    /** "gpt-4o-2024-08-06"; "no generator given" when the inventory lacks it. */
    public String model() {
        return dataset.generatorModel().isEmpty() ? "no generator given" : dataset.generatorModel();
    }

    /** "api", "weights" …; "—" when not given. */
    public String access() {
        return dataset.access().isEmpty() ? "—" : dataset.access();
    }

    /** The generation date, or a plain statement that it is missing. */
    public String collectedOn() {
        return dataset.collectedOn() == null ? "no date" : dataset.collectedOn().toString();
    }

    /** "openai-services-agreement@2025-05-31; openai-usage-policies@…" or "unknown". */
    public String termsText() {
        return resolved() ? resolution.refs().stream().map(Object::toString).collect(Collectors.joining("; ")) : "unknown";
    }

    public List<ResolvedTerms> terms() {
        return resolution.terms();
    }

    /** How the terms were found: the shipped registry, the user's mapping, or the dataset's override. */
    public String matchedBy() {
        String m = resolution.matchedBy();
        if (m.startsWith("registry:")) {
            return "shipped model registry";
        }
        if (m.startsWith("user-mapping:")) {
            return "your model mapping";
        }
        return m.equals("override") ? "the dataset's terms override" : m;
    }

    /** What the reviewer should read: warnings for resolved terms, the message for unknown ones. */
    public List<String> notes() {
        if (!resolved()) {
            return resolution.message().isEmpty() ? resolution.warnings()
                    : java.util.stream.Stream.concat(java.util.stream.Stream.of(resolution.message()),
                            resolution.warnings().stream()).toList();
        }
        return resolution.warnings();
    }
}
