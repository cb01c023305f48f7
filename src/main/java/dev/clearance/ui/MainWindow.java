package dev.clearance.ui;

import atlantafx.base.theme.Styles;
import dev.clearance.export.PackageVerifier;
import dev.clearance.ui.review.PackageCheck;
import dev.clearance.ui.review.PackageViewer;
import dev.clearance.ui.review.VerifyPackageAction;
import dev.clearance.ui.start.StartView;
import dev.clearance.ui.workbench.Area;
import dev.clearance.ui.workbench.WorkbenchView;
import dev.clearance.ui.workbench.WorkbenchViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/** The main window: menu bar, the start screen or an open project, and the status bar. */
public final class MainWindow {
    private final MainViewModel model;
    private final FxTaskRunner tasks;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final StartView startView;
    private final Menu recentMenu = new Menu("Open _Recent");

    public MainWindow(Stage stage, MainViewModel model, FxTaskRunner tasks) {
        this.stage = stage;
        this.model = model;
        this.tasks = tasks;
        this.startView = new StartView(model.start(), new StartView.Actions() {
            @Override
            public void openProject(String name) {
                model.openProject(name);
            }

            @Override
            public void importInventory() {
                chooseAndImport();
            }

            @Override
            public void importPath(Path path) {
                model.importPath(path, true);
            }

            @Override
            public void openSample(dev.clearance.domain.SampleProject sample) {
                model.openSample(sample);
            }
        });
        root.setId("main-window");
        root.setTop(menuBar());
        root.setBottom(statusBar());
        root.setCenter(startView);
        model.workbenchProperty().addListener((obs, old, wb) -> showWorkbench(wb));
        model.problemProperty().addListener((obs, old, p) -> {
            if (p != null) {
                showProblem(p);
                model.problemProperty().set(null);
            }
        });
        model.pendingImportProperty().addListener((obs, old, preview) -> {
            if (preview != null) {
                confirmReimport(preview);
            }
        });
        model.pendingOutsideLinksProperty().addListener((obs, old, links) -> {
            if (links != null) {
                confirmOutsideLinks(links);
            }
        });
        enableDrop();
    }

