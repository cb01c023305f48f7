package dev.clearance.review;

import dev.clearance.checklist.WalkKey;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.DatasetRepository;
import dev.clearance.domain.Project;
import dev.clearance.domain.ProjectRepository;
import dev.clearance.domain.assessment.ProjectAssessment;
import dev.clearance.domain.checklist.ChecklistAnswer;
import dev.clearance.domain.checklist.ChecklistAnswerRepository;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.rules.Assessor;
import dev.clearance.rules.GoverningTerms;
import dev.clearance.rules.ReviewerAnswers;
import dev.clearance.rules.RuleInput;
import dev.clearance.terms.Resolution;
import dev.clearance.terms.TermsService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assesses a project as it stands: resolves the terms that governed each model-generated dataset,
 * gathers the reviewer's checklist answers for its walk, runs the rules, and records the overall level
 * shown in the project list.
 */
public final class AssessmentService {
    private final ProjectRepository projects;
    private final DatasetRepository datasets;
    private final TermsService terms;
    private final ChecklistAnswerRepository answers;
    private final Assessor assessor;

    public AssessmentService(ProjectRepository projects, DatasetRepository datasets, TermsService terms,
                             ChecklistAnswerRepository answers, Assessor assessor) {
        this.projects = projects;
        this.datasets = datasets;
        this.terms = terms;
        this.answers = answers;
        this.assessor = assessor;
    }

    /** The assessment of the project with this name; empty when there is none. */
    public Optional<ProjectAssessment> assess(String projectName) {
        return projects.findByName(projectName).map(this::assess);
    }

    public ProjectAssessment assess(Project project) {
        return assess(project, terms::resolve);
    }

    /** Assesses with the given terms resolution (the review shares one cache between assessment and walks). */
    ProjectAssessment assess(Project project, java.util.function.Function<Dataset, Resolution> resolver) {
        Map<String, List<ChecklistAnswer>> byWalk = answers.listByWalk(project.id());
        Set<String> splitOff = byWalk.keySet().stream().map(WalkKey::parse).filter(WalkKey::isSplit)
                .map(WalkKey::splitDatasetId).collect(Collectors.toSet());
        // Datasets from the same model, channel, date and override resolve alike: resolve each once.
        Map<List<Object>, Resolution> resolved = new HashMap<>();
        List<RuleInput> inputs = new ArrayList<>();
        datasets.forEach(project.id(), d -> {
            if (d.removed()) {
                return;
            }
            if (!d.sourceType().isModelGenerated()) {
                inputs.add(new RuleInput(project.settings(), d, List.of(), List.of(), ReviewerAnswers.none()));
                return;
            }
            Resolution r = resolved.computeIfAbsent(
                    List.of(d.generatorModel(), d.generatorProvider(), d.access(), String.valueOf(d.collectedOn()), d.terms()),
                    k -> resolver.apply(d));
            List<GoverningTerms> governing = r.terms().stream()
                    .map(t -> new GoverningTerms(t.document(), t.version(), d.collectedOn() == null))
                    .toList();
            WalkKey key = walkOf(d, r.refs(), splitOff);
            ReviewerAnswers reviewer = ReviewerAnswers.of(byWalk.getOrDefault(key.id(), List.of()));
            // An unresolved lookup says why (a gap before the earliest version, a channel without a recorded text …).
            List<String> notes = r.isResolved() || r.message().isEmpty() ? r.warnings()
                    : java.util.stream.Stream.concat(java.util.stream.Stream.of(r.message()), r.warnings().stream()).toList();
            inputs.add(new RuleInput(project.settings(), d, governing, notes, reviewer));
        });
        ProjectAssessment assessment = assessor.assess(project.name(), inputs);
        projects.recordOverallRisk(project.id(), assessment.overall());
        return assessment;
    }

    private static WalkKey walkOf(Dataset d, List<TermsRef> refs, Set<String> splitOff) {
        WalkKey shared = WalkKey.of(d, refs);
        return splitOff.contains(d.id()) ? shared.splitOff(d.id()) : shared;
    }
}
