package dev.clearance.inventory;

import dev.clearance.domain.AuditEvent;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.ProjectSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The audit events an import leaves: one for the import itself (file, hash, counts), one for a
 * project created or its settings changed, and per dataset: added, removed, and each changed field
 * with its old and new value (for the datasets a preview lists by name).
 */
final class ImportAuditTrail {
    private static final Map<String, Function<Dataset, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put(InventoryColumns.NAME, Dataset::name);
        FIELDS.put(InventoryColumns.SOURCE_TYPE, d -> d.sourceType().id());
        FIELDS.put(InventoryColumns.GENERATOR_MODEL, Dataset::generatorModel);
        FIELDS.put(InventoryColumns.GENERATOR_PROVIDER, Dataset::generatorProvider);
        FIELDS.put(InventoryColumns.ACCESS, Dataset::access);
        FIELDS.put(InventoryColumns.COLLECTED_ON, Dataset::collectedOn);
        FIELDS.put(InventoryColumns.LICENSE, Dataset::license);
        FIELDS.put(InventoryColumns.USES, d -> String.join(";", d.uses()));
        FIELDS.put(InventoryColumns.RECORDS, Dataset::records);
        FIELDS.put(InventoryColumns.TERMS, Dataset::terms);
        FIELDS.put(InventoryColumns.OWNER, Dataset::owner);
        FIELDS.put(InventoryColumns.NOTES, Dataset::notes);
    }

    private ImportAuditTrail() {
    }

    /**
     * @param before the stored versions of the changed datasets listed in the preview
     * @param after  the imported versions of the same datasets
     */
    static List<AuditEvent> events(long projectId, ImportPreview preview, String actor, Instant at,
                                   Map<String, Dataset> before, Map<String, Dataset> after) {
        List<AuditEvent> events = new ArrayList<>();
        InventoryChanges changes = preview.changes();
        events.add(new AuditEvent(projectId, at, actor, "inventory-imported", "inventory:" + preview.source().fileName(),
                null, preview.datasetCount() + " datasets; " + changes.summary() + "; sha256 " + preview.sha256()));
        if (preview.isNewProject()) {
            events.add(new AuditEvent(projectId, at, actor, "project-created", "project", null, describe(preview.settings())));
        } else if (preview.settingsChange()) {
            events.add(new AuditEvent(projectId, at, actor, "project-settings-changed", "project",
                    describe(preview.previousSettings().orElseThrow()), describe(preview.settings())));
        }
        if (preview.isNewProject()) {
            return events; // the file and its hash record what a new project started with
        }
        for (String id : changes.addedIds()) {
            events.add(new AuditEvent(projectId, at, actor, "dataset-added", "dataset:" + id, null, null));
        }
        for (String id : changes.changedIds()) {
            Dataset old = before.get(id);
            Dataset now = after.get(id);
            if (old == null || now == null) {
                events.add(new AuditEvent(projectId, at, actor, "dataset-changed", "dataset:" + id, null, null));
                continue;
            }
            FIELDS.forEach((field, value) -> {
                Object a = value.apply(old);
                Object b = value.apply(now);
                if (!Objects.equals(a, b)) {
                    events.add(new AuditEvent(projectId, at, actor, "dataset-changed", "dataset:" + id + "/" + field,
                            a == null ? null : a.toString(), b == null ? null : b.toString()));
                }
            });
        }
        for (String id : changes.removedIds()) {
            events.add(new AuditEvent(projectId, at, actor, "dataset-removed", "dataset:" + id, null, null));
        }
        return events;
    }

    private static String describe(ProjectSettings s) {
        return "name=" + s.name() + "; model_name=" + s.modelName() + "; purpose=" + s.purpose().id()
                + "; distribution=" + s.distribution().id() + "; commercial=" + s.commercial()
                + "; expected_mau=" + (s.expectedMau() == null ? "" : s.expectedMau())
                + "; regions=" + String.join(",", s.regions());
    }
}
