package dev.clearance.ui.workbench;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.DatasetRepository;
import dev.clearance.domain.Project;
import dev.clearance.domain.SourceType;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One open project: its facts, its datasets, and which area of the workbench is shown. */
public final class WorkbenchViewModel {
    private final Project project;
    private final DatasetRepository datasets;
    private final ObservableList<Dataset> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>(Area.INVENTORY);

    public WorkbenchViewModel(Project project, DatasetRepository datasets) {
        this.project = project;
        this.datasets = datasets;
    }

    public void load() {
        rows.setAll(datasets.list(project.id()).stream().filter(d -> !d.removed()).toList());
    }

    public Project project() {
        return project;
    }

    public ObservableList<Dataset> datasets() {
        return rows;
    }

    public ObjectProperty<Area> areaProperty() {
        return area;
    }

    /** "12 datasets · 7 model-generated" for the inventory header. */
    public String inventorySummary() {
        List<Dataset> all = rows;
        long generated = all.stream().filter(d -> d.sourceType().isModelGenerated()).count();
        return all.size() + (all.size() == 1 ? " dataset" : " datasets") + " · " + generated + " model-generated";
    }

    /** "general-assistant · hosted-api · commercial" for the project header. */
    public String projectFacts() {
        var s = project.settings();
        return s.purpose().id() + " · " + s.distribution().id() + " · " + (s.commercial() ? "commercial" : "non-commercial")
                + (s.expectedMau() == null ? "" : " · " + String.format("%,d", s.expectedMau()) + " MAU expected")
                + (s.regions().isEmpty() ? "" : " · " + String.join(", ", s.regions()));
    }

    static boolean isGenerated(Dataset d) {
        return d.sourceType() == SourceType.SYNTHETIC || d.sourceType() == SourceType.MIXED;
    }
}
