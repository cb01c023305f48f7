package dev.clearance.domain;

import java.time.Instant;

/** A stored project: its settings plus identity and timestamps. */
public record Project(long id, ProjectSettings settings, Instant created, Instant modified) {
    public String name() {
        return settings.name();
    }
}
