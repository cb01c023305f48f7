package dev.clearance.domain;

import java.time.Instant;

/**
 * One recorded change: who did what, when, with the value before and after.
 *
 * @param projectId the project it concerns, or null for database-wide events
 * @param subject   what changed, e.g. {@code dataset:d1/collected_on} or {@code project}
 */
public record AuditEvent(Long projectId, Instant at, String actor, String action, String subject,
                         String oldValue, String newValue) {
}
