package dev.clearance.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/** The datasets of a project's inventory. Implementations run every write in one transaction. */
public interface DatasetRepository {
    /** All datasets of a project in inventory order, including those marked removed. */
    List<Dataset> list(long projectId);

    /**
     * Hands every dataset of a project, in inventory order and including those marked removed, to
     * {@code action} one at a time, so that large inventories need not fit in memory.
     */
    void forEach(long projectId, Consumer<Dataset> action);

    Optional<Dataset> find(long projectId, String datasetId);

    /** Inserts or replaces one dataset (matched by id). */
    void save(long projectId, Dataset dataset);

    /** Inserts or replaces many datasets in one transaction, in the given order. */
    void saveAll(long projectId, List<Dataset> datasets);

    void delete(long projectId, String datasetId);

    int count(long projectId);

    /**
     * Writes a whole imported inventory in one transaction: creates or updates the project, inserts or
     * replaces every dataset (matched by id, in the new order), marks the ones no longer listed as
     * removed (they are kept, with everything attached to them) and appends the audit events. If
     * anything fails, or the dataset stream throws, nothing is written.
     *
     * @return the id of the created or updated project
     * @throws DuplicateNameException when a new project's name is taken
     */
    long replaceInventory(InventoryReplacement replacement);

    /** A whole inventory for {@link #replaceInventory}; the datasets are streamed, never held in memory. */
    interface InventoryReplacement {
        /** The project to update, or empty to create one from {@link #settings()}. */
        OptionalLong projectId();

        /**
         * The settings the project gets. Read before the datasets are streamed (a new project is
         * created under this name) and again afterwards, when the stream may have settled them.
         */
        ProjectSettings settings();

        /** Pushes every dataset of the new inventory into {@code sink}, in inventory order; throwing aborts the write. */
        void streamDatasets(Consumer<Dataset> sink);

        /** Ids of stored datasets the new inventory no longer lists. */
        Collection<String> removedIds();

        /** The audit events to append in the same transaction, once the project id is known. */
        List<AuditEvent> auditEvents(long projectId);
    }
}
