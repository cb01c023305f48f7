package dev.clearance.ui.review;

import dev.clearance.domain.review.SignOff;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** Selectors of the Review &amp; Export area and its sign-off dialog in one place, for the UI tests. */
final class ReviewScreen {
    private final FxRobot robot;

    ReviewScreen(FxRobot robot) {
        this.robot = robot;
    }

    String state() {
        return robot.lookup("#review-state").queryAs(Label.class).getText();
    }

    void openSignOffDialog() {
        robot.clickOn("#review-sign-off");
    }

    /** Fills the sign-off dialog: name and role replace what is there, the passphrase is typed. */
    void fillSignOff(String reviewer, String role, String passphrase) {
        TextField name = robot.lookup("#signoff-reviewer").queryAs(TextField.class);
        ComboBox<?> roles = robot.lookup("#signoff-role").queryAs(ComboBox.class);
        robot.interact(() -> {
            name.setText(reviewer);
            roles.getEditor().setText(role);
        });
        robot.clickOn("#signoff-passphrase").write(passphrase);
        if (robot.lookup("#signoff-passphrase-confirm").tryQuery().isPresent()) {
            repeatPassphrase(passphrase);
        }
    }

    /** Whether the dialog asks for the passphrase twice (the sign-off creates the key store). */
    boolean asksPassphraseTwice() {
        return robot.lookup("#signoff-passphrase-confirm").tryQuery().isPresent();
    }

    void repeatPassphrase(String passphrase) {
        javafx.scene.control.PasswordField again = robot.lookup("#signoff-passphrase-confirm")
                .queryAs(javafx.scene.control.PasswordField.class);
        robot.interact(again::clear);
        robot.clickOn(again).write(passphrase);
    }

    /** The warning that the key store can be read by others, "" when none shows. */
    String keystoreWarning() {
        Label warning = robot.lookup("#signoff-keystore-warning").queryAs(Label.class);
        return warning.isVisible() ? warning.getText() : "";
    }

    void confirmSignOff() {
        robot.clickOn("#signoff-confirm");
    }

    /** What the dialog says after "Sign off": the refusal, or the fingerprint of the certificate used. */
    String signOffOutcome() {
        return robot.lookup("#signoff-outcome").queryAs(Label.class).getText();
    }

    boolean signOffFinished() {
        return robot.lookup("#signoff-close").tryQuery().isPresent();
    }

    void closeSignOffDialog() {
        robot.clickOn("#signoff-close");
    }

    void cancelSignOff() {
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    boolean signOffDialogOpen() {
        return robot.lookup("#signoff-dialog").tryQuery().isPresent();
    }

    @SuppressWarnings("unchecked")
    List<SignOff> listedSignOffs() {
        return List.copyOf(((TableView<SignOff>) robot.lookup("#signoffs-table").queryAs(TableView.class)).getItems());
    }
}
