package dev.clearance.ui.workbench;

import dev.clearance.domain.AuditEvent;
import dev.clearance.domain.DuplicateNameException;
import dev.clearance.domain.Project;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.annotation.AnnotationFilter;
import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.assessment.ProjectAssessment;
import dev.clearance.domain.terms.TermsVersion;
import dev.clearance.ui.annotations.AnnotationsViewModel;
import dev.clearance.ui.findings.FindingsViewModel;
import dev.clearance.ui.review.ReviewViewModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import dev.clearance.inventory.InventoryFormat;
import dev.clearance.ui.TaskRunner;
import dev.clearance.ui.UiServices;
import dev.clearance.ui.UndoHistory;
import dev.clearance.ui.terms.TermsViewModel;
import dev.clearance.ui.checklist.ChecklistViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** One open project: its settings, its inventory, which area is shown, and one undo history for its edits. */
public final class WorkbenchViewModel {
    private static final String CHECKLIST_MODE = "checklist.mode";

    private final UiServices services;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Project> project;
    private final UndoHistory history = new UndoHistory(200);
    private final InventoryViewModel inventory;
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>(Area.INVENTORY);
    private final ReadOnlyObjectWrapper<ProjectAssessment> assessment = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty assessing = new SimpleBooleanProperty(false);
    private boolean assessAgain;
    private TermsViewModel terms;
    private ChecklistViewModel checklist;
    private AnnotationsViewModel annotations;
    private ReviewViewModel review;

    public WorkbenchViewModel(Project project, UiServices services, TaskRunner tasks) {
        this.project = new ReadOnlyObjectWrapper<>(project);
        this.services = services;
        this.tasks = tasks;
        this.inventory = new InventoryViewModel(project.id(), services.datasets(), services.edits(),
                services.userName(), history);
    }

    public void load() {
        inventory.load();
        assess();
        // Every saved edit can change a finding: keep the assessment current.
        inventory.rows().addListener((javafx.collections.ListChangeListener<dev.clearance.domain.Dataset>) c -> assess());
    }

    /**
     * Assesses the project in the background. A request while one runs is remembered and run after it,
     * so the result always reflects the latest edit.
     */
    public void assess() {
        if (assessing.get()) {
            assessAgain = true;
            return;
        }
        assessing.set(true);
        Project p = project.get();
        tasks.run("Assessing " + p.name(), monitor -> services.assessments().assess(p), result -> {
            show(result);
            finishAssessing();
        }, failure -> finishAssessing());
    }

    private void show(ProjectAssessment result) {
        assessment.set(result);
        inventory.showRisks(result);
    }

    private void finishAssessing() {
        assessing.set(false);
        if (assessAgain) {
            assessAgain = false;
            assess();
        }
    }

    /**
     * The reviewer's annotations that carry a link (e.g. {@code finding:d1/competing-model-ban} or
     * {@code checklist:<walk>#<question>}), each as "“quoted words” — tag · document@version · author".
     */
    public List<String> annotationsLinkedTo(String link) {
        return annotationsByLink().getOrDefault(link, List.of());
    }

    /** Every link the project's annotations carry, with the annotations that carry it (one read). */
    public java.util.Map<String, List<String>> annotationsByLink() {
        java.util.Map<String, List<String>> byLink = new java.util.HashMap<>();
        for (var a : services.annotations().list(project.get().id(), AnnotationFilter.all())) {
            String shown = "“" + shorten(a.exact()) + "” — " + a.tagValue().map(Tag::id).orElse("untagged") + " · "
                    + a.target() + " · " + a.creator()
                    + (a.status() == AnchorStatus.ANCHORED ? "" : " · " + a.status().id())
                    + (a.comment().isEmpty() ? "" : ": " + a.comment());
            for (String link : a.links()) {
                byLink.computeIfAbsent(link, k -> new java.util.ArrayList<>()).add(shown);
            }
        }
        return byLink;
    }

    private static String shorten(String quote) {
        String oneLine = quote.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "…";
    }

