package dev.clearance.domain;

import java.util.List;
import java.util.Optional;

/** The datasets of a project's inventory. Implementations run every write in one transaction. */
public interface DatasetRepository {
    /** All datasets of a project in inventory order, including those marked removed. */
    List<Dataset> list(long projectId);

    Optional<Dataset> find(long projectId, String datasetId);

    /** Inserts or replaces one dataset (matched by id). */
    void save(long projectId, Dataset dataset);

    /** Inserts or replaces many datasets in one transaction, in the given order. */
    void saveAll(long projectId, List<Dataset> datasets);

    void delete(long projectId, String datasetId);

    int count(long projectId);
}
