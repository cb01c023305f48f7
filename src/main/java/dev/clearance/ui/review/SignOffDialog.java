package dev.clearance.ui.review;

import atlantafx.base.theme.Styles;
import dev.clearance.export.PassphraseRule;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Sign off…": the reviewer's name, role, statement and keystore passphrase (typed twice when this sign-off
 * creates the key store; a warning shows when the key store can be read by others). The dialog stays open while
 * the sign-off runs; a refusal is shown in it, and a success shows the certificate fingerprint (and that
 * the key was just created, at a first sign-off) before the reviewer closes it.
 */
final class SignOffDialog extends Dialog<Void> {
    static final String DEFAULT_STATEMENT = "I have reviewed the terms that governed this project's training data, "
            + "the findings and the answers recorded, and sign off this revision.";

    private final ReviewViewModel model;
    private final TextField reviewer = new TextField();
    private final ComboBox<String> role = new ComboBox<>();
    private final TextArea statement = new TextArea(DEFAULT_STATEMENT);
    private final PasswordField passphrase = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final boolean newKeyStore;
    private final Label outcome = new Label();
    private final ButtonType signType = new ButtonType("Sign off", ButtonBar.ButtonData.OK_DONE);
    private boolean signed;

    SignOffDialog(Window owner, ReviewViewModel model) {
        this.model = model;
        this.newKeyStore = model.needsNewPassphrase();
        initOwner(owner);
        setTitle("Sign off revision " + model.revisionProperty().get());
        setHeaderText("Sign off revision " + model.revisionProperty().get() + " of " + model.project().name());
        getDialogPane().setId("signoff-dialog");
        reviewer.setId("signoff-reviewer");
        reviewer.setText(model.userName());
        role.setId("signoff-role");
        role.setEditable(true);
        role.getItems().setAll("Outside counsel", "In-house counsel", "Founder", "Data lead");
        role.setPromptText("e.g. Outside counsel");
        statement.setId("signoff-statement");
        statement.setWrapText(true);
        statement.setPrefRowCount(3);
        passphrase.setId("signoff-passphrase");
        passphrase.setPromptText("Keystore passphrase");
        outcome.setId("signoff-outcome");
        outcome.setWrapText(true);
        outcome.setMaxWidth(520);

        confirmation.setId("signoff-passphrase-confirm");
        confirmation.setPromptText("The same passphrase again");
        Label keyNote = new Label(newKeyStore
                ? "This sign-off creates the keystore " + model.keystoreLocation() + " with your signing key. Choose "
                        + "its passphrase (at least " + PassphraseRule.MIN_LENGTH + " characters of two kinds, e.g. "
                        + "four unrelated words) and type it twice; keep it, every later sign-off and export needs it."
                : "Your signing key is kept in the keystore " + model.keystoreLocation()
                        + ", protected by this passphrase. Your first sign-off creates the key; keep the passphrase, "
                        + "exporting the signed package needs it.");
        keyNote.setWrapText(true);
        keyNote.setMaxWidth(520);
        keyNote.setMinHeight(Label.USE_PREF_SIZE);
        keyNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, fieldLabel("Reviewer"), reviewer);
        form.addRow(1, fieldLabel("Role"), role);
        form.addRow(2, fieldLabel("Statement"), statement);
        form.addRow(3, fieldLabel("Passphrase"), passphrase);
        if (newKeyStore) {
            form.addRow(4, fieldLabel("Repeat passphrase"), confirmation);
        }
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        Label exposure = new Label();
        exposure.setId("signoff-keystore-warning");
        exposure.setWrapText(true);
        exposure.setMaxWidth(520);
        exposure.setMinHeight(Label.USE_PREF_SIZE);
        exposure.getStyleClass().add("review-problem");
        exposure.textProperty().bind(model.keystoreWarningProperty());
        exposure.visibleProperty().bind(model.keystoreWarningProperty().isNotEmpty());
        exposure.managedProperty().bind(exposure.visibleProperty());
        VBox body = new VBox(10, form, keyNote, exposure, outcome);
        body.setPadding(new Insets(12, 16, 4, 16));
        body.setPrefWidth(560);
        getDialogPane().setContent(body);
        getDialogPane().getButtonTypes().setAll(signType, ButtonType.CANCEL);

        Button sign = (Button) getDialogPane().lookupButton(signType);
        sign.setId("signoff-confirm");
        sign.disableProperty().bind(reviewer.textProperty().isEmpty()
                .or(role.getEditor().textProperty().isEmpty())
                .or(passphrase.textProperty().isEmpty())
                .or(newKeyStore ? confirmation.textProperty().isEmpty() : javafx.beans.binding.Bindings.createBooleanBinding(() -> false))
                .or(model.busyProperty()));
        sign.addEventFilter(ActionEvent.ACTION, e -> {
            if (!signed) {
                e.consume();
                signOff();
            }
        });
    }

    private void signOff() {
        if (reviewer.getText().isBlank() || role.getEditor().getText().isBlank()) {
            showOutcome("Give your name and your role.", true);
            return;
        }
        showOutcome("Signing off…", false);
        char[] secret = passphrase.getText().toCharArray();
        char[] again = newKeyStore ? confirmation.getText().toCharArray() : null;
        passphrase.clear();
        confirmation.clear();
        model.signOff(new ReviewViewModel.SignOffRequest(reviewer.getText(), role.getEditor().getText(),
                statement.getText(), secret, again), this::signedOff, problem -> showOutcome(problem, true));
    }

    private void signedOff(ReviewViewModel.SignedOff done) {
        signed = true;
        showOutcome((done.keyCreated() ? "A signing key was created for " + done.reviewer() + ". " : "")
                + "Signed off revision " + done.revision() + ".\nCertificate fingerprint (SHA-256):\n"
                + grouped(done.fingerprint()), false);
        getDialogPane().getButtonTypes().setAll(new ButtonType("Close", ButtonBar.ButtonData.OK_DONE));
        getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(0)).setId("signoff-close");
        reviewer.setDisable(true);
        role.setDisable(true);
        statement.setDisable(true);
        passphrase.setDisable(true);
        confirmation.setDisable(true);
    }

    private void showOutcome(String text, boolean problem) {
        outcome.setText(text);
        outcome.getStyleClass().removeAll("review-problem", "review-done");
        outcome.getStyleClass().add(problem ? "review-problem" : "review-done");
    }

    /** A fingerprint in groups of eight, so that it wraps and can be read out to compare. */
    static String grouped(String hex) {
        return hex.replaceAll("(.{8})(?!$)", "$1 ");
    }

    /** Field names keep their width: a squeezed label would hide what is being asked. */
    private static Label fieldLabel(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }
}
