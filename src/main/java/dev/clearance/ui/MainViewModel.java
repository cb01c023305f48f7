package dev.clearance.ui;

import dev.clearance.domain.CancelledException;
import dev.clearance.domain.Project;
import dev.clearance.domain.SampleProject;
import dev.clearance.ui.ProjectImporter.ImportOutcome;
import dev.clearance.ui.ProjectImporter.ImportRefusedException;
import dev.clearance.ui.ProjectImporter.Preview;
import dev.clearance.ui.start.StartViewModel;
import dev.clearance.ui.workbench.WorkbenchViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The window's state: which project is open, the theme, the status line, and the import flow.
 * Problems reach the view as {@link Problem}s to show, never as exceptions.
 */
public final class MainViewModel {
    /** Something to tell the user in a dialog: a title, a message and details (e.g. every import error). */
    public record Problem(String title, String message, List<String> details) {
    }

    private final UiServices services;
    private final TaskRunner tasks;
    private final StartViewModel start;
    private final ObjectProperty<WorkbenchViewModel> workbench = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final StringProperty status = new SimpleStringProperty("Ready");
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>();
    private final ObjectProperty<Preview> pendingImport = new SimpleObjectProperty<>();
    private final ObjectProperty<Problem> warnings = new SimpleObjectProperty<>();
    private final ObjectProperty<OutsideLinks> pendingOutsideLinks = new SimpleObjectProperty<>();

    /**
     * An import that stopped because the project folder's files link outside it: which files, where they lead,
     * and what to do on the user's answer ({@link #readOutsideLinksAnyway()} or {@link #declineOutsideLinks()}).
     */
    public record OutsideLinks(Path path, boolean remember, String message, List<String> links) {
    }

    public MainViewModel(UiServices services, TaskRunner tasks) {
        this.services = services;
        this.tasks = tasks;
        this.start = new StartViewModel(services.projects(), services.settings(), services.samples());
        theme.set(Theme.parse(services.settings().get(Theme.SETTING).orElse("light")));
        theme.addListener((obs, old, t) -> services.settings().put(Theme.SETTING, t.name().toLowerCase()));
        start.refresh();
    }

    public StartViewModel start() {
        return start;
    }

    public UiServices services() {
        return services;
    }

