package dev.clearance.ui.workbench;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.DatasetRepository;
import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.SourceType;
import dev.clearance.domain.assessment.DatasetAssessment;
import dev.clearance.domain.assessment.ProjectAssessment;
import dev.clearance.inventory.InventoryEditService;
import dev.clearance.inventory.InventoryEditService.Check;
import dev.clearance.ui.UndoHistory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The inventory of one project as the reviewer edits it: filters, the selected dataset, and edits that
 * are checked with the import's rules, saved at once, and undoable.
 */
public final class InventoryViewModel {
    private final long projectId;
    private final DatasetRepository datasets;
    private final InventoryEditService edits;
    private final String actor;
    private final UndoHistory history;

    private final ObservableList<Dataset> rows = FXCollections.observableArrayList();
    private final FilteredList<Dataset> visible = new FilteredList<>(rows);
    /** Lower-cased searchable text per dataset, built once per load so filtering stays fast. */
    private final Map<Dataset, String> searchText = new IdentityHashMap<>();
    /** Ids of datasets removed from the inventory but kept in the history, read once with the rows. */
    private final Set<String> removedIds = new HashSet<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<SourceType> sourceFilter = new SimpleObjectProperty<>();
    private final StringProperty generatorFilter = new SimpleStringProperty();
    private final StringProperty accessFilter = new SimpleStringProperty();
    private final ObservableList<String> generators = FXCollections.observableArrayList();
    private final ObservableList<String> accesses = FXCollections.observableArrayList();
    private final ObjectProperty<Dataset> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Map<String, RiskLevel>> risks = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<RiskLevel> riskFilter = new SimpleObjectProperty<>();
    private final StringBinding counts;

    public InventoryViewModel(long projectId, DatasetRepository datasets, InventoryEditService edits, String actor,
                              UndoHistory history) {
        this.projectId = projectId;
        this.datasets = datasets;
        this.edits = edits;
        this.actor = actor;
        this.history = history;
        search.addListener((o, a, b) -> refilter());
        sourceFilter.addListener((o, a, b) -> refilter());
        generatorFilter.addListener((o, a, b) -> refilter());
        accessFilter.addListener((o, a, b) -> refilter());
        riskFilter.addListener((o, a, b) -> refilter());
        risks.addListener((o, a, b) -> {
            if (riskFilter.get() != null) {
                refilter();
            }
        });
        counts = Bindings.createStringBinding(this::describeCounts, rows, visible);
    }

    /** Reads the project's datasets (those not marked removed) from the database. */
    public void load() {
        List<Dataset> active = new ArrayList<>();
        removedIds.clear();
        datasets.forEach(projectId, d -> {
            if (d.removed()) {
                removedIds.add(d.id());
            } else {
                active.add(d);
            }
        });
        searchText.clear();
        active.forEach(this::index);
        rows.setAll(active);
        refreshChoices();
    }

    private void index(Dataset d) {
        searchText.put(d, String.join("\u0000", d.id(), d.name(), d.generatorModel(), d.generatorProvider(),
                d.license(), d.owner(), d.notes(), d.terms()).toLowerCase(Locale.ROOT));
    }

    private void refreshChoices() {
        Set<String> g = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Set<String> a = new TreeSet<>();
        for (Dataset d : rows) {
            if (!d.generatorModel().isEmpty()) {
                g.add(d.generatorModel());
            }
            if (!d.access().isEmpty()) {
                a.add(d.access());
            }
        }
        generators.setAll(g);
        accesses.setAll(a);
    }

    private void refilter() {
        visible.setPredicate(predicate());
    }

    private Predicate<Dataset> predicate() {
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        SourceType source = sourceFilter.get();
        String generator = generatorFilter.get();
        String access = accessFilter.get();
        RiskLevel risk = riskFilter.get();
        Map<String, RiskLevel> byId = risks.get();
        if (text.isEmpty() && source == null && generator == null && access == null && risk == null) {
            return null;
        }
        return d -> (source == null || d.sourceType() == source)
                && (risk == null || risk == byId.get(d.id()))
                && (generator == null || generator.equalsIgnoreCase(d.generatorModel()))
                && (access == null || access.equals(d.access()))
                && (text.isEmpty() || searchText.getOrDefault(d, "").contains(text));
    }

    private String describeCounts() {
        long generated = rows.stream().filter(d -> d.sourceType().isModelGenerated()).count();
        String total = rows.size() + (rows.size() == 1 ? " dataset" : " datasets") + " · " + generated + " model-generated";
        return visible.size() == rows.size() ? total : "Showing " + visible.size() + " of " + total;
    }

    public void clearFilters() {
        search.set("");
        sourceFilter.set(null);
        generatorFilter.set(null);
        accessFilter.set(null);
        riskFilter.set(null);
    }

    /** Shows each dataset's level from an assessment in the table (and for the risk filter). */
    public void showRisks(ProjectAssessment assessment) {
        Map<String, RiskLevel> byId = new java.util.HashMap<>();
        for (DatasetAssessment d : assessment.datasets()) {
            byId.put(d.datasetId(), d.risk());
        }
        risks.set(byId);
    }

    /** Each dataset's level in the latest assessment, by dataset id; empty before the first. */
    public ObjectProperty<Map<String, RiskLevel>> risksProperty() {
        return risks;
    }

