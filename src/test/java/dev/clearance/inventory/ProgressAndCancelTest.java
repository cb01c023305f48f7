package dev.clearance.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.CancelledException;
import dev.clearance.domain.ProgressMonitor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import runs off the UI thread: it reports progress and stops, writing nothing, when cancelled. */
class ProgressAndCancelTest {
    @TempDir
    Path dir;
    ImportFixture fixture;
    Path bigFile;

    @BeforeEach
    void writeAFewMegabytes() {
        fixture = new ImportFixture(dir);
        StringBuilder csv = new StringBuilder("id,name,source_type,generator_model,access,collected_on,notes\n");
        for (int i = 0; i < 30_000; i++) {
            csv.append("d").append(i).append(",Dialogues ").append(i)
                    .append(",synthetic,gpt-4o-2024-08-06,api,2025-01-15,").append("n".repeat(80)).append('\n');
        }
        bigFile = fixture.write("big.csv", csv.toString());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void progressIsReportedInBytesUpToTheWholeFile() {
        List<long[]> reports = new ArrayList<>();
        ProgressMonitor recording = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String message) {
                reports.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        fixture.service.importPath(bigFile, "Acme", "ana", recording);

        assertTrue(reports.size() > 4, "several reports for a few megabytes");
        long[] last = reports.get(reports.size() - 1);
        assertEquals(last[1], last[0], "the last report says the file was read completely");
        assertTrue(reports.stream().allMatch(r -> r[0] <= r[1]));
    }

    @Test
    void cancellingWhileWritingRollsEverythingBack() {
        ProgressMonitor cancelsDuringTheWrite = new ProgressMonitor() {
            private boolean writing;

            @Override
            public void progress(long done, long total, String message) {
                writing = message.startsWith("Importing");
            }

            @Override
            public boolean isCancelled() {
                return writing;
            }
        };

        assertThrows(CancelledException.class,
                () -> fixture.service.importPath(bigFile, "Acme", "ana", cancelsDuringTheWrite));

        assertTrue(fixture.projects.listSummaries().isEmpty(), "the project, its datasets and audit events are rolled back");
    }

    @Test
    void cancellingThePreviewStopsIt() {
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThrows(CancelledException.class, () -> fixture.service.preview(bigFile, "Acme", cancelled));
    }
}
