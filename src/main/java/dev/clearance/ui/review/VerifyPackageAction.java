package dev.clearance.ui.review;

import java.io.File;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** "Verify Review Package…": choose a zip, verify it in the background, show what was found. */
public final class VerifyPackageAction {
    private final PackageCheck check;
    private final Consumer<String> status;

    /**
     * @param status shows a sentence in the window's status bar
     */
    public VerifyPackageAction(PackageCheck check, Consumer<String> status) {
        this.check = check;
        this.status = status;
    }

    public void run(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Verify a review package");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Review package (zip)", "*.zip"));
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        status.accept("Verifying " + file + "…");
        check.verify(file.toPath(), finding -> {
            status.accept(file.getName() + ": " + finding.headline());
            show(owner, file, finding);
        });
    }

    private static void show(Window owner, File file, PackageCheck.Finding finding) {
        Alert alert = new Alert(finding.valid() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Verify review package");
        alert.setHeaderText(finding.headline());
        alert.getDialogPane().setId("verification-dialog");
        Label where = new Label(file.getAbsolutePath());
        where.getStyleClass().add("verification-file");
        TextArea details = new TextArea(String.join("\n\n", finding.details()));
        details.setId("verification-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(8);
        details.setPrefColumnCount(60);
        alert.getDialogPane().setContent(new VBox(8, where, details));
        alert.getDialogPane().getStyleClass().add(finding.valid() ? "verification-valid" : "verification-failed");
        alert.show();
    }
}
