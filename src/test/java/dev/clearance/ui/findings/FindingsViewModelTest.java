package dev.clearance.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.assessment.DatasetAssessment;
import dev.clearance.domain.assessment.Finding;
import dev.clearance.domain.assessment.Obligation;
import dev.clearance.domain.assessment.ObligationKind;
import dev.clearance.domain.assessment.ProjectAssessment;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The findings area's state, without the toolkit. */
class FindingsViewModelTest {
    static final Obligation BUILT_WITH_LLAMA = new Obligation(ObligationKind.ATTRIBUTION, "Show \"Built with Llama\"");

    static DatasetAssessment dataset(String id, RiskLevel level, Obligation... obligations) {
        Finding f = new Finding("rule-" + level.id(), level, "because " + id, List.of(new ClauseCitation("doc", "2025-01-01", "1")),
                "do something");
        return new DatasetAssessment(id, "Dataset " + id, level, List.of("doc@2025-01-01"), List.of(f), List.of(obligations));
    }

    final SimpleObjectProperty<ProjectAssessment> latest = new SimpleObjectProperty<>();
    final FindingsViewModel vm = new FindingsViewModel(latest, c -> Optional.empty());

    @Test
    void beforeTheFirstAssessmentThereIsNothingToShow() {
        assertTrue(vm.datasets().isEmpty());
        assertTrue(vm.countsProperty().get().isEmpty());
    }

    @Test
    void datasetsAndFindingsAreListedWorstFirstWithCountsPerLevel() {
        latest.set(ProjectAssessment.of("P", List.of(dataset("a", RiskLevel.LOW), dataset("b", RiskLevel.BLOCKED),
                dataset("c", RiskLevel.UNKNOWN), dataset("d", RiskLevel.LOW))));
        assertEquals(List.of("b", "c", "a", "d"), vm.datasets().stream().map(DatasetAssessment::datasetId).toList());
        assertEquals(RiskLevel.BLOCKED, vm.rows().get(0).finding().level());
        assertEquals(2, vm.countsProperty().get().get(RiskLevel.LOW));
        assertEquals(1, vm.countsProperty().get().get(RiskLevel.BLOCKED));
    }

    @Test
    void selectingADatasetShowsOnlyItsFindingsAndSurvivesReassessment() {
        latest.set(ProjectAssessment.of("P", List.of(dataset("a", RiskLevel.LOW), dataset("b", RiskLevel.HIGH))));
        vm.selectedProperty().set(vm.datasets().get(1));
        assertEquals(List.of("a"), vm.rows().stream().map(FindingsViewModel.Row::datasetId).toList());
        latest.set(ProjectAssessment.of("P", List.of(dataset("a", RiskLevel.MEDIUM), dataset("b", RiskLevel.HIGH))));
        assertEquals("a", vm.selectedProperty().get().datasetId(), "the selection follows the dataset, not the row");
        assertEquals(RiskLevel.MEDIUM, vm.rows().get(0).finding().level());
    }

    @Test
    void anObligationSharedByDatasetsIsListedOnceWithItsSources() {
        latest.set(ProjectAssessment.of("P", List.of(dataset("a", RiskLevel.LOW, BUILT_WITH_LLAMA),
                dataset("b", RiskLevel.LOW, BUILT_WITH_LLAMA))));
        assertEquals(1, vm.duties().size());
        assertEquals(List.of("a", "b"), vm.duties().get(0).datasets());
    }

    @Test
    void annotationsLinkedToAFindingAreShownAsItsEvidence() {
        vm.annotationsFrom(() -> java.util.Map.of("finding:b/rule-high", List.of("“compete with OpenAI” — competing-model-ban")));
        latest.set(ProjectAssessment.of("P", List.of(dataset("a", RiskLevel.LOW), dataset("b", RiskLevel.HIGH))));
        assertEquals(List.of("“compete with OpenAI” — competing-model-ban"), vm.annotations(vm.rows().get(0)));
        assertTrue(vm.annotations(vm.rows().get(1)).isEmpty());
    }
}
