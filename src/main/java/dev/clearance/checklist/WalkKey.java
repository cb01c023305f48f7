package dev.clearance.checklist;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.terms.TermsRef;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Identifies a guided walk: the source channel and the terms versions in force, so that every dataset of
 * one channel under one version shares one walk ({@code api:openai-services-agreement@2026-01-01}). Several
 * governing documents are joined with '+'; a dataset split off from a shared walk adds {@code #dataset-id}.
 *
 * @param channel         the inventory access value, lower case ({@code api}, {@code weights}, {@code cloud:azure})
 * @param terms           the governing versions, {@code document-id@YYYY-MM-DD}, in order; {@code unresolved:<model>}
 *                        when the terms are not known yet
 * @param splitDatasetId  the dataset split off into its own walk; "" for a shared walk
 */
public record WalkKey(String channel, List<String> terms, String splitDatasetId) {
    public WalkKey {
        Objects.requireNonNull(channel, "channel");
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("A walk key needs at least one terms reference");
        }
        splitDatasetId = splitDatasetId == null ? "" : splitDatasetId;
    }

    /** The key of the shared walk of a dataset governed by {@code governing}. */
    public static WalkKey of(Dataset dataset, List<TermsRef> governing) {
        String channel = dataset.access().isBlank() ? "unknown" : dataset.access().strip().toLowerCase(Locale.ROOT);
        List<String> terms = governing.isEmpty()
                ? List.of("unresolved:" + (dataset.generatorModel().isBlank() ? "no-model"
                        : dataset.generatorModel().strip().toLowerCase(Locale.ROOT).replace(' ', '-')))
                : governing.stream().map(TermsRef::toString).toList();
        return new WalkKey(channel, terms, "");
    }

    /**
     * Parses {@link #id()}. The channel is everything before the first ':' that is followed by a terms
     * reference; a cloud channel keeps its own ':' ({@code cloud:azure:azure-openai-terms@2025-10-01}).
     */
    public static WalkKey parse(String id) {
        String rest = id;
        String split = "";
        int hash = rest.lastIndexOf('#');
        if (hash >= 0) {
            split = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        int colon = rest.startsWith("cloud:") ? rest.indexOf(':', "cloud:".length()) : rest.indexOf(':');
        if (colon <= 0 || colon == rest.length() - 1) {
            throw new IllegalArgumentException("'" + id + "' is not a walk key; expected channel:document-id@YYYY-MM-DD");
        }
        return new WalkKey(rest.substring(0, colon), List.of(rest.substring(colon + 1).split("\\+")), split);
    }

    /** The stored form ({@code checklist_answer.walk_key}). */
    public String id() {
        return channel + ":" + String.join("+", terms) + (splitDatasetId.isEmpty() ? "" : "#" + splitDatasetId);
    }

    /** The key of a walk of its own for one dataset whose facts differ from the shared walk's. */
    public WalkKey splitOff(String datasetId) {
        return new WalkKey(channel, terms, datasetId);
    }

    public boolean isSplit() {
        return !splitDatasetId.isEmpty();
    }

    /** The shared walk this one was split from (itself when it is shared). */
    public WalkKey shared() {
        return new WalkKey(channel, terms, "");
    }

    @Override
    public String toString() {
        return id();
    }
}
