package dev.clearance.terms;

import dev.clearance.testing.TestTermsTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The terms-version fixtures in {@code src/test/resources/terms-versions} (see {@link TestTermsTexts}).
 * Fails clearly when one is missing; nothing is skipped.
 */
final class Fixtures {
    private Fixtures() {
    }

    static Path dir() {
        return TestTermsTexts.dir();
    }

    static Path path(String name) {
        return TestTermsTexts.file(name);
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
