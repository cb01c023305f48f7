package dev.clearance.terms;

import dev.clearance.domain.terms.Confidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One rule of the shipped model registry: model-name globs + providers + access values → the documents
 * that govern the outputs, optionally limited to the dates when each document applied.
 *
 * @param id            stable kebab-case id, shown as "matched by"
 * @param providers     provider ids the rule applies to; the first one is the provider inferred for the model
 * @param models        case-insensitive globs on the model name
 * @param excludeModels globs that must not match
 * @param access        inventory access values ({@code api}, {@code weights}, {@code app}, {@code cloud:azure},
 *                      or {@code cloud:*} for any cloud)
 * @param governedBy    documents, each possibly limited to a date range
 * @param confidence    how sure the mapping itself is
 * @param note          explanation shown to the reviewer; "" if none
 */
public record RegistryRule(String id, List<String> providers, List<String> models, List<String> excludeModels,
                           List<String> access, List<Target> governedBy, Confidence confidence, String note,
                           boolean withWeightsLicence, String unknownBecause) {

    /**
     * A governing document, applying to outputs collected between {@code from} and {@code until}
     * (inclusive; null means open-ended).
     */
    public record Target(String documentId, LocalDate from, LocalDate until) {
        public Target {
            Objects.requireNonNull(documentId, "documentId");
        }

        public boolean covers(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
        }

        /** {@code document (from … until …)} for messages. */
        public String describe() {
            return documentId + (from == null && until == null ? "" : " (" + (from == null ? "…" : from) + " to "
                    + (until == null ? "now" : until) + ")");
        }

        /** True when the document still applies today (no end date). */
        public boolean current() {
            return until == null;
        }
    }

    public RegistryRule {
        Objects.requireNonNull(id, "id");
        providers = List.copyOf(providers);
        models = List.copyOf(models);
        excludeModels = excludeModels == null ? List.of() : List.copyOf(excludeModels);
        access = List.copyOf(access);
        governedBy = List.copyOf(governedBy);
        Objects.requireNonNull(confidence, "confidence");
        note = note == null ? "" : note;
        unknownBecause = unknownBecause == null ? "" : unknownBecause;
    }

    /** True for a rule that knows the model but also knows the catalog lacks its terms (a named gap). */
    public boolean isKnownGap() {
        return !unknownBecause.isEmpty();
    }

    /** Whether the model name matches the rule's globs and none of its exclusions. */
    public boolean matchesModel(String model) {
        return models.stream().anyMatch(g -> new Glob(g).matches(model))
                && excludeModels.stream().noneMatch(g -> new Glob(g).matches(model));
    }

    /** Whether a (normalised) provider fits; an empty provider fits every rule. */
    public boolean matchesProvider(String provider) {
        return provider.isEmpty() || providers.contains(provider);
    }

    /** Whether a (normalised) access value fits. */
    public boolean matchesAccess(String accessValue) {
        for (String a : access) {
            if (a.equals(accessValue) || (a.equals("cloud:*") && accessValue.startsWith("cloud:"))) {
                return true;
            }
        }
        return false;
    }

    static String normalise(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
