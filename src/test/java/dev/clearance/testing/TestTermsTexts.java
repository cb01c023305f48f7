package dev.clearance.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real terms texts the tests read (Open Terms Archive, ODC-By 1.0, see their ATTRIBUTION.md), kept in
 * the repository under {@code src/test/resources/terms-versions} and read from the test classpath, so the
 * tests need nothing outside the checkout.
 */
public final class TestTermsTexts {
    /** The classpath folder of the texts. */
    public static final String RESOURCE = "/terms-versions";

    private TestTermsTexts() {
    }

    public static Path dir() {
        URL url = TestTermsTexts.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("Terms texts not found on the test classpath at " + RESOURCE
                    + " (src/test/resources/terms-versions)");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Bad classpath location " + url, e);
        }
    }

    /** One text, e.g. {@code openai-terms-of-service@2023-11-14.md}; it must exist. */
    public static Path file(String name) {
        Path p = dir().resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("Terms text " + p + " does not exist");
        }
        return p;
    }
}
