package dev.clearance.ui.start;

import dev.clearance.domain.ProjectRepository;
import dev.clearance.domain.ProjectSummary;
import dev.clearance.domain.SampleProject;
import dev.clearance.domain.SettingsRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The start screen's state: the projects in the database, recent files and the bundled samples. */
public final class StartViewModel {
    public static final String RECENT_FILES = "recent.files";
    public static final String RECENT_PROJECTS = "recent.projects";
    private static final int RECENT_LIMIT = 8;

    private final ProjectRepository projects;
    private final SettingsRepository settings;
    private final List<SampleProject> samples;
    private final ObservableList<ProjectSummary> projectList = FXCollections.observableArrayList();
    private final ObservableList<String> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<String> recentProjects = FXCollections.observableArrayList();
    private final BooleanBinding empty = Bindings.isEmpty(projectList);

    public StartViewModel(ProjectRepository projects, SettingsRepository settings, List<SampleProject> samples) {
        this.projects = projects;
        this.settings = settings;
        this.samples = List.copyOf(samples);
    }

    /** Reloads the project list and the recent lists from the database. */
    public void refresh() {
        projectList.setAll(projects.listSummaries());
        recentFiles.setAll(settings.recent(RECENT_FILES));
        List<String> names = projectList.stream().map(ProjectSummary::name).toList();
        // A recent project that was deleted since is no longer offered.
        recentProjects.setAll(settings.recent(RECENT_PROJECTS).stream().filter(names::contains).toList());
    }

    public ObservableList<ProjectSummary> projects() {
        return projectList;
    }

    public ObservableList<String> recentFiles() {
        return recentFiles;
    }

    public ObservableList<String> recentProjects() {
        return recentProjects;
    }

    public List<SampleProject> samples() {
        return samples;
    }

    /** True when the database holds no project yet: the first-run state. */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    public Optional<ProjectSummary> findByName(String name) {
        return projectList.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public void rememberOpened(String projectName) {
        settings.pushRecent(RECENT_PROJECTS, projectName, RECENT_LIMIT);
    }

    public void rememberImported(Path file) {
        settings.pushRecent(RECENT_FILES, file.toAbsolutePath().toString(), RECENT_LIMIT);
    }
}
