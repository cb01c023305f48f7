package dev.clearance.ui.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.review.ReviewFixture;
import dev.clearance.review.TermsSyncService;
import dev.clearance.store.JdbcTermsRepository;
import dev.clearance.terms.ota.OtaSamples;
import dev.clearance.terms.ota.OtaSources;
import dev.clearance.terms.ota.OtaSync;
import dev.clearance.ui.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Terms › Update from Open Terms Archive…, driven as the dialog drives it, on a real database and repository. */
class OtaUpdateViewModelTest {
    @TempDir
    Path dir;

    private ReviewFixture fixture;
    private OtaUpdateViewModel model;
    private final List<TermsSyncService.Result> told = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new ReviewFixture(dir);
        TermsSyncService sync = new TermsSyncService(new OtaSync(fixture.terms, new JdbcTermsRepository(fixture.db),
                OtaSources.loadShipped(), fixture.clock), fixture.reviews);
        model = new OtaUpdateViewModel(sync, TaskRunner.IMMEDIATE, told::add);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void showsWhatWasFoundAndTellsTheApp() {
        assertFalse(model.canRunBinding().get(), "no folder chosen yet");
        assertEquals(List.of(OtaUpdateViewModel.RECOGNISE, "OpenTermsArchive/GenAI-versions",
                "OpenTermsArchive/genai-eu-versions"), model.repositoryChoices());
        model.folderProperty().set(OtaSamples.cloneTo(dir.resolve("clone")));

        model.run();

        assertEquals("", model.errorProperty().get());
        assertTrue(model.summaryProperty().get().startsWith("5 version(s) stored from OpenTermsArchive/genai-eu-versions"),
                model.summaryProperty().get());
        assertTrue(model.found().contains("xai-terms-of-service@2026-04-10 (new, stated effective) · commit "
                + OtaSamples.GROK_2026_05_18.substring(0, 12) + " · +20 −1 ~5 clauses against xai-terms-of-service@2025-11-04,"
                + " no clause change"), model.found().toString());
        assertEquals(1, told.size());
        assertFalse(model.busyProperty().get());

        model.run();
        assertTrue(model.summaryProperty().get().startsWith("Up to date"), model.summaryProperty().get());
        assertEquals(1, told.size(), "nothing new, nothing to refresh");
    }

    @Test
    void aFolderThatIsNotARepositoryIsExplained() throws Exception {
        model.folderProperty().set(Files.createDirectories(dir.resolve("plain")));

        model.run();

        assertTrue(model.errorProperty().get().contains("plain: not a git repository"), model.errorProperty().get());
        assertTrue(model.errorProperty().get().endsWith("Nothing was changed."));
        assertTrue(model.found().isEmpty() && told.isEmpty());
    }

    @Test
    void cancellingStopsBeforeAnythingIsStored() {
        model.folderProperty().set(OtaSamples.cloneTo(dir.resolve("clone")));
        TaskRunner cancelFirst = new TaskRunner() {
            @Override
            public <T> void run(String title, java.util.function.Function<dev.clearance.domain.ProgressMonitor, T> work,
                                java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onFailure) {
                model.cancel();
                TaskRunner.IMMEDIATE.run(title, work, onSuccess, onFailure);
            }
        };
        OtaUpdateViewModel cancelled = new OtaUpdateViewModel(new TermsSyncService(new OtaSync(fixture.terms,
                new JdbcTermsRepository(fixture.db), OtaSources.loadShipped(), fixture.clock), fixture.reviews), cancelFirst,
                told::add);
        model = cancelled;
        cancelled.folderProperty().set(dir.resolve("clone"));

        cancelled.run();

        assertTrue(cancelled.errorProperty().get().contains("Cancelled"), cancelled.errorProperty().get());
        assertTrue(new JdbcTermsRepository(fixture.db).listDocuments().isEmpty(), "nothing stored");
    }
}
