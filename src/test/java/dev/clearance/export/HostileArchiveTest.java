package dev.clearance.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packages built to attack the reader are refused with a clear message, and nothing is written anywhere. */
class HostileArchiveTest {
    @TempDir
    Path dir;

    private Path zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndContents[i]));
                out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return write(bytes.toByteArray());
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = dir.resolve("incoming.zip");
        Files.write(file, bytes);
        return file;
    }

    private Verification verify(Path file) throws IOException {
        List<Path> before = listing();
        Verification v = new PackageVerifier().verify(file);
        assertEquals(before, listing(), "nothing was written beside the package");
        return v;
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.sorted().toList();
        }
    }

    private void assertRefused(Verification v, String words) {
        assertEquals(Verification.Outcome.NOT_A_PACKAGE, v.outcome());
        assertTrue(v.detail().contains(words), v.detail());
    }

    @Test
    void anEntryThatClimbsOutOfThePackageIsRefused() throws IOException {
        assertRefused(verify(zip("manifest.json", "{}", "../../evil.sh", "rm -rf /")), "points outside the package");
    }

    @Test
    void anAbsolutePathIsRefused() throws IOException {
        assertRefused(verify(zip("/etc/cron.d/evil", "x")), "points outside the package");
    }

    @Test
    void aWindowsPathIsRefused() throws IOException {
        assertRefused(verify(zip("..\\..\\evil.bat", "x")), "points outside the package");
        assertRefused(verify(zip("C:/Windows/evil.bat", "x")), "points outside the package");
    }

    @Test
    void aDuplicateNameIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            // ZipOutputStream itself refuses duplicates: write the second entry under another name, then rename it.
            out.putNextEntry(new ZipEntry("review.json"));
            out.write("{}".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("review.jsoX"));
            out.write("{\"forged\":true}".getBytes(StandardCharsets.UTF_8));
        }
        byte[] raw = bytes.toByteArray();
        replaceAll(raw, "review.jsoX", "review.json");

        assertRefused(verify(write(raw)), "holds review.json twice");
    }

    @Test
    void anEntryThatIsNotPartOfAPackageIsRefused() throws IOException {
        assertRefused(verify(zip("manifest.json", "{}", "payload.exe", "MZ")), "unexpected entry payload.exe");
    }

    @Test
    void aCompressionBombIsRefusedBeforeItIsInflated() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("review.json"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                out.write(zeros);
            }
        }
        assertTrue(bytes.size() < 1_000_000, "200 MiB of zeros compresses to " + bytes.size() + " bytes");

        assertRefused(verify(write(bytes.toByteArray())), "compression bomb");
    }

    @Test
    void anEntryOverTheSizeCapIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry stored = new ZipEntry("report.pdf");
            byte[] noise = new byte[3 << 20];
            new java.util.Random(1).nextBytes(noise);
            CRC32 crc = new CRC32();
            crc.update(noise);
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(noise.length);
            stored.setCrc(crc.getValue());
            out.putNextEntry(stored);
            out.write(noise);
        }
        PackageReader small = new PackageReader(new PackageReader.Limits(2L << 20, 4L << 20, 200, 64L << 20));

        Verification v = new PackageVerifier(small).verify(write(bytes.toByteArray()));

        assertRefused(v, "report.pdf inflates to more than 2 MiB");
    }

    @Test
    void aFileThatIsNotAZipIsNotAPackage() throws IOException {
        assertRefused(verify(write("%PDF-1.7 definitely not a zip".getBytes(StandardCharsets.UTF_8))), "not a review package");
    }

    private static void replaceAll(byte[] raw, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.US_ASCII);
        byte[] t = to.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + f.length <= raw.length; i++) {
            boolean match = true;
            for (int j = 0; j < f.length && match; j++) {
                match = raw[i + j] == f[j];
            }
            if (match) {
                System.arraycopy(t, 0, raw, i, t.length);
            }
        }
    }
}
