package dev.clearance.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.annotation.PreviousAnchor;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The exchange format pinned by a golden file ({@code src/test/resources/annotation/golden.jsonld}): what an
 * anchored, a changed and an orphaned annotation look like, with an astral character in the text.
 */
class WebAnnotationGoldenTest {
    static final TermsRef V1 = TermsRef.parse("acme-terms@2025-01-01");
    static final TermsRef V2 = TermsRef.parse("acme-terms@2025-06-01");
    static final String TEXT_2 = "Intro 🚀.\nYou will not use Output to build models that compete with Acme.\nEnd.\n";
    static final Instant CREATED = Instant.parse("2026-11-28T09:00:00Z");
    static final Instant REANCHORED = Instant.parse("2026-11-28T10:30:00.125Z");

    static List<Annotation> annotations() {
        return List.of(
                new Annotation("urn:uuid:11111111-1111-4111-8111-111111111111", 1, V2, 0, 8, "Intro 🚀.", "",
                        "\nYou will not use Output to buil", null, "Preamble only.", List.of(), "bob", CREATED, CREATED,
                        AnchorStatus.ANCHORED, null),
                new Annotation("urn:uuid:22222222-2222-4222-8222-222222222222", 1, V2, 9, 72,
                        "You will not use Output to build models that compete with Acme.", "Intro 🚀.\n", "\nEnd.\n",
                        Tag.COMPETING_MODEL_BAN, "Bars distillation into a rival assistant.",
                        List.of("checklist:acme-api@2025-01-01#competing-use", "finding:d1/competing-model-ban"),
                        "Ada Lovelace", CREATED, REANCHORED, AnchorStatus.CHANGED,
                        new PreviousAnchor(V1, 9, 74, "You will not use Output to develop models that compete with Acme.")),
                new Annotation("urn:uuid:33333333-3333-4333-8333-333333333333", 1, V2, 73, 73, "", "", "",
                        Tag.OUTPUT_USE_PERMITTED, "", List.of(), "Ada Lovelace", CREATED, REANCHORED,
                        AnchorStatus.ORPHANED, new PreviousAnchor(V1, 75, 97, "Outputs belong to you.")));
    }

    static String golden() throws IOException {
        try (InputStream in = WebAnnotationGoldenTest.class.getResourceAsStream("/annotation/golden.jsonld")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    WebAnnotationCodec codec = new WebAnnotationCodec(VersionTexts.of(Map.of(V2, TEXT_2)));

    @Test
    void writingGivesTheGoldenFile() throws IOException {
        assertEquals(golden(), codec.write("Clause annotations of project Acme", annotations()));
    }

    @Test
    void readingTheGoldenFileGivesTheAnnotations() throws IOException {
        assertEquals(annotations(), codec.read(golden(), 1));
        assertEquals(annotations(), codec.read("\uFEFF" + golden(), 1), "a byte-order mark is tolerated");
    }
}
