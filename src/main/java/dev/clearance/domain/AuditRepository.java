package dev.clearance.domain;

import java.util.List;

/** The append-only audit trail. */
public interface AuditRepository {
    void append(AuditEvent event);

    /** Events of a project, oldest first. */
    List<AuditEvent> list(long projectId);
}
