package dev.clearance.ui;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.HostServices;

/**
 * Opens links and files in the system's browser or viewer: JavaFX's {@link HostServices} first, then
 * {@code java.awt.Desktop} where HostServices cannot (no application instance; on Linux, no browser it
 * knows on the PATH), then, on Linux, {@code xdg-open}. Returns false when none could, so the caller
 * can say so. The headless tests use {@link DocumentOpener#NONE}.
 */
public final class SystemDocumentOpener implements DocumentOpener {
    private static final Logger LOG = Logger.getLogger(SystemDocumentOpener.class.getName());
    /** The programs JavaFX's HostServices runs on Linux and BSD, in its order. */
    static final List<String> HOST_SERVICES_BROWSERS = List.of("xdg-open", "google-chrome", "firefox", "opera",
            "konqueror", "mozilla");

    /** One way of opening; false when it cannot here. */
    @FunctionalInterface
    interface Way {
        boolean open(String uri) throws Exception;
    }

    private final List<Way> ways;

    /** @param hostServices the application's, or null when there is no JavaFX application instance */
    public SystemDocumentOpener(HostServices hostServices) {
        this(defaultWays(hostServices, System.getProperty("os.name", ""), System.getenv("PATH")));
    }

    SystemDocumentOpener(List<Way> ways) {
        this.ways = List.copyOf(ways);
    }

    static List<Way> defaultWays(HostServices hostServices, String osName, String path) {
        boolean linux = !osName.startsWith("Windows") && !osName.startsWith("Mac");
        List<Way> ways = new ArrayList<>();
        if (hostServices != null) {
            ways.add(uri -> {
                // HostServices reports nothing when it fails: on Linux it needs `which` and a browser it knows.
                if (linux && !(onPath(path, "which") && HOST_SERVICES_BROWSERS.stream().anyMatch(b -> onPath(path, b)))) {
                    return false;
                }
                hostServices.showDocument(uri);
                return true;
            });
        }
        ways.add(SystemDocumentOpener::awtDesktop);
        if (linux) {
            ways.add(uri -> onPath(path, "xdg-open") && xdgOpen(uri));
        }
        return ways;
    }

    @Override
    public boolean open(String uri) {
        if (uri == null || uri.isBlank()) {
            return false;
        }
        for (Way way : ways) {
            try {
                if (way.open(uri)) {
                    return true;
                }
            } catch (Exception | LinkageError e) {
                LOG.log(Level.FINE, "could not open " + uri + " this way", e);
            }
        }
        return false;
    }

    static boolean onPath(String path, String program) {
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static boolean awtDesktop(String uri) throws Exception {
        if (java.awt.GraphicsEnvironment.isHeadless() || !java.awt.Desktop.isDesktopSupported()) {
            return false;
        }
        java.awt.Desktop desktop = java.awt.Desktop.getDesktop();
        URI target = URI.create(uri);
        if ("file".equals(target.getScheme()) && desktop.isSupported(java.awt.Desktop.Action.OPEN)) {
            desktop.open(new File(target));
            return true;
        }
        if (desktop.isSupported(java.awt.Desktop.Action.BROWSE)) {
            desktop.browse(target);
            return true;
        }
        return false;
    }

    /** xdg-open returns at once with a non-zero code when nothing handles the address; a browser it starts may keep it running. */
    private static boolean xdgOpen(String uri) throws Exception {
        URI target = URI.create(uri);
        String argument = "file".equals(target.getScheme()) ? new File(target).getPath() : uri;
        Process p = new ProcessBuilder("xdg-open", argument).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor(2, TimeUnit.SECONDS)) {
            return p.exitValue() == 0;
        }
        return true;
    }

    /** "file:///tmp/report.pdf" as "/tmp/report.pdf" for people; other addresses as they are. */
    public static String describe(String uri) {
        try {
            URI target = URI.create(uri);
            return "file".equals(target.getScheme()) ? new File(target).getPath() : uri;
        } catch (IllegalArgumentException e) {
            return uri;
        }
    }

    @Override
    public String toString() {
        return "SystemDocumentOpener(" + ways.size() + " ways, " + System.getProperty("os.name", "").toLowerCase(Locale.ROOT) + ")";
    }
}
