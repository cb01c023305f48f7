package dev.clearance.domain;

/** Reports progress of long work and tells it when the user cancelled. */
public interface ProgressMonitor {
    /** A monitor that reports nowhere and never cancels. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param total -1 when unknown */
    void progress(long done, long total, String message);

    boolean isCancelled();
}
