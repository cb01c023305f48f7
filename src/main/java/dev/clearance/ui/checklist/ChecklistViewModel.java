package dev.clearance.ui.checklist;

import dev.clearance.checklist.Checklist;
import dev.clearance.checklist.ChecklistLoader;
import dev.clearance.checklist.ChecklistQuestion;
import dev.clearance.checklist.Walk;
import dev.clearance.checklist.WalkKey;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.DatasetRepository;
import dev.clearance.domain.Project;
import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.StorageException;
import dev.clearance.domain.assessment.DatasetAssessment;
import dev.clearance.domain.assessment.Finding;
import dev.clearance.domain.assessment.ProjectAssessment;
import dev.clearance.domain.checklist.ChecklistAnswer;
import dev.clearance.domain.checklist.ChecklistAnswerRepository;
import dev.clearance.review.AssessmentService;
import dev.clearance.terms.TermsService;
import dev.clearance.ui.TaskRunner;
import dev.clearance.ui.checklist.ProjectWalks.Group;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Checklist area of one project: its walks (one per source channel and terms version), the walk being
 * answered, the mode, and the findings of the walk's datasets, re-assessed after every decision so the
 * ask-a-lawyer triggers and each walk's risk stay current.
 */
public final class ChecklistViewModel {
    /** One walk in the walks list; completion and risk update as the reviewer decides. */
    public static final class WalkRow {
        private final Group group;
        private final IntegerProperty decided = new SimpleIntegerProperty();
        private final IntegerProperty asked = new SimpleIntegerProperty();
        private final ObjectProperty<Optional<RiskLevel>> risk = new SimpleObjectProperty<>(Optional.empty());

        WalkRow(Group group) {
            this.group = group;
        }

        public WalkKey key() {
            return group.key();
        }

        public String title() {
            return group.title();
        }

        public String detail() {
            return group.detail();
        }

        public List<Dataset> datasets() {
            return group.datasets();
        }

        public List<String> warnings() {
            return group.warnings();
        }

        /** Questions of the walk with a reviewer decision. */
        public ReadOnlyIntegerProperty decidedProperty() {
            return decided;
        }

        public ReadOnlyIntegerProperty askedProperty() {
            return asked;
        }

        /** The worst level among the walk's datasets; empty until assessed. */
        public ReadOnlyObjectProperty<Optional<RiskLevel>> riskProperty() {
            return risk;
        }

        /** Whether one of its datasets can get a walk of its own. */
        public boolean canSplit() {
            return !group.key().isSplit() && group.datasets().size() > 1;
        }

        Group group() {
            return group;
        }
    }

    private final ProjectWalks walks;
    private final AssessmentService assessments;
    private final TaskRunner tasks;
    private Project project;
    private ProjectAssessment assessment;

    private final ObservableList<WalkRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<WalkRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Walk.Mode> mode = new SimpleObjectProperty<>(Walk.Mode.SELF_ASSESSMENT);
    private final WalkViewModel walk = new WalkViewModel();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper assessed = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    public ChecklistViewModel(Project project, DatasetRepository datasets, TermsService terms,
                              ChecklistAnswerRepository answers, AssessmentService assessments, String reviewer,
                              TaskRunner tasks, Clock clock) {
        this(project, ChecklistLoader.shipped(), datasets, terms, answers, assessments, reviewer, tasks, clock);
    }

    ChecklistViewModel(Project project, Checklist checklist, DatasetRepository datasets, TermsService terms,
                       ChecklistAnswerRepository answers, AssessmentService assessments, String reviewer,
                       TaskRunner tasks, Clock clock) {
        this.project = Objects.requireNonNull(project, "project");
        this.walks = new ProjectWalks(checklist, datasets, terms::resolve, answers, reviewer, clock);
        this.assessments = assessments;
        this.tasks = tasks;
        selected.addListener((o, before, row) -> openSelected());
        mode.addListener((o, before, m) -> reopenInMode());
    }

    /**
     * Reads the walks again (after inventory edits or new project settings), keeping the walk and the
     * question the reviewer was on, then re-assesses the project.
     */
    public void load() {
        WalkKey keep = selected.get() == null ? null : selected.get().key();
        String question = walk.walk() == null ? null : walk.walk().current().id();
        walk.saveComment();
        Project p = project;
        loading.set(true);
        // Resolving the terms of every dataset can take a while on a large inventory: off the UI thread.
        tasks.run("Reading the walks of " + p.name(), monitor -> {
            List<WalkRow> fresh = walks.group(p).stream().map(WalkRow::new).toList();
            fresh.forEach(r -> count(r, walks.read(p, r.group())));
            return fresh;
        }, fresh -> show(fresh, keep, question), failure -> {
            loading.set(false);
            status.set("The walks could not be read: " + failure.getMessage()
                    + (failure instanceof StorageException s ? " " + s.hint() : ""));
        });
    }

