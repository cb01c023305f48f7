package dev.clearance.app;

import dev.clearance.testing.SharedTermsTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.annotation.CodePoints;
import dev.clearance.annotation.Selection;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.terms.AddRequest;
import dev.clearance.terms.AddResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding a new text of a document carries the annotations of every project over to it. */
class NewTermsVersionTest {
    @TempDir
    Path dir;

    static Path fixture(String name) {
        return SharedTermsTexts.file(name);
    }

    @Test
    void annotationsFollowTheTextIntoTheNextVersion() {
        try (Workspace ws = new Workspace(dir.resolve("db"))) {
            long project = ws.projects().create(ProjectSettings.named("Acme")).id();
            ws.terms().addVersion(AddRequest.of(fixture("mistral-terms-of-service@2024-02-08.md"),
                    "mistral-terms-of-service", LocalDate.of(2024, 2, 8), ""));
            TermsRef february = TermsRef.parse("mistral-terms-of-service@2024-02-08");
            String text = ws.terms().showVersion(february).stored().orElseThrow().fullText();
            String clause = "compete with Mistral AI";
            int at = text.indexOf(clause);
            assertTrue(at > 0, "the February text has a competing-model clause");
            int start = CodePoints.toCodePointOffset(text, at);
            Annotation a = ws.annotations().create(project, new Selection(february, start,
                    start + clause.codePointCount(0, clause.length()), clause), Tag.COMPETING_MODEL_BAN,
                    "the ban we rely on", List.of(), "ana");

            AddResult may = ws.terms().addVersion(AddRequest.of(fixture("mistral-terms-of-service@2024-05-22.md"),
                    "mistral-terms-of-service", LocalDate.of(2024, 5, 22), ""));

            assertTrue(may.warnings().stream().anyMatch(w -> w.startsWith("re-anchored 1 annotation(s) of \"Acme\"")),
                    may.warnings().toString());
            Annotation after = ws.annotations().find(a.id()).orElseThrow();
            assertEquals(TermsRef.parse("mistral-terms-of-service@2024-05-22"), after.target());
            // The May text dropped the competing-model ban (read in the fixtures): nothing to anchor to.
            assertEquals(AnchorStatus.ORPHANED, after.status());
        }
    }
}
