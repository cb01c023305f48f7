package dev.clearance.ui;

import dev.clearance.domain.CancelledException;
import dev.clearance.domain.ProgressMonitor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Runs work as JavaFX {@link Task}s, one at a time on one background thread, in the order asked. The task
 * that is running drives the status bar; the others wait in {@link #waiting()}. {@link #cancelRunning()}
 * asks the running task, and only that one, to stop: the work sees it through its monitor's
 * {@code isCancelled()}, stops at its next check and leaves nothing half-written (the thread is not
 * interrupted, so a database write in progress is never cut off). All state changes on the JavaFX thread.
 */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "clearance-worker");
        t.setDaemon(true);
        return t;
    });
    private final ObjectProperty<Task<?>> running = new SimpleObjectProperty<>();
    private final ObservableList<Task<?>> waiting = FXCollections.observableArrayList();
    private final ObjectProperty<Task<?>> cancelling = new SimpleObjectProperty<>();

    /** The task in progress, or null. */
    public ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return running;
    }

    /** The tasks asked for and not yet started, first to run first (read-only). */
    public ObservableList<Task<?>> waiting() {
        return FXCollections.unmodifiableObservableList(waiting);
    }

    /** True while a task runs or waits. */
    public BooleanBinding busy() {
        return running.isNotNull().or(Bindings.isNotEmpty(waiting));
    }

    /** The running task once it was asked to stop and until it has; null otherwise. */
    public ReadOnlyObjectProperty<Task<?>> cancellingProperty() {
        return cancelling;
    }

    /**
     * Asks the task that is running to stop; the waiting ones then run as before. Does nothing when none
     * runs. Call on the JavaFX thread.
     *
     * @return the task asked to stop, or null
     */
    public Task<?> cancelRunning() {
        Task<?> task = running.get();
        if (task instanceof Job<?> job) {
            job.cancelRequested = true;
            cancelling.set(job);
        }
        return task;
    }

    @Override
    public <T> void run(String title, Function<ProgressMonitor, T> work, Consumer<T> onSuccess,
                        Consumer<Throwable> onFailure) {
        Job<T> task = new Job<>(title, work);
        task.setOnRunning(e -> {
            waiting.remove(task);
            running.set(task);
        });
        task.setOnSucceeded(e -> {
            finished(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            Throwable failure = task.getException();
            if (task.cancelRequested && failure instanceof CancelledException) {
                failure = new CancelledException(title + " cancelled; nothing was saved.");
            }
            onFailure.accept(failure);
        });
        task.setOnCancelled(e -> {
            finished(task);
            onFailure.accept(new CancelledException(title + " cancelled; nothing was saved."));
        });
        if (Platform.isFxApplicationThread()) {
            waiting.add(task);
            executor.submit(task);
        } else {
            // Keep the queue on the JavaFX thread, in the order asked.
            Platform.runLater(() -> {
                waiting.add(task);
                executor.submit(task);
            });
        }
    }

    private void finished(Task<?> task) {
        waiting.remove(task);
        if (running.get() == task) {
            running.set(null);
        }
        if (cancelling.get() == task) {
            cancelling.set(null);
        }
    }

    public void shutdown() {
        executor.shutdownNow();
    }

    /** A task with its own cancel flag, which only {@link #cancelRunning()} sets. */
    private static final class Job<T> extends Task<T> {
        private final String name;
        private final Function<ProgressMonitor, T> work;
        private volatile boolean cancelRequested;

        Job(String name, Function<ProgressMonitor, T> work) {
            this.name = name;
            this.work = work;
            updateTitle(name);
        }

        @Override
        protected T call() {
            updateMessage(name + "…");
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
                    return cancelRequested || Job.this.isCancelled();
                }
            });
        }
    }
}
