package dev.clearance.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real terms texts shared with the project (Open Terms Archive, ODC-By 1.0, see their ATTRIBUTION.md):
 * {@code -Dclearance.fixtures=PATH}, else {@code ../shared/fixtures/terms-versions} beside the working
 * directory (the CI layout), else {@code /work/shared/fixtures/terms-versions}. Fails clearly when none
 * exists: no test is skipped for want of them.
 */
public final class SharedTermsTexts {
    private SharedTermsTexts() {
    }

    public static Path dir() {
        String prop = System.getProperty("clearance.fixtures");
        List<Path> candidates = prop != null && !prop.isBlank() ? List.of(Path.of(prop))
                : List.of(Path.of(System.getProperty("user.dir")).resolve("../shared/fixtures/terms-versions").normalize(),
                          Path.of("/work/shared/fixtures/terms-versions"));
        return candidates.stream().filter(Files::isDirectory).findFirst().orElseThrow(() -> new IllegalStateException(
                "Terms fixtures not found; looked in " + candidates + ". Set -Dclearance.fixtures=PATH."));
    }

    /** One fixture file, e.g. {@code openai-terms-of-service@2023-11-14.md}; it must exist. */
    public static Path file(String name) {
        Path p = dir().resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("Fixture " + p + " does not exist");
        }
        return p;
    }
}
