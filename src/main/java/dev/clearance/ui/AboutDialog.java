package dev.clearance.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help > About: the version, where the data lives, and what the product does and does not claim. */
final class AboutDialog {
    private final Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);

    AboutDialog(Window owner, UiServices services) {
        alert.initOwner(owner);
        alert.setTitle("About Clearance");
        alert.setHeaderText(null);
        Label name = new Label("Clearance " + services.version());
        name.setId("about-version");
        name.getStyleClass().add(Styles.TITLE_3);
        Label what = new Label("A workbench for rights clearance of AI training data: which terms governed the "
                + "model-generated data in your inventory, what they allow, and a signed review of the answer.");
        what.setWrapText(true);
        Label caution = new Label("The terms catalog paraphrases providers' terms in our own words and cites each "
                + "source. Terms change: check the live text, and ask counsel before relying on a conclusion.");
        caution.setWrapText(true);
        caution.getStyleClass().add(Styles.TEXT_MUTED);
        Label tech = new Label("Database " + services.databaseLocation() + " (schema v" + services.schemaVersion()
                + ")\nJava " + System.getProperty("java.version") + " · JavaFX " + System.getProperty("javafx.runtime.version"));
        tech.getStyleClass().add(Styles.TEXT_SMALL);
        VBox box = new VBox(10, name, what, caution, tech);
        box.setPadding(new Insets(8));
        box.setPrefWidth(480);
        var icon = AboutDialog.class.getResource("/assets/icons/clearance-64.png");
        if (icon != null) {
            alert.setGraphic(new ImageView(new Image(icon.toExternalForm())));
        }
        alert.getDialogPane().setContent(box);
    }

    void show() {
        alert.show();
    }
}
