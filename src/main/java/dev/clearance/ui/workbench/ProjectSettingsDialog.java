package dev.clearance.ui.workbench;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.Distribution;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.Purpose;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The project.yaml fields of the open project, edited in place; saving is refused while a field is wrong. */
final class ProjectSettingsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField name = new TextField();
    private final TextField modelName = new TextField();
    private final ComboBox<String> purpose = new ComboBox<>();
    private final ComboBox<String> distribution = new ComboBox<>();
    private final CheckBox commercial = new CheckBox("Used commercially");
    private final TextField mau = new TextField();
    private final TextField regions = new TextField();
    private final Label problem = new Label();

    ProjectSettingsDialog(Window owner, WorkbenchViewModel model) {
        dialog.initOwner(owner);
        dialog.setTitle("Project settings");
        dialog.setHeaderText("The facts the rules use about the model under review");
        ProjectSettings s = model.project().settings();
        name.setText(s.name());
        name.setId("settings-name");
        modelName.setText(s.modelName());
        modelName.setPromptText("the model's public name, e.g. acme-assist-7b");
        purpose.getItems().setAll(Purpose.ids());
        purpose.setValue(s.purpose().id());
        distribution.getItems().setAll(Distribution.ids());
        distribution.setValue(s.distribution().id());
        commercial.setSelected(s.commercial());
        mau.setText(s.expectedMau() == null ? "" : s.expectedMau().toString());
        mau.setPromptText("expected monthly active users");
        regions.setText(String.join(", ", s.regions()));
        regions.setPromptText("e.g. US, EU");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.setId("settings-problem");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int r = 0;
        grid.addRow(r++, new Label("Name"), name);
        grid.addRow(r++, new Label("Model name"), modelName);
        grid.addRow(r++, new Label("Purpose"), purpose);
        grid.addRow(r++, new Label("Distribution"), distribution);
        grid.addRow(r++, new Label(""), commercial);
        grid.addRow(r++, new Label("Expected MAU"), mau);
        grid.addRow(r++, new Label("Regions"), regions);
        grid.add(problem, 0, r, 2, 1);
        name.setPrefColumnCount(28);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Save");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            String why = read().map(model::updateSettings).orElse(problem.getText());
            if (why != null) {
                problem.setText(why);
                e.consume();
            }
        });
    }

    /** The settings the fields describe; empty (with the problem shown) when a field is wrong. */
    private Optional<ProjectSettings> read() {
        if (name.getText().isBlank()) {
            problem.setText("The project needs a name.");
            return Optional.empty();
        }
        Long expectedMau = null;
        if (!mau.getText().isBlank()) {
            try {
                expectedMau = Long.parseLong(mau.getText().strip().replace(",", "").replace("_", ""));
            } catch (NumberFormatException e) {
                expectedMau = -1L;
            }
            if (expectedMau < 0) {
                problem.setText("Expected MAU must be a whole number of users, e.g. 50000 (or empty if unknown).");
                return Optional.empty();
            }
        }
        List<String> regionList = Arrays.stream(regions.getText().split(","))
                .map(String::strip).filter(x -> !x.isEmpty()).toList();
        return Optional.of(new ProjectSettings(name.getText().strip(), modelName.getText().strip(),
                Purpose.parse(purpose.getValue()).orElse(Purpose.OTHER),
                Distribution.parse(distribution.getValue()).orElse(Distribution.INTERNAL),
                commercial.isSelected(), expectedMau, regionList));
    }

    void show() {
        dialog.showAndWait();
    }
}
