package dev.clearance.domain;

import java.util.List;
import java.util.Optional;

/** Stored projects. Implementations run every write in one transaction. */
public interface ProjectRepository {
    List<ProjectSummary> listSummaries();

    Optional<Project> findByName(String name);

    Optional<Project> findById(long id);

    /** Creates a project; fails with {@link DuplicateNameException} when the name is taken. */
    Project create(ProjectSettings settings);

    void update(long projectId, ProjectSettings settings);

    void delete(long projectId);

    /** Records the result of the latest assessment shown in the project list. */
    void recordOverallRisk(long projectId, RiskLevel overall);
}
