package dev.clearance.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.cli.RawZip.Entry;
import dev.clearance.cli.RawZip.Layout;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: a zip can show one file to a reader that follows the central directory ({@code unzip}, ZipFile)
 * and another to one that streams the local headers (ZipInputStream, {@code unzip -} …). Each forgery here
 * starts from a real package signed and exported through the command line, and must be refused by
 * {@code verify} with exit 4 and one line saying why; the genuine package must still verify.
 */
class ZipDifferentialTest {
    @TempDir
    static Path dir;
    static byte[] genuine;
    static List<Entry> entries;
    static byte[] forgedReview;
    static Entry forged;

    @BeforeAll
    static void exportSignedPackage() throws IOException {
        Path zip = dir.resolve("signed.zip");
        try (ExportAndVerifyCommandsFixture fx = new ExportAndVerifyCommandsFixture(dir, true)) {
            CommandRun run = fx.export(ExportAndVerifyCommandsFixture.ENV, "--project", fx.project, "--out", zip.toString());
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
        }
        genuine = Files.readAllBytes(zip);
        byte[] extra = RawZip.extraOf(genuine);
        Map<String, byte[]> files = RawZip.files(genuine, dir.resolve("scratch.zip"));
        entries = RawZip.entries(files, extra);
        String review = new String(files.get("review.json"), StandardCharsets.UTF_8);
        String changed = review.replace("\"high\"", "\"low\"");
        assertFalse(changed.equals(review));
        forgedReview = changed.getBytes(StandardCharsets.UTF_8);
        forged = RawZip.entry("review.json", forgedReview, extra);
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name + ".zip");
        Files.write(file, bytes);
        return file;
    }

    /** verify refuses the file with exit 4 and exactly one line starting with {@code prefix}. */
    private static String assertRefused(Path file, String prefix) {
        CommandRun run = ExportAndVerifyCommandsFixture.verify(file.toString());
        String out = run.out().strip();
        assertEquals(ExitCode.VERIFICATION_FAILED, run.exitCode(), out);
        assertTrue(out.startsWith(prefix), out);
        assertFalse(out.contains("\n"), "one line: " + out);
        return out;
    }

    @Test
    void theTestWriterLaysOutTheGenuinePackageByteForByteAndItVerifies() throws IOException {
        assertArrayEquals(genuine, RawZip.plain(entries));

        CommandRun run = ExportAndVerifyCommandsFixture.verify(write("genuine", RawZip.plain(entries)).toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.out());
        assertTrue(run.out().startsWith("valid: signed by Dana Whitfield"), run.out());
    }

    /**
     * (a) The central directory points review.json at a second local entry, hidden from streaming readers
     * behind a central-directory signature (where a streaming reader stops); the first local review.json
     * is the signed one.
     */
    static byte[] centralPointsAtASecondEntry() {
        return new Layout().locals(entries).bytes(new byte[] {'P', 'K', 1, 2}).local(forged)
                .directory(RawZip.replace(entries, "review.json", forged)).bytes();
    }

    /** (a) again, the second review.json placed between the central directory and its end record. */
    static byte[] secondEntryAfterTheDirectory() {
        return new Layout().locals(entries).directory(RawZip.replace(entries, "review.json", forged))
                .localAfterDirectory(forged).bytes();
    }

    @Test
    void aCentralDirectoryPointingAtASecondReviewJsonIsRefused() throws IOException {
        byte[] zip = centralPointsAtASecondEntry();
        // The readers really disagree: streaming (what verify used before) gets the signed review.json,
        // the central directory (ZipFile, unzip) the forged one.
        assertArrayEquals(RawZip.files(genuine, dir.resolve("g.zip")).get("review.json"), streamed(zip, "review.json"));
        assertArrayEquals(forgedReview, RawZip.files(zip, dir.resolve("a-scratch.zip")).get("review.json"));

        assertRefused(write("a-second-entry", zip), "refused: the central directory puts review.json at byte ");
        assertRefused(write("a-after-directory", secondEntryAfterTheDirectory()),
                "refused: the central directory puts review.json at byte ");
    }

    @Test
    void unzipShowsTheForgedReviewJsonOfCaseA() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/unzip")), "unzip is not installed");
        Path zip = write("a-unzip", centralPointsAtASecondEntry());

        Process list = new ProcessBuilder("/usr/bin/unzip", "-l", zip.toString()).redirectErrorStream(true).start();
        String listing = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        list.waitFor();
        Process print = new ProcessBuilder("/usr/bin/unzip", "-p", zip.toString(), "review.json").start();
        byte[] printed = print.getInputStream().readAllBytes();
        print.waitFor();

        assertTrue(listing.contains(forgedReview.length + "  1980-01-01 00:00   review.json"), listing);
        assertArrayEquals(forgedReview, printed, "unzip extracts the forged review.json");
    }

    @Test
    void aNameTwiceInBothDirectoriesIsRefused() throws IOException {
        List<Entry> twice = new ArrayList<>(entries);
        twice.add(forged);

        assertRefused(write("b-duplicate", new Layout().locals(twice).directory(twice).bytes()),
                "refused: the archive holds review.json twice");
    }

    @Test
    void bytesBetweenEntriesAreRefused() throws IOException {
        Layout layout = new Layout();
        for (Entry e : entries) {
            if (e.name.equals("inventory.csv")) {
                layout.bytes(forgedReview);
            }
            layout.local(e);
        }

        assertRefused(write("c-between", layout.directory(entries).bytes()),
                "refused: unlisted bytes between the zip entries, before inventory.csv (at byte ");
    }

    @Test
    void bytesAfterTheEndOfTheArchiveAreRefused() throws IOException {
        assertRefused(write("d-after", new Layout().locals(entries).directory(entries).after(forgedReview).bytes()),
                "refused: " + forgedReview.length + " bytes follow the end of the zip archive");
    }

    @Test
    void aZipCommentIsRefused() throws IOException {
        assertRefused(write("d-comment", new Layout().locals(entries).directory(entries).comment("approved").bytes()),
                "refused: the archive has a zip comment (8 bytes); a review package has none");
    }

    @Test
    void aLocalEntryTheCentralDirectoryDoesNotListIsRefused() throws IOException {
        assertRefused(write("d-unlisted", new Layout().locals(entries).local(forged).directory(entries).bytes()),
                "refused: the archive holds a local entry at byte " + entries.stream().mapToInt(e -> e.local.length).sum()
                        + " that its central directory does not list");
    }

    @Test
    void aLocalNameDifferentFromTheCentralOneIsRefused() throws IOException {
        List<Entry> renamed = RawZip.replace(entries, "review.json", RawZip.named(entries, "review.json").withLocalName("forged.json"));

        String out = assertRefused(write("e-name", RawZip.plain(renamed)), "refused: the entry at byte ");
        assertTrue(out.endsWith(" is review.json in the central directory but forged.json in its local header"), out);
    }

    @Test
    void aCrcThatDiffersBetweenTheHeadersIsRefused() throws IOException {
        Entry review = RawZip.named(entries, "review.json");
        long crc = ((review.central[16] & 0xFFL) | (review.central[17] & 0xFFL) << 8 | (review.central[18] & 0xFFL) << 16
                | (review.central[19] & 0xFFL) << 24);

        assertRefused(write("f-crc", RawZip.plain(RawZip.replace(entries, "review.json", review.withCentralCrc(crc ^ 1)))),
                "refused: the CRC of review.json differs between the central directory (");
    }

    @Test
    void aSizeThatDiffersBetweenTheHeadersIsRefused() throws IOException {
        Entry review = RawZip.named(entries, "review.json");
        byte[] content = RawZip.files(genuine, dir.resolve("f.zip")).get("review.json");

        assertRefused(write("f-size", RawZip.plain(RawZip.replace(entries, "review.json", review.withCentralSize(content.length + 1)))),
                "refused: the sizes of review.json differ between the central directory (");
    }

    @Test
    void aPrependedStubIsRefusedEvenWithItsOffsetsShifted() throws IOException {
        byte[] stub = "#!/bin/sh\nexec unzip -o \"$0\"\n".getBytes(StandardCharsets.US_ASCII);

        assertRefused(write("g-stub", new Layout().bytes(stub).locals(entries).directory(entries).bytes()),
                "refused: " + stub.length + " bytes come before the first zip entry (a prepended stub)");
    }

    @Test
    void anEncryptedEntryIsRefused() throws IOException {
        Entry encrypted = RawZip.named(entries, "report.pdf").withField(6, 8, 0x0809);

        assertRefused(write("encrypted", RawZip.plain(RawZip.replace(entries, "report.pdf", encrypted))),
                "refused: report.pdf is encrypted");
    }

    @Test
    void zip64IsRefused() throws IOException {
        Entry zip64 = RawZip.named(entries, "report.pdf").withField(4, 6, 45);

        assertRefused(write("zip64", RawZip.plain(RawZip.replace(entries, "report.pdf", zip64))),
                "refused: report.pdf uses ZIP64");
    }

    private static byte[] streamed(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        return null;
    }
}