    /** A project folder's file links outside the folder: say where to, and read it only if the user says so. */
    private void confirmOutsideLinks(MainViewModel.OutsideLinks links) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(stage);
        alert.setTitle("Files outside the project folder");
        alert.setHeaderText(links.message());
        alert.setContentText(String.join("\n", links.links()) + "\n\nA project folder is read only from within "
                + "itself. Read the linked " + (links.links().size() == 1 ? "file" : "files") + " anyway?");
        javafx.scene.control.ButtonType read = new javafx.scene.control.ButtonType("Read anyway",
                javafx.scene.control.ButtonBar.ButtonData.OTHER);
        javafx.scene.control.ButtonType dont = new javafx.scene.control.ButtonType("Don't read",
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(read, dont);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(read)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(dont)).setDefaultButton(true);
        alert.getDialogPane().setId("outside-links-dialog");
        alert.showAndWait().filter(read::equals).ifPresentOrElse(b -> model.readOutsideLinksAnyway(),
                model::declineOutsideLinks);
    }

    /** A re-import changes an existing project: say what it will do and let the user decide. */
    private void confirmReimport(ProjectImporter.Preview preview) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(stage);
        alert.setTitle("Re-import inventory");
        alert.setHeaderText(preview.summary());
        alert.setContentText("Datasets are matched by id. Reviewer work on datasets that stay is kept; datasets "
                + "no longer listed are marked removed, not deleted.");
        javafx.scene.control.ButtonType go = new javafx.scene.control.ButtonType("Re-import",
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(go, javafx.scene.control.ButtonType.CANCEL);
        if (!preview.warnings().isEmpty()) {
            TextArea details = new TextArea(String.join("\n", preview.warnings()));
            details.setEditable(false);
            details.setWrapText(true);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.showAndWait().filter(go::equals).ifPresentOrElse(b -> model.confirmImport(), model::cancelImport);
    }

    public void show() {
        Scene scene = new Scene(root, 1280, 800);
        model.themeProperty().get().apply(scene);
        model.themeProperty().addListener((obs, old, t) -> t.apply(scene));
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            WorkbenchViewModel wb = model.workbenchProperty().get();
            return wb == null ? "Clearance" : wb.project().name() + " — Clearance";
        }, model.workbenchProperty()));
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            var icon = MainWindow.class.getResource("/assets/icons/clearance-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.show();
    }

    public BorderPane root() {
        return root;
    }

    private void showWorkbench(WorkbenchViewModel wb) {
        root.setCenter(wb == null ? startView : new WorkbenchView(wb, model::closeProject, model.statusProperty()::set));
    }

    private MenuBar menuBar() {
        MenuItem importItem = item("_Import Inventory…", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                this::chooseAndImport);
        MenuItem importFolder = item("Import Project _Folder…",
                new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::chooseFolderAndImport);
        Menu samples = new Menu("Open _Sample Project");
        for (var s : model.start().samples()) {
            MenuItem m = new MenuItem(s.title());
            m.setOnAction(e -> model.openSample(s));
            samples.getItems().add(m);
        }
        samples.setDisable(samples.getItems().isEmpty());
        recentMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuItem close = item("_Close Project", new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN),
                model::closeProject);
        close.disableProperty().bind(model.workbenchProperty().isNull());
        MenuItem quit = item("_Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), Platform::exit);
        VerifyPackageAction verify = new VerifyPackageAction(new PackageCheck(new PackageVerifier(), tasks),
                model.statusProperty()::set);
        MenuItem verifyItem = new MenuItem("_Verify Review Package…");
        verifyItem.setId("verify-package-menu");
        verifyItem.setOnAction(e -> verify.run(stage));
        PackageViewer viewer = new PackageViewer(new PackageCheck(new PackageVerifier(), tasks), model.statusProperty()::set,
                model.services().documents());
        MenuItem openPackage = new MenuItem("_Open Review Package (read-only)…");
        openPackage.setId("open-package-menu");
        openPackage.setOnAction(e -> viewer.run(stage));
        Menu file = new Menu("_File", null, importItem, importFolder, samples, recentMenu, new SeparatorMenuItem(),
                openPackage, verifyItem, new SeparatorMenuItem(), close, new SeparatorMenuItem(), quit);

        CheckMenuItem dark = new CheckMenuItem("_Dark Theme");
        dark.setId("dark-theme-toggle");
        dark.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.setSelected(model.themeProperty().get() == Theme.DARK);
        dark.setOnAction(e -> model.themeProperty().set(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        model.themeProperty().addListener((obs, old, t) -> dark.setSelected(t == Theme.DARK));
        Menu view = new Menu("_View", null, dark, new SeparatorMenuItem());
        int n = 1;
        for (Area area : Area.values()) {
            MenuItem go = item(area.title(), new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(n++)),
                    KeyCombination.SHORTCUT_DOWN), () -> model.workbenchProperty().get().areaProperty().set(area));
            go.disableProperty().bind(model.workbenchProperty().isNull());
            view.getItems().add(go);
        }

        MenuItem undo = item("_Undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                () -> model.workbenchProperty().get().history().undo());
        MenuItem redo = item("_Redo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> model.workbenchProperty().get().history().redo());
        undo.setDisable(true);
        redo.setDisable(true);
        model.workbenchProperty().addListener((obs, old, wb) -> {
            undo.disableProperty().unbind();
            redo.disableProperty().unbind();
            undo.textProperty().unbind();
            redo.textProperty().unbind();
            if (wb == null) {
                undo.setDisable(true);
                redo.setDisable(true);
                undo.setText("Undo");
                redo.setText("Redo");
            } else {
                undo.disableProperty().bind(wb.history().canUndoProperty().not());
                redo.disableProperty().bind(wb.history().canRedoProperty().not());
                undo.textProperty().bind(wb.history().undoTextProperty());
                redo.textProperty().bind(wb.history().redoTextProperty());
            }
        });
        Menu edit = new Menu("_Edit", null, undo, redo);

        MenuItem otaUpdate = new MenuItem("_Update from Open Terms Archive…");
        otaUpdate.setId("ota-update-menu");
        otaUpdate.setDisable(model.services().termsSync() == null);
        otaUpdate.setOnAction(e -> showOtaUpdate());
        Menu termsMenu = new Menu("_Terms", null, otaUpdate);

        MenuItem about = item("_About Clearance", new KeyCodeCombination(KeyCode.F1), this::showAbout);
        Menu help = new Menu("_Help", null, about);
        MenuBar bar = new MenuBar(file, edit, view, termsMenu, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** Terms › Update from Open Terms Archive…; a project that is open is assessed again after new versions. */
    private void showOtaUpdate() {
        var viewModel = new dev.clearance.ui.terms.OtaUpdateViewModel(model.services().termsSync(), tasks, result -> {
            var workbench = model.workbenchProperty().get();
            if (workbench != null) {
                workbench.assess();
            }
            model.statusProperty().set(result.report().versions().size() + " terms version(s) stored from "
                    + result.report().repository());
        });
        new dev.clearance.ui.terms.OtaUpdateDialog(stage, viewModel).show();
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (String path : model.start().recentFiles()) {
            MenuItem m = new MenuItem(path);
            m.setMnemonicParsing(false);
            m.setOnAction(e -> model.importPath(Path.of(path), true));
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(model.statusProperty());
        Label db = new Label("Database: " + model.services().databaseLocation() + " · schema v"
                + model.services().schemaVersion());
        db.getStyleClass().add(Styles.TEXT_SMALL);
        Label queue = taskQueueLabel();
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-task");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        cancel.visibleProperty().bind(tasks.runningProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        // Only the task that runs is asked to stop; the ones waiting behind it then run as before.
        cancel.disableProperty().bind(tasks.cancellingProperty().isNotNull());
        cancel.setOnAction(e -> {
            Task<?> t = tasks.cancelRunning();
            if (t != null) {
                model.statusProperty().set("Cancelling " + t.getTitle() + "…");
            }
        });
        Hyperlink warnings = new Hyperlink();
        warnings.setId("import-warnings");
        warnings.textProperty().bind(Bindings.createStringBinding(() -> {
            var w = model.warningsProperty().get();
            return w == null ? "" : w.details().size() + (w.details().size() == 1 ? " warning…" : " warnings…");
        }, model.warningsProperty()));
        warnings.visibleProperty().bind(model.warningsProperty().isNotNull());
        warnings.managedProperty().bind(warnings.visibleProperty());
        warnings.setOnAction(e -> showProblem(model.warningsProperty().get()));
        warnings.setPadding(new javafx.geometry.Insets(0, 12, 0, 0));
        bar.getRightItems().addAll(warnings, queue, cancel, db);
        javafx.beans.value.ChangeListener<String> showMessage = (o, a, msg) -> {
            if (msg != null && !msg.isEmpty() && tasks.cancellingProperty().get() == null) {
                model.statusProperty().set(msg);
            }
        };
        tasks.runningProperty().addListener((obs, old, task) -> {
            bar.progressProperty().unbind();
            if (old != null) {
                old.messageProperty().removeListener(showMessage);
            }
            if (task == null) {
                bar.setProgress(0);
                // A finished task's last message would otherwise stay as if it were still running.
                if (old != null && old.getMessage() != null && old.getMessage().equals(model.statusProperty().get())) {
                    model.statusProperty().set("Ready");
                }
            } else {
                bar.progressProperty().bind(task.progressProperty());
                task.messageProperty().addListener(showMessage);
                showMessage.changed(task.messageProperty(), null, task.getMessage());
            }
        });
        return bar;
    }

    /** "Running: Importing x · 2 waiting" beside Cancel; the tooltip names the waiting tasks in order. */
    private Label taskQueueLabel() {
        Label queue = new Label();
        queue.setId("task-queue");
        queue.getStyleClass().add(Styles.TEXT_SMALL);
        queue.setPadding(new javafx.geometry.Insets(0, 6, 0, 10));
        queue.textProperty().bind(Bindings.createStringBinding(() -> {
            Task<?> run = tasks.runningProperty().get();
            int n = tasks.waiting().size();
            String wait = n == 0 ? "" : n + " waiting";
            if (run == null) {
                return wait;
            }
            String now = (tasks.cancellingProperty().get() == run ? "Cancelling: " : "Running: ") + run.getTitle();
            return wait.isEmpty() ? now : now + " · " + wait;
        }, tasks.runningProperty(), tasks.waiting(), tasks.cancellingProperty()));
        queue.visibleProperty().bind(tasks.busy());
        queue.managedProperty().bind(queue.visibleProperty());
        javafx.scene.control.Tooltip waitingList = new javafx.scene.control.Tooltip();
        waitingList.textProperty().bind(Bindings.createStringBinding(() -> {
            StringBuilder b = new StringBuilder();
            int i = 1;
            for (Task<?> t : tasks.waiting()) {
                b.append(b.length() == 0 ? "Waiting, in order:\n" : "\n").append(i++).append(". ").append(t.getTitle());
            }
            return b.length() == 0 ? "Nothing waits." : b.toString();
        }, tasks.waiting()));
        queue.setTooltip(waitingList);
        return queue;
    }

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import inventory");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Inventories (*.csv, *.json, *.yaml, *.yml, *.xlsx)",
                        "*.csv", "*.json", "*.yaml", "*.yml", "*.xlsx"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            model.importPath(file.toPath(), true);
        }
    }

    private void chooseFolderAndImport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a project folder (project.yaml + inventory)");
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            model.importPath(folder.toPath(), true);
        }
    }

    /** Dropping a file or folder anywhere on the window imports it. */
    private void enableDrop() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && files.size() == 1;
            if (ok) {
                model.importPath(files.get(0).toPath(), true);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void showProblem(MainViewModel.Problem p) {
        Alert alert = new Alert(p.title().contains("warnings") ? Alert.AlertType.WARNING : Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(p.title());
        alert.setHeaderText(p.title());
        alert.setContentText(p.message());
        if (!p.details().isEmpty()) {
            TextArea details = new TextArea(String.join("\n", p.details()));
            details.setEditable(false);
            details.setWrapText(true);
            details.setPrefRowCount(Math.min(14, p.details().size() + 1));
            details.setId("problem-details");
            alert.getDialogPane().setExpandableContent(details);
            alert.getDialogPane().setExpanded(true);
        }
        alert.show();
    }

    private void showAbout() {
        new AboutDialog(stage, model.services()).show();
    }
}
