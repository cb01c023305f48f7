package dev.clearance.ui;

import dev.clearance.domain.ProgressMonitor;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports an inventory file or project folder: first a preview that reads and validates everything
 * and writes nothing, then the commit. The app adapts the inventory service to it.
 */
public interface ProjectImporter {
    /**
     * Reads and validates; writes nothing.
     *
     * @throws ImportRefusedException when the input is bad
     */
    Preview preview(Path fileOrFolder, String projectNameOrNull, ProgressMonitor monitor);

    /**
     * As {@link #preview(Path, String, ProgressMonitor)}; with {@code readLinksOutside} it also reads a project
     * folder's files that are links to files outside the folder (the user agreed), which are otherwise refused
     * with {@link LinksOutsideFolderException}.
     */
    default Preview preview(Path fileOrFolder, String projectNameOrNull, boolean readLinksOutside, ProgressMonitor monitor) {
        return preview(fileOrFolder, projectNameOrNull, monitor);
    }

    /** Carries out a preview in one transaction. */
    ImportOutcome commit(Preview preview, ProgressMonitor monitor);

    /**
     * What an import would do.
     *
     * @param token      the importer's own preview, handed back to {@link #commit}
     * @param newProject false for a re-import into an existing project
     * @param summary    e.g. "Re-import into "Acme": 3 added, 2 changed, 1 removed"
     */
    record Preview(Object token, String projectName, boolean newProject, String summary, List<String> warnings) {
    }

    /** What an import did, in words for the status bar, and the project it went into. */
    record ImportOutcome(String projectName, String summary, List<String> warnings) {
    }

    /**
     * A project folder's file links to a file outside the folder: nothing was read; the user may choose to
     * read it anyway.
     *
     * @param links one line per file: which file, and the real file it leads to
     */
    final class LinksOutsideFolderException extends ImportRefusedException {
        private static final long serialVersionUID = 1L;

        public LinksOutsideFolderException(String message, List<String> links) {
            super(message, links);
        }
    }

    /** Bad input: every problem found, each naming file, line and field; nothing was written. */
    class ImportRefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<String> problems;

        public ImportRefusedException(String message, List<String> problems) {
            super(message);
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
