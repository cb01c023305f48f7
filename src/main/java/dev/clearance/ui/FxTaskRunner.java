package dev.clearance.ui;

import dev.clearance.domain.ProgressMonitor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;

/** Runs work as a JavaFX {@link Task} on one background thread; the running task drives the status bar. */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "clearance-worker");
        t.setDaemon(true);
        return t;
    });
    private final ObjectProperty<Task<?>> running = new SimpleObjectProperty<>();

    /** The task in progress, or null. */
    public ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return running;
    }

    @Override
    public <T> void run(String title, Function<ProgressMonitor, T> work, Consumer<T> onSuccess,
                        Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                updateTitle(title);
                updateMessage(title + "…");
                Task<T> self = this;
                return work.apply(new ProgressMonitor() {
                    @Override
                    public void progress(long done, long total, String message) {
                        updateProgress(done, total);
                        if (message != null) {
                            updateMessage(message);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> {
            running.set(null);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.set(null);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            running.set(null);
            onFailure.accept(new dev.clearance.domain.CancelledException(title + " cancelled; nothing was saved."));
        });
        running.set(task);
        executor.submit(task);
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
