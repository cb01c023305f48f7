package dev.clearance.terms;

import dev.clearance.testing.SharedTermsTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared terms-version fixtures: system property {@code clearance.fixtures}, else
 * {@code ../shared/fixtures/terms-versions} beside the working directory (CI layout), else
 * {@code /work/shared/fixtures/terms-versions}. Fails clearly when none exists; nothing is skipped.
 */
final class Fixtures {
    private Fixtures() {
    }

    static Path dir() {
        return SharedTermsTexts.dir();
    }

    static Path path(String name) {
        return SharedTermsTexts.file(name);
    }

    static String read(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fixture file names (e.g. {@code openai-terms-of-service@2023-10-16.md}), sorted. */
    static List<String> names() {
        try (Stream<Path> s = Files.list(dir())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && n.contains("@"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
