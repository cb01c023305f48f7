package dev.clearance.annotation;

import dev.clearance.testing.TestTermsTexts;
import dev.clearance.domain.terms.TermsRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real terms texts in {@code src/test/resources/terms-versions} (Open Terms Archive, ODC-By 1.0; see
 * {@link TestTermsTexts}). Each file {@code <document>@<date>.md} is read as the stored full text of that
 * version. Fails clearly when absent; nothing is skipped.
 */
final class TermsFixtures {
    private TermsFixtures() {
    }

    static Path dir() {
        return TestTermsTexts.dir();
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
