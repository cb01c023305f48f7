package dev.clearance.review;

import java.util.List;

/**
 * Whether a draft revision may be signed off, and if not, what is missing, one line each
 * (e.g. {@code api:openai-services-agreement@2026-01-01: "Does the model compete …?" (competition.competes) has no reviewer answer}).
 */
public record Readiness(List<String> missing) {
    public Readiness {
        missing = List.copyOf(missing);
    }

    public boolean isReady() {
        return missing.isEmpty();
    }
}
