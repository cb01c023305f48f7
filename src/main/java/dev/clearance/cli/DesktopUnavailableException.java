package dev.clearance.cli;

/**
 * The desktop app cannot open its window on this machine: no display, or a native library the toolkit
 * needs is missing. Not a bug: the message says what is missing, the hint what to install or do; the
 * command line prints both and exits {@link ExitCode#DESKTOP_UNAVAILABLE}.
 */
public final class DesktopUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String hint;

    public DesktopUnavailableException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
