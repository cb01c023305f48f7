package dev.clearance.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clearance.checklist.Walk;
import dev.clearance.domain.Project;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.ui.TaskRunner;
import dev.clearance.ui.workbench.WorkbenchViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checklist's mode is the reviewer's way of working: it is remembered across projects and sessions. */
class ChecklistModeTest {
    @TempDir
    Path dir;

    @Test
    void counselReviewStaysChosenForTheNextProjectOpened() {
        try (Workspace ws = new Workspace(dir.resolve("db"))) {
            Project first = ws.projects().create(ProjectSettings.named("First"));
            Project second = ws.projects().create(ProjectSettings.named("Second"));
            WorkbenchViewModel one = new WorkbenchViewModel(first, Main.uiServices(ws), TaskRunner.IMMEDIATE);
            assertEquals(Walk.Mode.SELF_ASSESSMENT, one.checklist().modeProperty().get(), "the default");

            one.checklist().modeProperty().set(Walk.Mode.COUNSEL_REVIEW);

            WorkbenchViewModel two = new WorkbenchViewModel(second, Main.uiServices(ws), TaskRunner.IMMEDIATE);
            assertEquals(Walk.Mode.COUNSEL_REVIEW, two.checklist().modeProperty().get());
        }
    }
}
