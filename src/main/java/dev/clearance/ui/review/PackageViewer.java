package dev.clearance.ui.review;

import atlantafx.base.theme.Styles;
import dev.clearance.domain.RiskLevel;
import dev.clearance.ui.RiskBadge;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Open Review Package (read-only)…": a window showing what a package says and whether it verifies,
 * with its report and review.json to save. It never touches the database.
 */
public final class PackageViewer {
    private final PackageCheck check;
    private final Consumer<String> status;
    private final dev.clearance.ui.DocumentOpener documents;

    /** @param documents opens the package's report.pdf in the system's viewer */
    public PackageViewer(PackageCheck check, Consumer<String> status, dev.clearance.ui.DocumentOpener documents) {
        this.check = check;
        this.status = status;
        this.documents = documents;
    }

    public void run(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a review package (read-only)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Review package (zip)", "*.zip"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            open(owner, file);
        }
    }

    void open(Window owner, File file) {
        status.accept("Opening " + file + " read-only…");
        check.open(file.toPath(), opened -> {
            status.accept(file.getName() + ": " + opened.verification().headline());
            show(owner, file, opened);
        }, problem -> {
            status.accept(problem);
            Alert alert = new Alert(Alert.AlertType.ERROR, problem);
            alert.initOwner(owner);
            alert.setHeaderText("The package cannot be opened");
            alert.show();
        });
    }

    private void show(Window owner, File file, OpenedPackage p) {
        Label title = new Label(p.project());
        title.getStyleClass().add(Styles.TITLE_3);
        Label facts = new Label((p.modelName().isEmpty() ? "" : "Model " + p.modelName() + " · ") + "revision "
                + p.revision() + " · " + p.state() + " · read-only copy of " + file.getName());
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        HBox overall = new HBox(8, new Label("Overall risk"), RiskBadge.of(RiskLevel.parse(p.overall())));
        overall.setAlignment(Pos.CENTER_LEFT);
        Label verification = new Label(p.verification().headline());
        verification.setId("package-verification");
        verification.setWrapText(true);
        verification.getStyleClass().add(p.verification().valid() ? Styles.SUCCESS : Styles.DANGER);

        TableView<OpenedPackage.DatasetRow> datasets = table(p.datasets(), List.of(
                column("Risk", 90, OpenedPackage.DatasetRow::risk), column("ID", 160, OpenedPackage.DatasetRow::id),
                column("Dataset", 260, OpenedPackage.DatasetRow::name), column("Terms", 260, OpenedPackage.DatasetRow::terms)));
        datasets.setId("package-datasets");
        TableView<OpenedPackage.SignOffRow> signOffs = table(p.signOffs(), List.of(
                column("Reviewer", 160, OpenedPackage.SignOffRow::reviewer), column("Role", 140, OpenedPackage.SignOffRow::role),
                column("Signed at (UTC)", 180, OpenedPackage.SignOffRow::signedAt),
                column("Certificate SHA-256", 420, OpenedPackage.SignOffRow::fingerprint)));
        signOffs.setPlaceholder(new Label("Nobody has signed off this revision."));
        signOffs.setPrefHeight(120);

        Stage stage = new Stage();
        Button saveReport = new Button("Save report.pdf…");
        saveReport.setDisable(p.report().length == 0);
        saveReport.setOnAction(e -> save(stage, "report.pdf", p.report()));
        Button openReport = new Button("Open report.pdf");
        openReport.setId("package-open-report");
        openReport.setDisable(p.report().length == 0);
        openReport.setOnAction(e -> openReport(file, p.report()));
        Button saveJson = new Button("Save review.json…");
        saveJson.setOnAction(e -> save(stage, "review.json", p.reviewJson()));
        Button close = new Button("Close");
        close.setOnAction(e -> stage.close());
        Label audit = new Label(p.auditEvents() + " audit events in the package");
        audit.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox buttons = new HBox(8, audit, new atlantafx.base.controls.Spacer(), openReport, saveReport, saveJson, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox.setVgrow(datasets, Priority.ALWAYS);
        VBox body = new VBox(10, new VBox(2, title, facts), overall, verification, new Label("Datasets"), datasets,
                new Label("Sign-offs"), signOffs);
        body.setPadding(new Insets(16));
        BorderPane root = new BorderPane(body);
        root.setBottom(buttons);
        BorderPane.setMargin(buttons, new Insets(0, 16, 16, 16));
        root.setId("package-viewer");
        Scene scene = new Scene(root, 1000, 640);
        if (owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        stage.initOwner(owner);
        stage.setTitle(p.project() + " — review package (read-only)");
        stage.setScene(scene);
        stage.show();
    }

    /** A copy in a temporary folder, opened in the system's viewer; the status bar names the file either way. */
    private void openReport(File zip, byte[] report) {
        try {
            java.nio.file.Path copy = Files.createTempDirectory("clearance-report")
                    .resolve(zip.getName().replaceFirst("\\.zip$", "") + "-report.pdf");
            Files.write(copy, report);
            copy.toFile().deleteOnExit();
            copy.getParent().toFile().deleteOnExit();
            status.accept(documents.openFile(copy, "the report of " + zip.getName()));
        } catch (IOException e) {
            status.accept("Could not write the report of " + zip.getName() + " to open it: " + e.getMessage());
        }
    }

    private void save(Stage owner, String name, byte[] bytes) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save " + name);
        chooser.setInitialFileName(name);
        File target = chooser.showSaveDialog(owner);
        if (target == null) {
            return;
        }
        try {
            Files.write(target.toPath(), bytes);
            status.accept("Saved " + target);
        } catch (IOException e) {
            status.accept("Could not save " + target + ": " + e.getMessage());
        }
    }

    private static <T> TableView<T> table(List<T> rows, List<TableColumn<T, String>> columns) {
        TableView<T> table = new TableView<>(javafx.collections.FXCollections.observableArrayList(rows));
        table.getColumns().addAll(columns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
