package dev.clearance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.export.ReviewerKeys;
import dev.clearance.review.ReviewFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignoffCommandTest {
    private static final Map<String, String> WITH_PASSPHRASE = Map.of("CLEARANCE_KEY_PASSPHRASE", "s3cret passphrase");

    @TempDir
    Path dir;
    ReviewFixture f;
    ReviewerKeys keys;
    String project;

    @BeforeEach
    void open() {
        f = new ReviewFixture(dir);
        keys = new ReviewerKeys(dir.resolve("keys.p12"), f.clock);
        project = f.importSample("support-assistant");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private CommandRun signoff(Map<String, String> env, String... args) {
        return CommandRun.of(new SignoffCommand(() -> f.reviews, () -> keys, env::get), args);
    }

    @Test
    void aDraftIsRefusedWithExit2ListingWhatIsMissing() {
        CommandRun run = signoff(WITH_PASSPHRASE, "--project", project, "--reviewer", "Dana Whitfield", "--role", "Counsel");

        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("is not ready for sign-off. Missing:"), run.err());
        assertTrue(run.err().contains("(competition.competes) is not answered"), run.err());
        assertFalse(Files.exists(dir.resolve("keys.p12")), "no key is created for a refused sign-off");
    }

    @Test
    void aReadyReviewIsSignedOffAndTheFingerprintPrinted() throws Exception {
        f.completeReview(project, "Dana Whitfield");

        CommandRun run = signoff(WITH_PASSPHRASE, "--project", project, "--reviewer", "Dana Whitfield",
                "--role", "Outside counsel", "--statement", "Reviewed in full.");

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String fingerprint = keys.find("Dana Whitfield", "s3cret passphrase".toCharArray()).orElseThrow().fingerprint();
        assertTrue(run.out().contains("Signed off revision 1 of 'Brightdesk Support Assistant' as Dana Whitfield (Outside counsel)."));
        assertTrue(run.out().contains("Certificate SHA-256: " + fingerprint), run.out());
    }

    @Test
    void aMissingPassphraseSaysHowToSetIt() {
        f.completeReview(project, "Dana Whitfield");

        CommandRun run = signoff(Map.of(), "--project", project, "--reviewer", "Dana", "--role", "Counsel");

        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("CLEARANCE_KEY_PASSPHRASE"), run.err());
    }

    @Test
    void aWrongPassphraseForAnExistingKeystoreIsRefused() {
        f.completeReview(project, "Dana Whitfield");
        assertEquals(ExitCode.OK, signoff(WITH_PASSPHRASE, "--project", project, "--reviewer", "Dana", "--role", "Counsel").exitCode());

        CommandRun run = signoff(Map.of("CLEARANCE_KEY_PASSPHRASE", "guess"), "--project", project, "--reviewer", "Sam",
                "--role", "Founder");

        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("passphrase does not open the keystore"), run.err());
    }

    @Test
    void anUnknownProjectIsBadInput() {
        CommandRun run = signoff(WITH_PASSPHRASE, "--project", "Nope", "--reviewer", "Dana", "--role", "Counsel");

        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("no project named 'Nope'"));
    }

    @Test
    void aWeakPassphraseCannotCreateTheKeyStore() {
        f.completeReview(project, "Dana Whitfield");

        CommandRun run = signoff(Map.of("CLEARANCE_KEY_PASSPHRASE", "x"), "--project", project, "--reviewer", "Dana",
                "--role", "Counsel");

        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("clearance: The passphrase is too weak to create the key store " + dir.resolve("keys.p12")
                + ": it has 1 character; use at least 12"), run.err());
        assertTrue(run.err().contains("Set CLEARANCE_KEY_PASSPHRASE to a stronger passphrase"), run.err());
        assertFalse(Files.exists(dir.resolve("keys.p12")), "no key store is made");
        assertTrue(f.reviews.status(project).orElseThrow().review().signOffs().isEmpty(), "nothing is signed");
    }

    @Test
    void aDamagedKeyStoreIsNotCalledAWrongPassphrase() throws Exception {
        f.completeReview(project, "Dana Whitfield");
        assertEquals(ExitCode.OK, signoff(WITH_PASSPHRASE, "--project", project, "--reviewer", "Dana", "--role", "Counsel").exitCode());
        Path file = dir.resolve("keys.p12");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

        CommandRun run = signoff(WITH_PASSPHRASE, "--project", project, "--reviewer", "Sam", "--role", "Founder");

        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("clearance: The key store " + file + " is damaged ("), run.err());
        assertTrue(run.err().contains("restore it from a copy; your signed packages stay valid."), run.err());
        assertFalse(run.err().contains("does not open"), run.err());
    }

    @Test
    void aKeyStoreOthersCanReadIsWarnedAboutOnStderr() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        f.completeReview(project, "Dana Whitfield");
        assertEquals(ExitCode.OK, signoff(WITH_PASSPHRASE, "--project", project, "--reviewer", "Dana", "--role", "Counsel").exitCode());
        Path file = dir.resolve("keys.p12");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

        CommandRun run = signoff(WITH_PASSPHRASE, "--project", project, "--reviewer", "Sam", "--role", "Founder");

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("clearance: warning: The key store " + file + " can be read by other users (rw-r--r--)"),
                run.err());
        assertTrue(run.err().contains("chmod 600 " + file), run.err());
        // Adding Sam's key wrote the file again, private.
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
