package dev.clearance.ui;

import dev.clearance.domain.StorageException;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The JavaFX application. {@link #launch(Supplier)} hands it the services, opened on the toolkit
 * thread so that a database problem becomes a dialog rather than a stack trace.
 */
public final class ClearanceApplication extends Application {
    private static Function<DocumentOpener, UiServices> servicesSupplier;
    private static Runnable onExit = () -> { };
    private FxTaskRunner tasks;

    /**
     * Starts the desktop app and blocks until its window closes.
     *
     * @param services the services, given the opener of links and files (the system's browser and viewer)
     */
    public static void launch(Function<DocumentOpener, UiServices> services, Runnable onExitHook) {
        servicesSupplier = services;
        onExit = onExitHook;
        Application.launch(ClearanceApplication.class);
    }

    /** For tests: prepares the services for {@link #start(Stage)} without launching the toolkit. */
    public static void prepare(Supplier<UiServices> services) {
        servicesSupplier = documents -> services.get();
    }

    @Override
    public void start(Stage stage) {
        UiServices services;
        try {
            services = servicesSupplier.apply(new SystemDocumentOpener(getHostServices()));
        } catch (StorageException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setTitle("Clearance cannot open its database");
            alert.setHeaderText("Clearance cannot open its database");
            alert.setContentText(e.getMessage() + "\n\n" + e.hint());
            alert.showAndWait();
            Platform.exit();
            return;
        }
        tasks = new FxTaskRunner();
        MainViewModel model = new MainViewModel(services, tasks);
        new MainWindow(stage, model, tasks).show();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
        onExit.run();
    }
}
