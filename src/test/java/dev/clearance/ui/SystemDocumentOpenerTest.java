package dev.clearance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HostServices first, then AWT's Desktop, then xdg-open; false (so the caller can say so) when none can. */
class SystemDocumentOpenerTest {
    private final List<String> tried = new ArrayList<>();

    private SystemDocumentOpener.Way way(String name, boolean opens) {
        return uri -> {
            tried.add(name + " " + uri);
            return opens;
        };
    }

    @Test
    void theFirstWayThatOpensItWins() {
        var opener = new SystemDocumentOpener(List.of(way("host", true), way("awt", true)));
        assertTrue(opener.open("https://openai.com/policies/terms-of-use"));
        assertEquals(List.of("host https://openai.com/policies/terms-of-use"), tried);
    }

    @Test
    void aWayThatCannotOrFailsHandsOnToTheNext() {
        SystemDocumentOpener.Way broken = uri -> {
            tried.add("awt " + uri);
            throw new UnsupportedOperationException("The BROWSE action is not supported on the current platform!");
        };
        var opener = new SystemDocumentOpener(List.of(way("host", false), broken, way("xdg-open", true)));
        assertTrue(opener.open("file:///tmp/report.pdf"));
        assertEquals(List.of("host file:///tmp/report.pdf", "awt file:///tmp/report.pdf",
                "xdg-open file:///tmp/report.pdf"), tried);
    }

    @Test
    void whenNothingCanItSaysSoAndTheFileIsNamed(@TempDir Path dir) {
        var opener = new SystemDocumentOpener(List.of(way("host", false), way("awt", false)));
        assertFalse(opener.open("https://example.com"));
        assertFalse(opener.open(""), "no address, nothing tried");
        Path report = dir.resolve("review-report.pdf");
        assertEquals("No viewer could open the report: it is at " + report + "; open it from there.",
                opener.openFile(report, "the report"));
        assertEquals(List.of("host https://example.com", "awt https://example.com",
                "host " + report.toUri(), "awt " + report.toUri()), tried);
    }

    @Test
    void onLinuxHostServicesIsSkippedWithoutABrowserItKnows(@TempDir Path bin) throws IOException {
        assertFalse(SystemDocumentOpener.onPath(bin.toString(), "xdg-open"));
        Path xdg = Files.createFile(bin.resolve("xdg-open"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertTrue(SystemDocumentOpener.onPath("/nonexistent:" + bin, "xdg-open"));
        assertFalse(SystemDocumentOpener.onPath(null, "xdg-open"));
        // No HostServices instance (e.g. no Application): AWT's Desktop and xdg-open remain, in that order.
        assertEquals(2, SystemDocumentOpener.defaultWays(null, "Linux", bin.toString()).size());
        assertEquals(1, SystemDocumentOpener.defaultWays(null, "Windows 11", bin.toString()).size());
        assertTrue(Files.isExecutable(xdg));
    }

    @Test
    void aFileAddressIsShownAsItsPath() {
        assertEquals("/tmp/report.pdf", SystemDocumentOpener.describe("file:///tmp/report.pdf"));
        assertEquals("https://example.com/terms", SystemDocumentOpener.describe("https://example.com/terms"));
    }
}
