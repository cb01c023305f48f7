package dev.clearance.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.cli.DesktopUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up failures of the toolkit that are the machine's doing get a message saying what is missing and
 * what to install; anything else stays a bug. The messages are JavaFX 21's, as seen on Linux (a display
 * not set, libgtk-3.so.0 absent, libXtst.so.6 absent or broken).
 */
class DesktopStartFailureTest {
    private static Optional<DesktopUnavailableException> classify(Throwable t) {
        return DesktopStartFailure.classify(t, null, () -> null);
    }

    @Test
    void noDisplaySaysSoAndWhatToDoInstead() {
        var explained = DesktopStartFailure.classify(new UnsupportedOperationException("Unable to open DISPLAY"), "",
                () -> null).orElseThrow();
        assertEquals("the desktop app cannot open a window: no display is set (DISPLAY is empty).", explained.getMessage());
        assertTrue(explained.hint().contains("set DISPLAY"), explained.hint());
        assertTrue(explained.hint().contains("xvfb-run bin/clearance"), explained.hint());
        assertTrue(explained.hint().contains("bin/clearance --help"), explained.hint());

        var remote = DesktopStartFailure.classify(new UnsupportedOperationException("Unable to open DISPLAY"), ":5",
                () -> null).orElseThrow();
        assertEquals("the desktop app cannot open a window: the display DISPLAY=:5 cannot be opened.", remote.getMessage());
    }

    @Test
    void gtkThatCannotBeFoundNamesTheLibraryAndThePackage() {
        var explained = classify(new UnsupportedOperationException("Unable to load glass GTK library.")).orElseThrow();
        assertEquals("the desktop app cannot open a window: the GTK 3 library (libgtk-3.so.0) is missing.",
                explained.getMessage());
        assertTrue(explained.hint().contains("sudo apt-get install libgtk-3-0"), explained.hint());
        assertTrue(explained.hint().contains("sudo dnf install gtk3"), explained.hint());
    }

    @Test
    void aMissingDependencyOfTheGtkGlueIsNamedFromTheLinkError() {
        // As the launcher throws it: wrapped, the real dlopen message in the error itself.
        RuntimeException thrown = new RuntimeException("Application launch error", new UnsatisfiedLinkError(
                "/root/.openjfx/cache/21.0.11+4/amd64/libglassgtk3.so: libXtst.so.6: cannot open shared object file: "
                        + "No such file or directory"));
        var explained = classify(thrown).orElseThrow();
        assertEquals("the desktop app cannot open a window: the native library libXtst.so.6 is missing.",
                explained.getMessage());
        assertTrue(explained.hint().contains("sudo apt-get install libxtst6"), explained.hint());
        assertTrue(explained.getCause() == thrown, "the original failure is kept as the cause");
    }

    @Test
    void whenJavaFxKeepsOnlyNoGlassgtk3TheProbeFindsTheLibrary() {
        RuntimeException thrown = new RuntimeException(new UnsatisfiedLinkError(
                "no glassgtk3 in java.library.path: /usr/java/packages/lib:/usr/lib/x86_64-linux-gnu/jni:/lib"));
        var explained = DesktopStartFailure.classify(thrown, ":0", () -> "/root/.openjfx/cache/21.0.11+4/amd64/"
                + "libglassgtk3.so: /lib/x86_64-linux-gnu/libXtst.so.6: file too short").orElseThrow();
        assertEquals("the desktop app cannot open a window: the native library libXtst.so.6 cannot be loaded "
                + "(file too short).", explained.getMessage());
        assertTrue(explained.hint().contains("sudo apt-get install --reinstall libxtst6"), explained.hint());

        var unknown = classify(thrown).orElseThrow();
        assertTrue(unknown.getMessage().contains("glassgtk3"), unknown.getMessage());
        assertTrue(unknown.hint().contains("sudo apt-get install libgtk-3-0"), unknown.hint());
    }

    @Test
    void aRealLinkErrorFromTheJvmIsRead(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("libgtk-3.so.0"), "not a shared object, but long enough for an ELF header");
        UnsatisfiedLinkError real = assertThrows(UnsatisfiedLinkError.class, () -> System.load(broken.toString()));
        var explained = classify(new RuntimeException("Application launch error", real)).orElseThrow(
                () -> new AssertionError("not recognised: " + real.getMessage()));
        assertTrue(explained.getMessage().startsWith(
                "the desktop app cannot open a window: the GTK 3 library (libgtk-3.so.0) cannot be loaded"),
                explained.getMessage() + " from " + real.getMessage());
    }

    @Test
    void anUnknownLibraryGetsAWayToFindItsPackage() {
        var explained = classify(new UnsatisfiedLinkError(
                "/opt/x/libglassgtk3.so: libfoo.so.3: cannot open shared object file: No such file or directory")).orElseThrow();
        assertEquals("the desktop app cannot open a window: the native library libfoo.so.3 is missing.",
                explained.getMessage());
        assertTrue(explained.hint().contains("apt-file search libfoo.so.3"), explained.hint());
    }

    @Test
    void anythingElseIsABug() {
        assertTrue(classify(new IllegalStateException("Toolkit already initialized")).isEmpty());
        assertTrue(classify(new NullPointerException()).isEmpty());
        assertTrue(classify(new UnsatisfiedLinkError("'void dev.x.Native.call()'")).isEmpty());
    }
}
