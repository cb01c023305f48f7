package dev.clearance.app;

import dev.clearance.cli.DesktopUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells why the desktop toolkit could not start when that is the machine's doing, not a bug: no display,
 * GTK 3 missing, another native library missing or unloadable, no graphics pipeline. JavaFX reports these
 * as {@code UnsupportedOperationException("Unable to open DISPLAY")}, {@code ("Unable to load glass GTK
 * library.")}, or an {@code UnsatisfiedLinkError} ("no glassgtk3 in java.library.path", the real cause
 * printed but not kept), usually wrapped in a {@code RuntimeException} by the launcher.
 */
final class DesktopStartFailure {
    private static final String USE_THE_COMMAND_LINE = "The command line works without a window: bin/clearance --help.";
    /** "…/libglassgtk3.so: libXtst.so.6: cannot open shared object file: …" or "…: /lib/…/libXtst.so.6: file too short". */
    private static final Pattern SHARED_OBJECT = Pattern.compile("(?:^|[:/ ])(lib[A-Za-z0-9_+.-]*?\\.so(?:\\.[0-9]+)*)"
            + ": (cannot open shared object file|file too short|invalid ELF header|wrong ELF class[^:]*|"
            + "undefined symbol[^:]*|cannot map[^:]*)");
    /** The Debian/Ubuntu and Fedora packages of the libraries JavaFX on Linux needs. */
    private static final Map<String, String[]> PACKAGES = Map.ofEntries(
            Map.entry("libgtk-3.so.0", new String[] {"libgtk-3-0", "gtk3"}),
            Map.entry("libgdk-3.so.0", new String[] {"libgtk-3-0", "gtk3"}),
            Map.entry("libXtst.so.6", new String[] {"libxtst6", "libXtst"}),
            Map.entry("libXxf86vm.so.1", new String[] {"libxxf86vm1", "libXxf86vm"}),
            Map.entry("libX11.so.6", new String[] {"libx11-6", "libX11"}),
            Map.entry("libGL.so.1", new String[] {"libgl1", "mesa-libGL"}),
            Map.entry("libglib-2.0.so.0", new String[] {"libglib2.0-0", "glib2"}),
            Map.entry("libgthread-2.0.so.0", new String[] {"libglib2.0-0", "glib2"}),
            Map.entry("libgobject-2.0.so.0", new String[] {"libglib2.0-0", "glib2"}),
            Map.entry("libpango-1.0.so.0", new String[] {"libpango-1.0-0", "pango"}),
            Map.entry("libpangocairo-1.0.so.0", new String[] {"libpangocairo-1.0-0", "pango"}),
            Map.entry("libcairo.so.2", new String[] {"libcairo2", "cairo"}),
            Map.entry("libfreetype.so.6", new String[] {"libfreetype6", "freetype"}),
            Map.entry("libfontconfig.so.1", new String[] {"libfontconfig1", "fontconfig"}));

    private DesktopStartFailure() {
    }

    /**
     * @param failure what starting the toolkit threw
     * @param display the {@code DISPLAY} variable (null or empty when not set)
     * @param glassProbe loads the toolkit's GTK glue once more and returns the {@code UnsatisfiedLinkError}'s
     *                   message naming the library that is missing (null when it loads or cannot be found)
     * @return the explanation, or empty when the failure is not the machine's doing (a bug)
     */
    static Optional<DesktopUnavailableException> classify(Throwable failure, String display, Supplier<String> glassProbe) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("Unable to open DISPLAY")) {
                return Optional.of(noDisplay(display, failure));
            }
            if (message.contains("Unable to load glass GTK library")) {
                return Optional.of(missing("libgtk-3.so.0", "is missing", failure));
            }
            Matcher so = SHARED_OBJECT.matcher(message);
            if (t instanceof UnsatisfiedLinkError && so.find()) {
                return Optional.of(missing(so.group(1), reason(so.group(2)), failure));
            }
            if (t instanceof UnsatisfiedLinkError && message.contains("glassgtk3")) {
                String real = glassProbe.get();
                Matcher probed = real == null ? null : SHARED_OBJECT.matcher(real);
                if (probed != null && probed.find()) {
                    return Optional.of(missing(probed.group(1), reason(probed.group(2)), failure));
                }
                return Optional.of(new DesktopUnavailableException(
                        "the desktop app cannot open a window: the toolkit's GTK 3 library (glassgtk3) could not be loaded ("
                                + message + ").",
                        "Install GTK 3 and the X libraries JavaFX needs:\n  Debian/Ubuntu: sudo apt-get install libgtk-3-0 "
                                + "libxtst6 libxxf86vm1 libgl1\n  Fedora/RHEL:   sudo dnf install gtk3 libXtst libXxf86vm "
                                + "mesa-libGL\nrun with JAVA_OPTS=-Djdk.gtk.verbose=true to see which library fails. "
                                + USE_THE_COMMAND_LINE, failure));
            }
            if (message.contains("no suitable pipeline") || message.contains("Graphics Device initialization failed")) {
                return Optional.of(new DesktopUnavailableException(
                        "the desktop app cannot open a window: no graphics pipeline could start (" + message + ").",
                        "Install OpenGL (Debian/Ubuntu: sudo apt-get install libgl1; Fedora: sudo dnf install mesa-libGL), "
                                + "or use software rendering: JAVA_OPTS=-Dprism.order=sw bin/clearance. "
                                + USE_THE_COMMAND_LINE, failure));
            }
        }
        return Optional.empty();
    }

    private static String reason(String dlerror) {
        return dlerror.startsWith("cannot open shared object file") ? "is missing" : "cannot be loaded (" + dlerror + ")";
    }

    private static DesktopUnavailableException noDisplay(String display, Throwable cause) {
        boolean unset = display == null || display.isBlank();
        String what = unset ? "no display is set (DISPLAY is empty)" : "the display DISPLAY=" + display + " cannot be opened";
        return new DesktopUnavailableException("the desktop app cannot open a window: " + what + ".",
                "Run it in a desktop session, set DISPLAY (e.g. DISPLAY=:0, or ssh -X for a remote one), or run it "
                        + "on a virtual display: xvfb-run bin/clearance. " + USE_THE_COMMAND_LINE, cause);
    }

    private static DesktopUnavailableException missing(String library, String state, Throwable cause) {
        String[] packages = PACKAGES.get(library);
        String what = library.startsWith("libgtk-3") || library.startsWith("libgdk-3")
                ? "the GTK 3 library (" + library + ") " + state
                : "the native library " + library + " " + state;
        String install = packages == null
                ? "Install the package that provides " + library + " (Debian/Ubuntu: apt-file search " + library
                        + "; Fedora/RHEL: dnf provides '*/" + library + "')."
                : (state.equals("is missing") ? "Install it" : "Reinstall it") + ":\n  Debian/Ubuntu: sudo apt-get install "
                        + (state.equals("is missing") ? "" : "--reinstall ") + packages[0]
                        + (packages[0].equals("libgtk-3-0") ? " (Ubuntu 24.04 and later: libgtk-3-0t64)" : "")
                        + "\n  Fedora/RHEL:   sudo dnf install " + packages[1];
        return new DesktopUnavailableException("the desktop app cannot open a window: " + what + ".",
                install + "\n" + USE_THE_COMMAND_LINE, cause);
    }

    /**
     * Loads JavaFX's GTK glue from its cache (where the toolkit unpacked it) to learn which library it lacks;
     * JavaFX prints that but throws only "no glassgtk3 in java.library.path". Null when there is nothing to learn.
     */
    static String probeGlassGtk() {
        String version = System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", ""));
        String arch = System.getProperty("os.arch", "");
        Path lib = Path.of(System.getProperty("user.home", ""), ".openjfx", "cache", version, arch, "libglassgtk3.so");
        if (version.isEmpty() || !Files.isRegularFile(lib)) {
            return null;
        }
        try {
            System.load(lib.toString());
            return null;
        } catch (UnsatisfiedLinkError e) {
            return e.getMessage();
        }
    }
}
