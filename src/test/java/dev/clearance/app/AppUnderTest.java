package dev.clearance.app;

import dev.clearance.terms.AddRequest;
import dev.clearance.ui.UiServices;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The desktop app's services wired exactly as {@link Main} wires them, on a database of the test's own, for
 * UI tests outside this package (the workspace itself stays package-private).
 */
public final class AppUnderTest implements AutoCloseable {
    private final Workspace workspace;

    public AppUnderTest(Path database) {
        this.workspace = new Workspace(database);
    }

    public UiServices services() {
        return Main.uiServices(workspace);
    }

    /** Adds a text from {@code src/test/resources/terms-versions} as a stored version, as {@code terms add} does. */
    public void addTermsVersion(String fixture, String documentId, LocalDate effectiveOn) {
        workspace.terms().addVersion(AddRequest.of(NewTermsVersionTest.fixture(fixture), documentId, effectiveOn, ""));
    }

    @Override
    public void close() {
        workspace.close();
    }
}
