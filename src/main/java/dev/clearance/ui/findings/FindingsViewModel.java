package dev.clearance.ui.findings;

import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.assessment.DatasetAssessment;
import dev.clearance.domain.assessment.Finding;
import dev.clearance.domain.assessment.Obligation;
import dev.clearance.domain.assessment.ObligationKind;
import dev.clearance.domain.assessment.ProjectAssessment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The findings of the latest assessment, shaped for reading: counts per level, datasets worst first,
 * the findings of the selected dataset (or all), and the obligations to fulfil before release.
 */
public final class FindingsViewModel {
    /** A finding with the dataset it concerns. */
    public record Row(String datasetId, String datasetName, Finding finding) {
    }

    /** One obligation and the datasets it comes from, so each appears once however many datasets share it. */
    public record Duty(ObligationKind kind, String detail, List<String> datasets) {
    }

    /** What the reviewer sees when opening a cited clause: our paraphrase, with its confidence and source. */
    public record ClauseText(String title, String paraphrase, String quote, String confidence, String sourceUrl) {
    }

    private final Function<ClauseCitation, Optional<ClauseText>> clauses;
    private java.util.function.Supplier<Map<String, List<String>>> annotationsByLink = Map::of;
    private Map<String, List<String>> annotations = Map.of();
    private final ObjectProperty<ProjectAssessment> assessment = new SimpleObjectProperty<>();
    private final ObservableList<DatasetAssessment> datasets = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Duty> duties = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetAssessment> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Map<RiskLevel, Integer>> counts = new SimpleObjectProperty<>(Map.of());

    /**
     * @param assessment the workbench's latest assessment (null until the first one finishes)
     * @param clauses    finds the catalog's text of a cited clause
     */
    public FindingsViewModel(ReadOnlyObjectProperty<ProjectAssessment> assessment,
                             Function<ClauseCitation, Optional<ClauseText>> clauses) {
        this.clauses = clauses;
        this.assessment.bind(assessment);
        this.assessment.addListener((o, a, b) -> show(b));
        selected.addListener((o, a, b) -> fillRows());
        show(assessment.get());
    }

    private void show(ProjectAssessment a) {
        String keep = selected.get() == null ? null : selected.get().datasetId();
        if (a == null) {
            datasets.clear();
            counts.set(Map.of());
            duties.clear();
            selected.set(null);
            rows.clear();
            return;
        }
        List<DatasetAssessment> ordered = new ArrayList<>(a.datasets());
        ordered.sort(Comparator.comparing(DatasetAssessment::risk).reversed());
        datasets.setAll(ordered);
        Map<RiskLevel, Integer> c = new EnumMap<>(RiskLevel.class);
        for (DatasetAssessment d : a.datasets()) {
            c.merge(d.risk(), 1, Integer::sum);
        }
        counts.set(c);
        duties.setAll(duties(a));
        annotations = annotationsByLink.get();
        selected.set(keep == null ? null : ordered.stream().filter(d -> d.datasetId().equals(keep)).findFirst().orElse(null));
        fillRows();
    }

    private void fillRows() {
        List<DatasetAssessment> source = selected.get() == null ? datasets : List.of(selected.get());
        List<Row> out = new ArrayList<>();
        for (DatasetAssessment d : source) {
            for (Finding f : d.findings()) {
                out.add(new Row(d.datasetId(), d.name(), f));
            }
        }
        out.sort(Comparator.comparing((Row r) -> r.finding().level()).reversed());
        rows.setAll(out);
    }

    private static List<Duty> duties(ProjectAssessment a) {
        Map<List<Object>, List<String>> byDuty = new LinkedHashMap<>();
        for (DatasetAssessment d : a.datasets()) {
            for (Obligation o : d.obligations()) {
                byDuty.computeIfAbsent(List.of(o.kind(), o.detail()), k -> new ArrayList<>()).add(d.datasetId());
            }
        }
        List<Duty> out = new ArrayList<>();
        byDuty.forEach((k, ids) -> out.add(new Duty((ObligationKind) k.get(0), (String) k.get(1), ids)));
        out.sort(Comparator.comparing(Duty::kind));
        return out;
    }

    /** Where the annotations linked to findings come from: every link with its annotations. */
    public void annotationsFrom(java.util.function.Supplier<Map<String, List<String>>> byLink) {
        this.annotationsByLink = byLink;
        refreshAnnotations();
    }

    /** Reads the annotations again (they change in another area); the cards read this copy as they draw. */
    public void refreshAnnotations() {
        annotations = annotationsByLink.get();
        fillRows();
    }

    /** The reviewer's annotations linked to a finding ({@code finding:<dataset>/<rule>}): its evidence. */
    public List<String> annotations(Row row) {
        return annotations.getOrDefault("finding:" + row.datasetId() + "/" + row.finding().rule(), List.of());
    }

    public Optional<ClauseText> clause(ClauseCitation citation) {
        return clauses.apply(citation);
    }

    public ReadOnlyObjectProperty<ProjectAssessment> assessmentProperty() {
        return assessment;
    }

    /** Datasets, worst first. */
    public ObservableList<DatasetAssessment> datasets() {
        return datasets;
    }

    /** The findings of the selected dataset, or of all datasets when none is selected; worst first. */
    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Duty> duties() {
        return duties;
    }

    public ObjectProperty<DatasetAssessment> selectedProperty() {
        return selected;
    }

    /** Number of datasets per level. */
    public ReadOnlyObjectProperty<Map<RiskLevel, Integer>> countsProperty() {
        return counts;
    }
}