    public ObjectProperty<RiskLevel> riskFilterProperty() {
        return riskFilter;
    }

    /**
     * Checks a form's texts for the selected dataset (or a new one when {@code editing} is null),
     * with the import's rules and id uniqueness.
     */
    public Check check(Dataset editing, Map<String, String> texts) {
        Set<String> otherIds = new HashSet<>();
        for (Dataset d : rows) {
            otherIds.add(d.id());
        }
        if (editing != null) {
            otherIds.remove(editing.id());
        }
        // Removed datasets keep their ids for the history: a new dataset may not take one.
        otherIds.addAll(removedIds);
        return edits.check(texts, otherIds);
    }

    /**
     * Saves the form when it is valid and records the edit for undo.
     *
     * @param editing the dataset being edited, or null to add a new one
     * @return the check; nothing is saved unless {@link Check#ok()}
     */
    public Check apply(Dataset editing, Map<String, String> texts) {
        Check check = check(editing, texts);
        if (!check.ok() || Objects.equals(editing, check.dataset())) {
            return check;
        }
        Dataset after = check.dataset();
        if (editing == null) {
            perform(new Replace(null, after, "add " + after.id()));
        } else {
            perform(new Replace(editing, after, "edit " + after.id()));
        }
        return check;
    }

    /** Adds a copy of a dataset under a new unique id, right after it. */
    public Dataset duplicate(Dataset original) {
        Set<String> ids = new HashSet<>(removedIds);
        rows.forEach(d -> ids.add(d.id()));
        String id = original.id() + "-copy";
        for (int n = 2; ids.contains(id); n++) {
            id = original.id() + "-copy-" + n;
        }
        Dataset copy = new Dataset(id, original.name() + " (copy)", original.sourceType(), original.generatorModel(),
                original.generatorProvider(), original.access(), original.collectedOn(), original.license(),
                original.uses(), original.records(), original.terms(), original.owner(), original.notes(), false);
        perform(new Replace(null, copy, "duplicate " + original.id()));
        return copy;
    }

    /** Removes a dataset from the inventory; it stays in the history and can be brought back with undo. */
    public void remove(Dataset dataset) {
        perform(new Remove(dataset));
    }

    private void perform(UndoHistory.Edit edit) {
        edit.redo();
        history.record(edit);
    }

    /** Saves {@code after} in place of {@code before} (null: a new dataset). */
    private final class Replace implements UndoHistory.Edit {
        private final Dataset before;
        private final Dataset after;
        private final String description;

        Replace(Dataset before, Dataset after, String description) {
            this.before = before;
            this.after = after;
            this.description = description;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public void redo() {
            edits.save(projectId, before, after, actor);
            swap(before, after);
        }

        @Override
        public void undo() {
            if (before == null) {
                // Undoing an addition: the dataset leaves the inventory but its history stays.
                edits.remove(projectId, after, actor);
                swap(after, null);
            } else {
                edits.save(projectId, after, before, actor);
                swap(after, before);
            }
        }
    }

    private final class Remove implements UndoHistory.Edit {
        private final Dataset dataset;
        private int index;

        Remove(Dataset dataset) {
            this.dataset = dataset;
        }

        @Override
        public String description() {
            return "remove " + dataset.id();
        }

        @Override
        public void redo() {
            index = indexOf(dataset);
            edits.remove(projectId, dataset, actor);
            swap(dataset, null);
        }

        @Override
        public void undo() {
            edits.restore(projectId, dataset.withRemoved(true), actor);
            removedIds.remove(dataset.id());
            index(dataset);
            // Back in its old place, as the database keeps it.
            rows.add(Math.max(0, Math.min(index, rows.size())), dataset);
            refreshChoices();
            selected.set(dataset);
        }
    }

    /** Updates the in-memory rows after a saved change, keeping the row's place and the selection. */
    private void swap(Dataset out, Dataset in) {
        if (in == null && out != null) {
            removedIds.add(out.id());
        }
        if (in != null) {
            removedIds.remove(in.id());
        }
        int at = out == null ? -1 : indexOf(out);
        if (at >= 0) {
            searchText.remove(rows.get(at));
        }
        if (in != null) {
            index(in);
            if (at >= 0) {
                rows.set(at, in);
            } else {
                rows.add(in);
            }
        } else if (at >= 0) {
            rows.remove(at);
        }
        refreshChoices();
        selected.set(in);
    }

    private int indexOf(Dataset d) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(d.id())) {
                return i;
            }
        }
        return -1;
    }

    public ObservableList<Dataset> rows() {
        return rows;
    }

    /** The rows that pass the filters; the table sorts a view of this. */
    public FilteredList<Dataset> visible() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<SourceType> sourceFilterProperty() {
        return sourceFilter;
    }

    public StringProperty generatorFilterProperty() {
        return generatorFilter;
    }

    public StringProperty accessFilterProperty() {
        return accessFilter;
    }

    public ObservableList<String> generators() {
        return generators;
    }

    public ObservableList<String> accesses() {
        return accesses;
    }

    public ObjectProperty<Dataset> selectedProperty() {
        return selected;
    }

    /** "Showing 3 of 12 datasets · 7 model-generated". */
    public StringBinding countsBinding() {
        return counts;
    }

    public UndoHistory history() {
        return history;
    }
}
