package dev.clearance.ui.review;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the keystore passphrase (hidden as it is typed). */
final class PassphraseDialog {
    private PassphraseDialog() {
    }

    /** The passphrase, or empty when the reviewer cancels. */
    static Optional<char[]> ask(Window owner, String why) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keystore passphrase");
        dialog.setHeaderText(why);
        PasswordField field = new PasswordField();
        field.setId("export-passphrase");
        field.setPromptText("Keystore passphrase");
        dialog.getDialogPane().setContent(new VBox(8, new Label("Passphrase"), field));
        ButtonType ok = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ok ? field.getText().toCharArray() : null);
        javafx.application.Platform.runLater(field::requestFocus);
        Optional<char[]> result = dialog.showAndWait();
        field.clear();
        return result;
    }
}
