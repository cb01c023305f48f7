package dev.clearance.annotation;

import dev.clearance.domain.terms.TermsRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shared real terms texts (Open Terms Archive, ODC-By 1.0): {@code -Dclearance.fixtures}, else
 * {@code ../shared/fixtures/terms-versions} beside the working directory, else
 * {@code /work/shared/fixtures/terms-versions}. Each file {@code <document>@<date>.md} is read as the stored
 * full text of that version. Fails clearly when absent; nothing is skipped.
 */
final class TermsFixtures {
    private TermsFixtures() {
    }

    static Path dir() {
        String prop = System.getProperty("clearance.fixtures");
        List<Path> candidates = prop != null && !prop.isBlank() ? List.of(Path.of(prop))
                : List.of(Path.of(System.getProperty("user.dir")).resolve("../shared/fixtures/terms-versions").normalize(),
                          Path.of("/work/shared/fixtures/terms-versions"));
        return candidates.stream().filter(Files::isDirectory).findFirst().orElseThrow(() -> new IllegalStateException(
                "Terms fixtures not found; looked in " + candidates + ". Set -Dclearance.fixtures=PATH."));
    }

    static String text(TermsRef ref) {
        try {
            return Files.readString(dir().resolve(ref + ".md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every fixture version by reference. */
    static VersionTexts all() {
        try (Stream<Path> files = Files.list(dir())) {
            Map<TermsRef, String> texts = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && n.contains("@"))
                    .map(n -> TermsRef.parse(n.substring(0, n.length() - 3)))
                    .collect(Collectors.toMap(r -> r, TermsFixtures::text));
            return VersionTexts.of(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
