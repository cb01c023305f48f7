package dev.clearance.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.review.SignOff;
import dev.clearance.export.ReviewPackageExporter;
import dev.clearance.export.ReviewerKeys;
import dev.clearance.review.ReviewFixture;
import dev.clearance.ui.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Counsel signs off a ready review through the dialog; the key is made on the spot and its fingerprint listed. */
@ExtendWith(ApplicationExtension.class)
class SignOffFlowTest {
    @TempDir
    Path dir;
    ReviewFixture f;
    Path keystore;
    ReviewerKeys keys;
    ReviewScreen screen;
    ReviewViewModel model;

    @Start
    void start(Stage stage) {
        f = new ReviewFixture(dir);
        String project = f.importSample("support-assistant");
        f.completeReview(project, "Dana Whitfield");
        keystore = dir.resolve("keys/keys.p12");
        keys = new ReviewerKeys(keystore, f.clock);
        model = new ReviewViewModel(f.projects.findByName(project).orElseThrow(), f.reviews, keys,
                new ReviewPackageExporter(keys), f.audit, "dana", new FxTaskRunner());
        stage.setScene(new Scene(new ReviewView(model, () -> { }, sentence -> { }), 1100, 800));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static void await(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void counselSignsOffAReadyReviewAndSeesTheSignOffWithItsFingerprint(FxRobot robot) throws Exception {
        screen = new ReviewScreen(robot);
        await("the review is read", () -> screen.state().equals("ready for sign-off"));
        assertFalse(Files.exists(keystore), "no key before the first sign-off");

        screen.openSignOffDialog();
        screen.fillSignOff("Dana Whitfield", "Outside counsel", "correct horse battery staple");
        screen.confirmSignOff();
        await("the sign-off completes", screen::signOffFinished);

        String outcome = screen.signOffOutcome();
        assertTrue(outcome.contains("A signing key was created for Dana Whitfield"), outcome);
        // Shown in groups of eight so that it can be read out and compared.
        Matcher fingerprint = Pattern.compile("(?:[0-9a-f]{8} ){7}[0-9a-f]{8}").matcher(outcome);
        assertTrue(fingerprint.find(), outcome);
        assertTrue(Files.exists(keystore), "the key is kept in the keystore");

        screen.closeSignOffDialog();
        assertFalse(screen.signOffDialogOpen());
        assertEquals("signed off", screen.state());
        SignOff listed = screen.listedSignOffs().get(0);
        assertEquals("Dana Whitfield", listed.reviewer());
        assertEquals("Outside counsel", listed.role());
        assertEquals(fingerprint.group().replace(" ", ""), listed.certificateFingerprint());
    }

    @Test
    void aWrongPassphraseIsExplainedInTheDialogWhichStaysOpenForAnotherTry(FxRobot robot) throws Exception {
        screen = new ReviewScreen(robot);
        keys.keyFor("Priya Raman", "the founder's passphrase".toCharArray());
        await("the review is read", () -> screen.state().equals("ready for sign-off"));

        screen.openSignOffDialog();
        screen.fillSignOff("Dana Whitfield", "Outside counsel", "a guess");
        screen.confirmSignOff();
        await("the sign-off is refused", () -> screen.signOffOutcome().contains("passphrase"));

        assertTrue(screen.signOffOutcome().contains("does not open the keystore"), screen.signOffOutcome());
        assertTrue(screen.signOffDialogOpen());
        assertFalse(screen.signOffFinished());
        assertEquals("ready for sign-off", screen.state());
        assertTrue(screen.listedSignOffs().isEmpty());

        screen.cancelSignOff();
        assertFalse(screen.signOffDialogOpen());
    }

    @Test
    void theFirstSignOffAsksThePassphraseTwiceAndRefusesTwoThatDiffer(FxRobot robot) throws Exception {
        screen = new ReviewScreen(robot);
        await("the review is read", () -> screen.state().equals("ready for sign-off"));

        screen.openSignOffDialog();
        assertTrue(screen.asksPassphraseTwice(), "no key store yet: the passphrase is chosen, so typed twice");
        screen.fillSignOff("Dana Whitfield", "Outside counsel", "correct horse battery staple");
        screen.repeatPassphrase("correct horse battery stapel");
        screen.confirmSignOff();
        await("the sign-off is refused", () -> screen.signOffOutcome().contains("differ"));

        assertTrue(screen.signOffOutcome().startsWith("The two passphrases differ"), screen.signOffOutcome());
        assertTrue(screen.signOffDialogOpen());
        assertFalse(Files.exists(keystore), "no key store is made");

        screen.cancelSignOff();
    }

    @Test
    void aKeyStoreOthersCanReadIsWarnedAboutInTheDialog(FxRobot robot) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        screen = new ReviewScreen(robot);
        await("the review is read", () -> screen.state().equals("ready for sign-off"));
        keys.keyFor("Priya Raman", "the founder's passphrase".toCharArray());
        Files.setPosixFilePermissions(keystore, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        robot.interact(model::load);
        await("the review is read again", () -> !model.keystoreWarningProperty().get().isEmpty());

        screen.openSignOffDialog();

        assertFalse(screen.asksPassphraseTwice(), "the key store exists: its passphrase is asked once");
        assertTrue(screen.keystoreWarning().contains("can be read by other users (rw-r--r--)"), screen.keystoreWarning());
        assertTrue(screen.keystoreWarning().contains("chmod 600 " + keystore), screen.keystoreWarning());
        screen.cancelSignOff();
    }
}
