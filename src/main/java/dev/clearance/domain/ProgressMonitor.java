package dev.clearance.domain;

/**
 * Lets long work report how far it got and lets the caller ask it to stop. A service may call it
 * from a worker thread of its own, so implementations must be thread-safe (a JavaFX {@code Task}'s
 * {@code updateProgress} and a volatile cancel flag are); tests use {@link #NONE}.
 */
public interface ProgressMonitor {
    /** A monitor that ignores progress and never cancels. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void progress(long done, long total, String message) {
            // Nobody is watching.
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Reports progress.
     *
     * @param done    units of work finished so far
     * @param total   units of work in all, or -1 when not known
     * @param message what is being done, for people
     */
    void progress(long done, long total, String message);

    /** True once the user asked to stop; the work then throws {@link CancelledException} and leaves no partial result. */
    boolean isCancelled();

    /** Throws {@link CancelledException} when cancellation was requested. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException("Cancelled by the user; nothing was changed.");
        }
    }
}
