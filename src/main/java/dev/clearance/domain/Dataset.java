package dev.clearance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One row of a project's dataset inventory (the inventory contract in DESIGN.md).
 *
 * @param id                unique within the inventory
 * @param generatorModel    model that produced synthetic/mixed data, as the team knows it; "" if none
 * @param generatorProvider provider of that model; "" when it should be inferred from the model
 * @param access            api, weights, app, cloud:azure, cloud:vertex, cloud:bedrock; "" if none
 * @param collectedOn       day the outputs were generated (selects the terms version); null if unknown
 * @param uses              pretraining, fine-tuning, preference, evaluation, distillation, classifier, embedding
 * @param records           number of records; null if unknown
 * @param terms             explicit terms override {@code document-id@YYYY-MM-DD}; "" if none
 * @param removed           true when a re-import no longer lists it (kept for history)
 */
public record Dataset(String id, String name, SourceType sourceType, String generatorModel,
                      String generatorProvider, String access, LocalDate collectedOn, String license,
                      List<String> uses, Long records, String terms, String owner, String notes,
                      boolean removed) {
    public Dataset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sourceType, "sourceType");
        generatorModel = blankToEmpty(generatorModel);
        generatorProvider = blankToEmpty(generatorProvider);
        access = blankToEmpty(access);
        license = blankToEmpty(license);
        uses = uses == null || uses.isEmpty() ? List.of("fine-tuning") : List.copyOf(uses);
        terms = blankToEmpty(terms);
        owner = blankToEmpty(owner);
        notes = blankToEmpty(notes);
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    public Dataset withRemoved(boolean isRemoved) {
        return new Dataset(id, name, sourceType, generatorModel, generatorProvider, access, collectedOn,
                license, uses, records, terms, owner, notes, isRemoved);
    }
}