    /** The open project, or null on the start screen. */
    public ObjectProperty<WorkbenchViewModel> workbenchProperty() {
        return workbench;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The latest problem to show; the view clears it after showing. */
    public ObjectProperty<Problem> problemProperty() {
        return problem;
    }

    public void toggleTheme() {
        theme.set(theme.get().toggled());
    }

    public void openProject(String name) {
        Optional<Project> project = services.projects().findByName(name);
        if (project.isEmpty()) {
            problem.set(new Problem("Project not found", "There is no project named \"" + name + "\" in this database.",
                    List.of()));
            start.refresh();
            return;
        }
        WorkbenchViewModel vm = new WorkbenchViewModel(project.get(), services, tasks);
        vm.load();
        start.rememberOpened(name);
        workbench.set(vm);
        status.set("Opened " + name + ": " + vm.inventorySummary());
    }

    public void closeProject() {
        workbench.set(null);
        start.refresh();
        status.set("Ready");
    }

    /** Opens a sample: the project if it was imported before, else imports it first. */
    public void openSample(SampleProject sample) {
        String name = sampleProjectName(sample);
        if (name != null && services.projects().findByName(name).isPresent()) {
            openProject(name);
            return;
        }
        importPath(sample.folder(), false);
    }

    /** The name a sample's project.yaml gives, so an earlier import of it is found again. */
    private static String sampleProjectName(SampleProject sample) {
        Path yaml = sample.folder().resolve("project.yaml");
        try {
            for (String line : java.nio.file.Files.readAllLines(yaml)) {
                if (line.startsWith("name:")) {
                    String value = line.substring(5).replaceAll("\\s+#.*$", "").strip();
                    return value.replaceAll("^[\"']|[\"']$", "");
                }
            }
        } catch (java.io.IOException e) {
            return null;
        }
        return null;
    }

    /**
     * Imports a file or folder in the background: reads and validates it first; a new project is then
     * imported at once, a re-import waits in {@link #pendingImportProperty()} until the user confirms.
     */
    public void importPath(Path path, boolean remember) {
        importPath(path, remember, false);
    }

    private void importPath(Path path, boolean remember, boolean readLinksOutside) {
        warnings.set(null);
        status.set("Reading " + path.getFileName() + "…");
        tasks.run("Reading " + path.getFileName(),
                monitor -> services.importer().preview(path, null, readLinksOutside, monitor),
                (Preview preview) -> {
                    if (remember) {
                        start.rememberImported(path);
                    }
                    if (preview.newProject()) {
                        commitImport(preview);
                    } else {
                        status.set(preview.summary() + ": waiting for confirmation");
                        pendingImport.set(preview);
                    }
                },
                failure -> {
                    if (failure instanceof ProjectImporter.LinksOutsideFolderException links) {
                        status.set("Import of " + path.getFileName() + " is waiting: the folder links to files outside it.");
                        pendingOutsideLinks.set(new OutsideLinks(path, remember, links.getMessage(), links.problems()));
                    } else {
                        importFailed(path.getFileName().toString(), failure);
                    }
                });
    }

    /**
     * An import waiting for the user to say whether to read a project folder's files that link outside the
     * folder, or null. The answer defaults to no: {@link #declineOutsideLinks()}.
     */
    public ObjectProperty<OutsideLinks> pendingOutsideLinksProperty() {
        return pendingOutsideLinks;
    }

    /** The user agreed: import the folder again, reading the linked files where they are. */
    public void readOutsideLinksAnyway() {
        OutsideLinks pending = pendingOutsideLinks.get();
        pendingOutsideLinks.set(null);
        if (pending != null) {
            importPath(pending.path(), pending.remember(), true);
        }
    }

    /** The user declined (the default): nothing is read or written. */
    public void declineOutsideLinks() {
        OutsideLinks pending = pendingOutsideLinks.get();
        pendingOutsideLinks.set(null);
        if (pending != null) {
            status.set("Import of " + pending.path().getFileName() + " cancelled: the files linked from outside the "
                    + "folder were not read; nothing was written.");
        }
    }

    /** Warnings of the last import, offered in the status bar until the next import; null when none. */
    public ObjectProperty<Problem> warningsProperty() {
        return warnings;
    }

    /** A re-import awaiting the user's go-ahead, or null. */
    public ObjectProperty<Preview> pendingImportProperty() {
        return pendingImport;
    }

    public void confirmImport() {
        Preview preview = pendingImport.get();
        pendingImport.set(null);
        if (preview != null) {
            commitImport(preview);
        }
    }

    public void cancelImport() {
        Preview preview = pendingImport.get();
        pendingImport.set(null);
        if (preview != null) {
            status.set("Re-import into \"" + preview.projectName() + "\" cancelled; nothing was changed.");
        }
    }

    private void commitImport(Preview preview) {
        tasks.run("Importing into " + preview.projectName(),
                monitor -> services.importer().commit(preview, monitor),
                (ImportOutcome outcome) -> {
                    start.refresh();
                    openProject(outcome.projectName());
                    status.set(outcome.summary());
                    warnings.set(outcome.warnings().isEmpty() ? null
                            : new Problem("Imported with warnings", outcome.summary(), outcome.warnings()));
                },
                failure -> importFailed(preview.projectName(), failure));
    }

    private void importFailed(String what, Throwable failure) {
        status.set("Import of " + what + " did not complete; nothing was written.");
        problem.set(describe(what, failure));
    }

    private static Problem describe(String what, Throwable failure) {
        if (failure instanceof ImportRefusedException refused) {
            return new Problem("Import refused", refused.getMessage(), refused.problems());
        }
        if (failure instanceof CancelledException) {
            return new Problem("Import cancelled", failure.getMessage(), List.of());
        }
        if (failure instanceof dev.clearance.domain.DiskFailureException d) {
            return new Problem("The disk refused to write the database", d.getMessage(), List.of(d.hint()));
        }
        if (failure instanceof dev.clearance.domain.StorageException s) {
            return new Problem("Database problem", s.getMessage(), List.of(s.hint()));
        }
        return new Problem("Import failed", "Importing " + what + " failed unexpectedly: " + failure.getMessage()
                + ". Nothing was written.", List.of());
    }
}