    private void show(List<WalkRow> fresh, WalkKey keep, String question) {
        loading.set(false);
        rows.setAll(fresh);
        WalkRow again = fresh.stream().filter(r -> r.key().equals(keep)).findFirst()
                .orElse(fresh.isEmpty() ? null : fresh.get(0));
        selected.set(null);
        selected.set(again);
        if (question != null && again != null && again.key().equals(keep)) {
            asked(question).ifPresent(walk::jumpTo);
        }
        status.set(fresh.isEmpty() ? "No model-generated datasets: nothing to walk through." : "");
        assess();
    }

    /** The project changed (its settings decide which questions are asked and what is suggested). */
    public void projectChanged(Project changed) {
        project = Objects.requireNonNull(changed, "project");
        load();
    }

    /** Gives one dataset of the selected walk a walk of its own, starting from the shared answers. */
    public void splitOff(Dataset dataset) {
        WalkRow row = selected.get();
        if (row == null || !row.canSplit() || !row.datasets().contains(dataset)) {
            status.set(dataset.id() + " cannot be split off from this walk.");
            return;
        }
        walk.saveComment();
        WalkKey split;
        try {
            split = walks.splitOff(project, row.group(), dataset);
        } catch (StorageException e) {
            status.set(e.getMessage() + " " + e.hint());
            return;
        }
        load();
        rows.stream().filter(r -> r.key().equals(split)).findFirst().ifPresent(selected::set);
        status.set(dataset.id() + " now has a walk of its own, starting from the shared answers.");
    }

    private void openSelected() {
        walk.saveComment(); // the comment on the walk being left
        WalkRow row = selected.get();
        if (row == null) {
            walk.show(null, List.of(), Map.of(), () -> { });
            return;
        }
        ProjectWalks.Opened opened = walks.open(project, row.group(), mode.get());
        walk.show(opened.walk(), row.group().versions(), opened.suggestions(), this::decided);
        count(row);
        walk.findings(findingsOf(row));
    }

    private void reopenInMode() {
        WalkRow row = selected.get();
        if (row == null || walk.walk() == null || walk.walk().mode() == mode.get()) {
            return;
        }
        String question = walk.walk().current().id();
        walk.saveComment();
        openSelected();
        walk.jumpTo(question);
    }

    private void decided() {
        WalkRow row = selected.get();
        if (row != null) {
            count(row);
        }
        assess();
    }

    private void count(WalkRow row) {
        count(row, walk.walk() != null && walk.walk().key().equals(row.key()) ? walk.walk() : walks.read(project, row.group()));
    }

    private static void count(WalkRow row, Walk w) {
        List<ChecklistQuestion> asked = w.sections().stream().flatMap(s -> w.questions(s.id()).stream()).toList();
        row.asked.set(asked.size());
        row.decided.set((int) asked.stream().filter(q -> w.answer(q.id()).filter(ChecklistAnswer::isReviewerDecision)
                .isPresent()).count());
    }

    /** Re-assesses the project in the background: the rules read the walk's decisions. */
    private void assess() {
        Project p = project;
        assessed.set(""); // the same sentence twice must still reach the status line
        tasks.run("Assessing " + p.name(), monitor -> assessments.assess(p), result -> {
            assessment = result;
            for (WalkRow r : rows) {
                r.risk.set(riskOf(r));
            }
            WalkRow row = selected.get();
            walk.findings(row == null ? List.of() : findingsOf(row));
            assessed.set("Findings brought up to date with your answers; project risk: " + result.overall().id() + ".");
        }, failure -> status.set("The findings could not be brought up to date: " + failure.getMessage()
                + ". Your answers are saved."));
    }

    private Optional<RiskLevel> riskOf(WalkRow row) {
        return assessedDatasets(row).stream().map(DatasetAssessment::risk).reduce(RiskLevel::worst);
    }

    private List<Finding> findingsOf(WalkRow row) {
        return assessedDatasets(row).stream().flatMap(d -> d.findings().stream()).distinct().toList();
    }

    private List<DatasetAssessment> assessedDatasets(WalkRow row) {
        if (assessment == null) {
            return List.of();
        }
        Set<String> ids = row.datasets().stream().map(Dataset::id).collect(Collectors.toSet());
        return assessment.datasets().stream().filter(d -> ids.contains(d.datasetId())).toList();
    }

    private Optional<String> asked(String questionId) {
        Walk w = walk.walk();
        return w == null ? Optional.empty() : w.sections().stream().flatMap(s -> w.questions(s.id()).stream())
                .map(ChecklistQuestion::id).filter(questionId::equals).findFirst();
    }

    /** The latest assessment of the project; empty until the first one is done. */
    public Optional<ProjectAssessment> assessment() {
        return Optional.ofNullable(assessment);
    }

    public ObservableList<WalkRow> walks() {
        return rows;
    }

    /** The walk being answered; null when the project has none. */
    public ObjectProperty<WalkRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Walk.Mode> modeProperty() {
        return mode;
    }

    /** The open walk: the question card, the sections and the progress. */
    public WalkViewModel walk() {
        return walk;
    }

    /** A sentence about the area as a whole (nothing to walk, a split done, a problem); "" when nothing. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the walks are being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A sentence after each assessment, for the window's status line. */
    public ReadOnlyStringProperty assessedProperty() {
        return assessed.getReadOnlyProperty();
    }

    public Project project() {
        return project;
    }
}
