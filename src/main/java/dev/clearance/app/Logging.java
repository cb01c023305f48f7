package dev.clearance.app;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Libraries log through SLF4J into java.util.logging. Only warnings reach stderr, so the command
 * line's output stays the product's own; {@code -Dclearance.log=FINE} shows more.
 */
final class Logging {
    /** Held, so that the level set on it stays: java.util.logging keeps loggers only weakly. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private Logging() {
    }

    static void configure() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        LogManager.getLogManager().reset();
        Level level = Level.parse(System.getProperty("clearance.log", "WARNING"));
        Logger root = Logger.getLogger("");
        java.util.logging.ConsoleHandler handler = new java.util.logging.ConsoleHandler();
        handler.setLevel(level);
        // A disk that refuses a write is reported once, in words, by the command or the window that hit it;
        // the libraries' stack traces of the same failure (Flyway logs each one it sees) would bury that.
        if (level.intValue() >= Level.WARNING.intValue()) {
            handler.setFilter(record -> record.getThrown() == null
                    || dev.clearance.domain.DiskFailure.in(record.getThrown()).isEmpty());
        }
        root.addHandler(handler);
        root.setLevel(level);
        // JavaFX warns about running from the class path; the launcher uses the module path for it.
        JAVAFX.setLevel(Level.SEVERE);
    }
}
