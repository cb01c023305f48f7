package dev.clearance.ui.terms;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.terms.ModelMapping;
import dev.clearance.terms.TermsService;
import dev.clearance.ui.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The open project's sources: for each model-generated dataset, the terms that governed its outputs on the
 * day they were generated; and the user's own model mappings that teach the resolver models it does not know.
 * Resolved again whenever the inventory or the mappings change.
 */
public final class ProjectSourcesViewModel {
    private final TermsService terms;
    private final TaskRunner tasks;
    private final ObservableList<Dataset> datasets;
    private final Consumer<String> status;
    private final ObservableList<DatasetSource> rows = FXCollections.observableArrayList();
    private final ObservableList<ModelMapping> mappings = FXCollections.observableArrayList();
    private final StringBinding counts;

    ProjectSourcesViewModel(TermsService terms, TaskRunner tasks, ObservableList<Dataset> datasets,
                            Consumer<String> status) {
        this.terms = terms;
        this.tasks = tasks;
        this.datasets = datasets;
        this.status = status;
        datasets.addListener((ListChangeListener<Dataset>) c -> load());
        counts = Bindings.createStringBinding(this::describeCounts, rows);
    }

    /** Resolves every model-generated dataset and reads the mappings, in the background. */
    public void load() {
        // A copy taken on the calling (FX) thread: the worker never reads the live list.
        List<Dataset> generated = datasets.stream().filter(d -> d.sourceType().isModelGenerated()).toList();
        tasks.run("Resolving the project's terms", monitor -> {
            List<DatasetSource> out = new ArrayList<>();
            for (int i = 0; i < generated.size() && !monitor.isCancelled(); i++) {
                out.add(new DatasetSource(generated.get(i), terms.resolve(generated.get(i))));
                monitor.progress(i + 1, generated.size(), null);
            }
            return new Loaded(out, terms.mappings());
        }, loaded -> {
            rows.setAll(loaded.sources());
            mappings.setAll(loaded.mappings());
            status.accept("Terms resolved for the project: " + describeCounts());
        }, failure -> status.accept("Could not resolve the project's terms: " + failure.getMessage()));
    }

    private record Loaded(List<DatasetSource> sources, List<ModelMapping> mappings) {
    }

    /**
     * Stores a mapping of models (a glob such as {@code acme-chat-*}) to a governing document, and resolves
     * the project again.
     *
     * @param documentRef {@code document-id} (version chosen by each dataset's date) or {@code document-id@YYYY-MM-DD}
     * @param done        receives "" when stored, else why not
     */
    public void addMapping(String modelPattern, String provider, String access, String documentRef, String note,
                           Consumer<String> done) {
        ModelMapping mapping;
        try {
            mapping = new ModelMapping(null, modelPattern == null ? "" : modelPattern.strip(), provider, access,
                    documentRef == null || documentRef.isBlank() ? List.of() : List.of(documentRef.strip()), note, null);
        } catch (IllegalArgumentException e) {
            done.accept(e.getMessage());
            return;
        }
        tasks.run("Saving the mapping for " + mapping.modelPattern(), monitor -> terms.addMapping(mapping), saved -> {
            status.accept("Mapped " + saved.modelPattern() + " to " + String.join(", ", saved.documentIds()));
            done.accept("");
            load();
        }, failure -> done.accept(failure.getMessage()));
    }

    /** Removes a mapping and resolves the project again. */
    public void removeMapping(ModelMapping mapping) {
        if (mapping == null || mapping.id() == null) {
            return;
        }
        tasks.run("Removing the mapping for " + mapping.modelPattern(), monitor -> terms.removeMapping(mapping.id()),
                removed -> {
                    status.accept(removed ? "Removed the mapping for " + mapping.modelPattern()
                            : "The mapping for " + mapping.modelPattern() + " was already gone");
                    load();
                }, failure -> status.accept("Could not remove the mapping: " + failure.getMessage()));
    }

    /** Model-generated datasets with their terms, in inventory order. */
    public ObservableList<DatasetSource> rows() {
        return rows;
    }

    /** The user's mappings, tried before the shipped registry. */
    public ObservableList<ModelMapping> mappings() {
        return mappings;
    }

    /** "7 model-generated datasets · 5 resolved · 2 unknown". */
    public StringBinding countsBinding() {
        return counts;
    }

    private String describeCounts() {
        long unknown = rows.stream().filter(r -> !r.resolved()).count();
        return rows.size() + (rows.size() == 1 ? " model-generated dataset" : " model-generated datasets") + " · "
                + (rows.size() - unknown) + " resolved · " + unknown + " unknown";
    }
}
