package dev.clearance.inventory;

import dev.clearance.domain.AuditEvent;
import dev.clearance.domain.AuditRepository;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.DatasetRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Edits of single datasets, as a reviewer makes them in the inventory table: checked by the same
 * rules as an import, saved at once, and recorded field by field in the audit trail.
 */
public final class InventoryEditService {
    /** Where edits are said to come from in messages ("the form", not a file). */
    private static final String SOURCE = "the form";

    private final DatasetRepository datasets;
    private final AuditRepository audit;
    private final Clock clock;

    public InventoryEditService(DatasetRepository datasets, AuditRepository audit, Clock clock) {
        this.datasets = datasets;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The result of checking a form.
     *
     * @param dataset  the dataset the fields describe; null when there are errors
     * @param errors   field → message and hint, for fields that must be fixed before saving
     * @param warnings field → message and hint, shown but not blocking
     */
    public record Check(Dataset dataset, Map<String, String> errors, Map<String, String> warnings) {
        public boolean ok() {
            return dataset != null && errors.isEmpty();
        }
    }

    /** The contract's fields, in order, as the form shows them. */
    public static List<String> fields() {
        return InventoryColumns.ALL;
    }

    /** The allowed {@code access} values and {@code uses} words, for choosers. */
    public static List<String> accessChannels() {
        return DatasetRowValidator.ACCESS_CHANNELS;
    }

    public static List<String> allowedUses() {
        return DatasetRowValidator.USES_ALLOWED;
    }

    /** A dataset as the texts the form (and a CSV export) shows for each field. */
    public static Map<String, String> texts(Dataset d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(InventoryColumns.ID, d.id());
        m.put(InventoryColumns.NAME, d.name());
        m.put(InventoryColumns.SOURCE_TYPE, d.sourceType().id());
        m.put(InventoryColumns.GENERATOR_MODEL, d.generatorModel());
        m.put(InventoryColumns.GENERATOR_PROVIDER, d.generatorProvider());
        m.put(InventoryColumns.ACCESS, d.access());
        m.put(InventoryColumns.COLLECTED_ON, d.collectedOn() == null ? "" : d.collectedOn().toString());
        m.put(InventoryColumns.LICENSE, d.license());
        m.put(InventoryColumns.USES, String.join(";", d.uses()));
        m.put(InventoryColumns.RECORDS, d.records() == null ? "" : d.records().toString());
        m.put(InventoryColumns.TERMS, d.terms());
        m.put(InventoryColumns.OWNER, d.owner());
        m.put(InventoryColumns.NOTES, d.notes());
        return m;
    }

    /**
     * Checks the texts of one dataset with the import's rules, and that its id is not used by another
     * dataset of the project.
     */
    public Check check(Map<String, String> texts, Collection<String> otherIds) {
        SourceLocation at = SourceLocation.of(SOURCE);
        Map<String, RawValue> fields = new LinkedHashMap<>();
        texts.forEach((field, text) -> fields.put(field, RawValue.text(text == null ? "" : text, at.field(field))));
        ImportProblems problems = new ImportProblems();
        Dataset dataset = new DatasetRowValidator(problems, LocalDate.now(clock)).validate(new RawRow(at, fields));
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> warnings = new LinkedHashMap<>();
        List<ImportProblem> found;
        try {
            problems.throwIfErrors(SOURCE);
            found = problems.warnings();
        } catch (InventoryImportException e) {
            found = e.problems();
        }
        for (ImportProblem p : found) {
            String text = p.message() + (p.hint().isEmpty() ? "" : " " + p.hint());
            (p.isError() ? errors : warnings).merge(p.field(), text, (a, b) -> a + " " + b);
        }
        String id = texts.getOrDefault(InventoryColumns.ID, "").strip();
        if (!id.isEmpty() && otherIds.contains(id)) {
            errors.put(InventoryColumns.ID, "Another dataset of this project already has the id \"" + id
                    + "\". Ids must be unique: re-imports match datasets by id.");
        }
        return new Check(errors.isEmpty() ? dataset : null, errors, warnings);
    }

    /**
     * Saves a new or edited dataset and records each changed field. When the id changed, the old row is
     * replaced by the new one.
     *
     * @param before the dataset as it was, or null for a new one
     */
    public void save(long projectId, Dataset before, Dataset after, String actor) {
        Objects.requireNonNull(after, "after");
        if (before != null && !before.id().equals(after.id())) {
            datasets.delete(projectId, before.id());
        }
        datasets.save(projectId, after);
        Instant now = clock.instant();
        if (before == null) {
            audit.append(new AuditEvent(projectId, now, actor, "dataset-added", "dataset:" + after.id(), null,
                    after.name()));
            return;
        }
        Map<String, String> old = texts(before);
        Map<String, String> neu = texts(after);
        for (String field : InventoryColumns.ALL) {
            if (!Objects.equals(old.get(field), neu.get(field))) {
                audit.append(new AuditEvent(projectId, now, actor, "dataset-edited", "dataset:" + after.id() + "/" + field,
                        old.get(field), neu.get(field)));
            }
        }
        if (before.removed() != after.removed()) {
            audit.append(new AuditEvent(projectId, now, actor, after.removed() ? "dataset-removed" : "dataset-restored",
                    "dataset:" + after.id(), null, null));
        }
    }

    /** Marks a dataset removed: it leaves the inventory but stays in the history (and can be restored). */
    public Dataset remove(long projectId, Dataset dataset, String actor) {
        Dataset removed = dataset.withRemoved(true);
        save(projectId, dataset, removed, actor);
        return removed;
    }

    /** Brings a removed dataset back. */
    public Dataset restore(long projectId, Dataset dataset, String actor) {
        Dataset restored = dataset.withRemoved(false);
        save(projectId, dataset, restored, actor);
        return restored;
    }
}
