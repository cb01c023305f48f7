package dev.clearance.ui;

import java.nio.file.Path;

/**
 * Opens a link or file in the system's browser or viewer ({@link SystemDocumentOpener} in the app); the
 * headless tests have none and use {@link #NONE}.
 */
@FunctionalInterface
public interface DocumentOpener {
    DocumentOpener NONE = uri -> false;

    /** @return false when there is no viewer to open it */
    boolean open(String uri);

    /**
     * Opens a file and says how it went, naming the file: "Opened … in the system viewer", or that nothing
     * could open it and where it is.
     */
    default String openFile(Path file, String what) {
        Path absolute = file.toAbsolutePath();
        return open(absolute.toUri().toString())
                ? "Opened " + what + " (" + absolute + ") in the system viewer."
                : "No viewer could open " + what + ": it is at " + absolute + "; open it from there.";
    }
}
