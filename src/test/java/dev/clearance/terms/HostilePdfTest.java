package dev.clearance.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.testing.HostilePdf;
import dev.clearance.testing.HostilePdf.Nesting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** PDFs built to exhaust the parser are refused in one line naming the file; nothing reaches the log. */
class HostilePdfTest {
    @TempDir
    Path dir;

    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(capture);
    }

    @ParameterizedTest
    @EnumSource(Nesting.class)
    void theControlWithoutDeepNestingIsRead(Nesting nesting) throws Exception {
        Path pdf = HostilePdf.write(dir.resolve("control.pdf"), nesting, 3);
        TermsTextExtractor.Extracted e = new TermsTextExtractor().extract(pdf);
        assertTrue(e.text().contains(HostilePdf.TEXT), e.text());
    }

    @ParameterizedTest
    @EnumSource(value = Nesting.class, names = {"ARRAYS", "DICTIONARIES"})
    void aDeeplyNestedPdfIsRefusedInOneLineNamingTheFile(Nesting nesting) throws Exception {
        Path pdf = HostilePdf.write(dir.resolve("deep-" + nesting + ".pdf"), nesting, 20_000);

        TermsInputException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(TermsInputException.class, () -> new TermsTextExtractor().extract(pdf)));

        assertTrue(e.getMessage().startsWith(pdf + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("nested too deeply") || e.getMessage().contains("cannot be read"),
                e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertEquals(List.of(), logged.stream().filter(r -> r.getThrown() != null).map(LogRecord::getMessage).toList(),
                "no stack trace is logged");
    }

    @Test
    void aDeepPageTreeIsReadWithinTheLimitsWithoutAStackTrace() throws Exception {
        // PDFBox walks the page tree without recursion: 20,000 levels are read, not refused.
        Path pdf = HostilePdf.write(dir.resolve("deep-page-tree.pdf"), Nesting.PAGE_TREE, 20_000);

        TermsTextExtractor.Extracted e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new TermsTextExtractor().extract(pdf));

        assertTrue(e.text().contains(HostilePdf.TEXT), e.text());
        assertEquals(List.of(), logged.stream().filter(r -> r.getThrown() != null).map(LogRecord::getMessage).toList());
    }

    @Test
    void aPdfReadOtherwiseStillLogsAsBefore() {
        // The capture applies to the thread reading a user's PDF only; PDFBox elsewhere logs through the root.
        Logger.getLogger("org.apache.pdfbox.test").warning("elsewhere");
        assertTrue(logged.stream().anyMatch(r -> "elsewhere".equals(r.getMessage())), logged.toString());
    }
}
