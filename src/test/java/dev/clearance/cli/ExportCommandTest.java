package dev.clearance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void aDraftExportsWithoutAPassphraseAndVerifiesAsUnsigned() {
        try (ExportAndVerifyCommandsFixture fx = new ExportAndVerifyCommandsFixture(dir, false)) {
            Path zip = dir.resolve("draft.zip");

            CommandRun run = fx.export(Map.of(), "--project", fx.project, "--out", zip.toString());

            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            assertTrue(run.out().contains("revision 1 of 'Brightdesk Support Assistant', draft, unsigned."), run.out());
            CommandRun verify = ExportAndVerifyCommandsFixture.verify(zip.toString());
            assertEquals(ExitCode.VERIFICATION_FAILED, verify.exitCode());
            assertEquals("unsigned: nobody has signed off this revision", verify.out().strip());
        }
    }

    @Test
    void aSignedReviewNeedsThePassphraseToExport() {
        try (ExportAndVerifyCommandsFixture fx = new ExportAndVerifyCommandsFixture(dir, true)) {
            Path zip = dir.resolve("signed.zip");

            CommandRun run = fx.export(Map.of(), "--project", fx.project, "--out", zip.toString());

            assertEquals(ExitCode.BAD_INPUT, run.exitCode());
            assertTrue(run.err().contains("CLEARANCE_KEY_PASSPHRASE"), run.err());
            assertFalse(Files.exists(zip));
        }
    }

    @Test
    void anUnknownProjectIsBadInput() {
        try (ExportAndVerifyCommandsFixture fx = new ExportAndVerifyCommandsFixture(dir, false)) {
            CommandRun run = fx.export(Map.of(), "--project", "Nope", "--out", dir.resolve("x.zip").toString());

            assertEquals(ExitCode.BAD_INPUT, run.exitCode());
            assertTrue(run.err().contains("no project named 'Nope'"));
        }
    }
}
