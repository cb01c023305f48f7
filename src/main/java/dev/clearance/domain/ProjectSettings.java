package dev.clearance.domain;

import java.util.List;
import java.util.Objects;

/**
 * The facts about the model under review that the rules need: the {@code project.yaml} contract.
 *
 * @param name         project name, unique in a database
 * @param modelName    the model's public name (naming conditions check it); may be empty
 * @param purpose      what the model is for
 * @param distribution how it reaches users
 * @param commercial   whether it is used commercially
 * @param expectedMau  expected monthly active users (licence thresholds); null when not known
 * @param regions      where it is offered (ISO-like codes such as US, EU)
 */
public record ProjectSettings(String name, String modelName, Purpose purpose, Distribution distribution,
                              boolean commercial, Long expectedMau, List<String> regions) {
    public ProjectSettings {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A project needs a name");
        }
        modelName = modelName == null ? "" : modelName;
        purpose = purpose == null ? Purpose.OTHER : purpose;
        distribution = distribution == null ? Distribution.INTERNAL : distribution;
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    /** Defaults for a project known only by name: internal, non-commercial, purpose "other". */
    public static ProjectSettings named(String name) {
        return new ProjectSettings(name, "", Purpose.OTHER, Distribution.INTERNAL, false, null, List.of());
    }

    public ProjectSettings withName(String newName) {
        return new ProjectSettings(newName, modelName, purpose, distribution, commercial, expectedMau, regions);
    }
}
