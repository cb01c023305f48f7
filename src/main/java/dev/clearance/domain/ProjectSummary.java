package dev.clearance.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the project list.
 *
 * @param overall the worst dataset risk of the last assessment; empty when never assessed
 */
public record ProjectSummary(long id, String name, String modelName, int datasetCount,
                             Optional<RiskLevel> overall, Instant lastModified) {
}
