package dev.clearance.terms;

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
        String prop = System.getProperty("clearance.fixtures");
        List<Path> candidates = prop != null && !prop.isBlank() ? List.of(Path.of(prop))
                : List.of(Path.of(System.getProperty("user.dir")).resolve("../shared/fixtures/terms-versions").normalize(),
                          Path.of("/work/shared/fixtures/terms-versions"));
        return candidates.stream().filter(Files::isDirectory).findFirst().orElseThrow(() -> new IllegalStateException(
                "Terms fixtures not found; looked in " + candidates + ". Set -Dclearance.fixtures=PATH."));
    }

    static Path path(String name) {
        Path p = dir().resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("Fixture " + p + " does not exist");
        }
        return p;
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
