package dev.clearance.ui;

import dev.clearance.domain.ProgressMonitor;
import java.nio.file.Path;

/** Imports an inventory file or project folder into the database; the app adapts the inventory service. */
public interface ProjectImporter {
    /**
     * Imports and returns the project's name.
     *
     * @throws ImportRefusedException when the input is bad; nothing was written
     */
    ImportOutcome importPath(Path fileOrFolder, String projectNameOrNull, ProgressMonitor monitor);

    /** What an import did, in words for the status bar, and the project it went into. */
    record ImportOutcome(String projectName, String summary, java.util.List<String> warnings) {
    }

    /** Bad input: every problem found, each naming file, line and field. */
    final class ImportRefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final java.util.List<String> problems;

        public ImportRefusedException(String message, java.util.List<String> problems) {
            super(message);
            this.problems = java.util.List.copyOf(problems);
        }

        public java.util.List<String> problems() {
            return problems;
        }
    }
}
