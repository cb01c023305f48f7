package dev.clearance.ui;

import dev.clearance.domain.ProgressMonitor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs service calls for view models: off the JavaFX thread in the app ({@link FxTaskRunner}), on
 * the calling thread in tests ({@link #IMMEDIATE}). Callbacks run on the JavaFX thread in the app.
 */
public interface TaskRunner {
    <T> void run(String title, Function<ProgressMonitor, T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs everything at once on the caller's thread: deterministic tests of view models. */
    TaskRunner IMMEDIATE = new TaskRunner() {
        @Override
        public <T> void run(String title, Function<ProgressMonitor, T> work, Consumer<T> onSuccess,
                            Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.apply(ProgressMonitor.NONE);
            } catch (RuntimeException e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    };
}