    /** The catalog's reading of a cited clause, for the findings' "rests on" links. */
    public Optional<FindingsViewModel.ClauseText> clauseText(ClauseCitation citation) {
        if (citation.version().isEmpty()) {
            return Optional.empty();
        }
        return services.terms().findDocument(citation.document()).flatMap(doc -> {
            Optional<TermsVersion> version;
            try {
                version = doc.version(LocalDate.parse(citation.version()));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
            return version.flatMap(v -> v.clauses().stream()
                    .filter(c -> !citation.section().isEmpty()
                            && (c.section().equals(citation.section()) || c.heading().equals(citation.section())))
                    .findFirst()
                    .map(c -> new FindingsViewModel.ClauseText(doc.title() + " (" + v.effectiveOn() + ")"
                            + (c.section().isEmpty() ? "" : " §" + c.section()) + (c.heading().isEmpty() ? "" : " " + c.heading()),
                            c.paraphrase(), c.quote(), c.confidence().id(),
                            v.sourceUrl().isEmpty() ? doc.sourceUrl() : v.sourceUrl())));
        });
    }

    /** The latest assessment; null until the first one finishes. */
    public ReadOnlyObjectProperty<ProjectAssessment> assessmentProperty() {
        return assessment.getReadOnlyProperty();
    }

    public BooleanProperty assessingProperty() {
        return assessing;
    }

    public Project project() {
        return project.get();
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public InventoryViewModel inventory() {
        return inventory;
    }

    /**
     * The terms area, made and loaded when first shown.
     *
     * @param status shows a sentence in the window's status bar
     */
    public TermsViewModel terms(Consumer<String> status) {
        if (terms == null) {
            terms = new TermsViewModel(services.terms(), tasks, inventory.rows(), services.documents(), status);
            terms.load();
        }
        return terms;
    }

    private static Optional<dev.clearance.checklist.Walk.Mode> mode(String name) {
        try {
            return Optional.of(dev.clearance.checklist.Walk.Mode.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The guided walks, opened on first use; later settings changes re-read them. */
    public ChecklistViewModel checklist() {
        if (checklist == null) {
            checklist = new ChecklistViewModel(project.get(), services.datasets(), services.terms(),
                    services.checklistAnswers(), services.assessments(), services.userName(), tasks, Clock.systemUTC());
            project.addListener((o, before, p) -> checklist.projectChanged(p));
            checklist.walk().annotationsFrom(this::annotationsLinkedTo);
            // The reviewer's way of working (self-assessment or counsel review) is remembered.
            services.settings().get(CHECKLIST_MODE).flatMap(WorkbenchViewModel::mode)
                    .ifPresent(checklist.modeProperty()::set);
            checklist.modeProperty().addListener((o, before, m) -> services.settings().put(CHECKLIST_MODE, m.name()));
            // A walk decision can change a finding: keep the findings area in step.
            // The checklist re-assesses after each decision; its result is the project's, so show it
            // rather than running the rules a second time.
            checklist.assessedProperty().addListener((o, before, sentence) -> {
                if (!sentence.isEmpty()) {
                    checklist.assessment().ifPresent(this::show);
                }
            });
        }
        return checklist;
    }

    public UndoHistory history() {
        return history;
    }

    /** The project's clause annotations, sharing this workbench's undo history; built on first use. */
    public AnnotationsViewModel annotations() {
        if (annotations == null) {
            annotations = new AnnotationsViewModel(project.get().id(), services.annotations(), services.terms(),
                    services.userName(), history, tasks);
        }
        return annotations;
    }

    /** The project's review and its export, built on first use; each visit reads it again. */
    public ReviewViewModel review() {
        if (review == null) {
            review = new ReviewViewModel(project.get(), services.reviews(), services.reviewerKeys(),
                    services.packageExporter(), services.audit(), services.userName(), tasks, services.documents());
        }
        return review;
    }

    public ObjectProperty<Area> areaProperty() {
        return area;
    }

    /** "12 datasets · 7 model-generated". */
    public String inventorySummary() {
        return inventory.countsBinding().get();
    }

    /** "general-assistant · hosted-api · commercial · 50,000 MAU expected · US, EU". */
    public String projectFacts() {
        ProjectSettings s = project.get().settings();
        return s.purpose().id() + " · " + s.distribution().id() + " · " + (s.commercial() ? "commercial" : "non-commercial")
                + (s.expectedMau() == null ? "" : " · " + String.format("%,d", s.expectedMau()) + " MAU expected")
                + (s.regions().isEmpty() ? "" : " · " + String.join(", ", s.regions()));
    }

    /**
     * Saves new project settings (undoable).
     *
     * @return null when saved, else why not (e.g. the name is taken)
     */
    public String updateSettings(ProjectSettings settings) {
        ProjectSettings before = project.get().settings();
        if (before.equals(settings)) {
            return null;
        }
        try {
            saveSettings(before, settings);
        } catch (DuplicateNameException e) {
            return e.getMessage();
        }
        history.record(new UndoHistory.Edit() {
            @Override
            public String description() {
                return "project settings";
            }

            @Override
            public void undo() {
                saveSettings(settings, before);
            }

            @Override
            public void redo() {
                saveSettings(before, settings);
            }
        });
        return null;
    }

    private void saveSettings(ProjectSettings before, ProjectSettings after) {
        Project p = project.get();
        services.projects().update(p.id(), after);
        services.audit().append(new AuditEvent(p.id(), Instant.now(), services.userName(), "project-settings",
                "project", describe(before), describe(after)));
        project.set(new Project(p.id(), after, p.created(), Instant.now()));
        assess();
    }

    private static String describe(ProjectSettings s) {
        return "name=" + s.name() + "; model_name=" + s.modelName() + "; purpose=" + s.purpose().id() + "; distribution="
                + s.distribution().id() + "; commercial=" + s.commercial() + "; expected_mau="
                + Objects.toString(s.expectedMau(), "") + "; regions=" + String.join(",", s.regions());
    }

    /** Writes the inventory to a file in the background; reports the outcome as a sentence. */
    public void export(InventoryFormat format, Path file, Consumer<String> done) {
        long id = project.get().id();
        tasks.run("Exporting inventory", monitor -> {
            try {
                services.exporter().export(id, format, file);
                return "Exported " + inventory.rows().size() + " datasets to " + file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, done, failure -> done.accept("Export to " + file + " failed: " + failure.getMessage()
                + ". The file may be incomplete; nothing in the project changed."));
    }
}
