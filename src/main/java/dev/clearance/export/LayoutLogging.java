package dev.clearance.export;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends openhtmltopdf's messages to java.util.logging (where the app's logging configuration applies)
 * instead of its own console handler, which would print progress chatter into command output.
 */
final class LayoutLogging implements XRLogger {
    private static boolean installed;

    static synchronized void install() {
        if (!installed) {
            XRLog.setLoggerImpl(new LayoutLogging());
            installed = true;
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        Logger.getLogger(where).log(level, msg);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger.getLogger(where).log(level, msg, th);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // The application's logging configuration decides levels.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger("com.openhtmltopdf").isLoggable(diagnostic.getLevel());
    }
}
