package dev.clearance.app;

import dev.clearance.testing.TestTermsTexts;
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
        return TestTermsTexts.file(name);
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

    @Test
    void annotationsOnACatalogsRecordedTextFollowANewerTextAUserAdds() throws Exception {
        try (Workspace ws = new Workspace(dir.resolve("db"))) {
            long project = ws.projects().create(ProjectSettings.named("Acme")).id();
            TermsRef current = TermsRef.parse("openai-services-agreement@2026-01-01");
            String text = ws.terms().showVersion(current).fullText().orElseThrow();
            assertTrue(ws.terms().showVersion(current).textIsShipped());
            String clause = "use Output to develop artificial intelligence models that compete with OpenAI";
            int start = CodePoints.toCodePointOffset(text, text.indexOf(clause));
            Annotation a = ws.annotations().create(project, new Selection(current, start,
                    start + clause.codePointCount(0, clause.length()), clause), Tag.COMPETING_MODEL_BAN, "", List.of(), "ana");
            java.nio.file.Path next = dir.resolve("services-agreement-2026-09.md");
            java.nio.file.Files.writeString(next, "Effective: September 1, 2026\n\n" + text);

            AddResult added = ws.terms().addVersion(AddRequest.of(next, "openai-services-agreement",
                    LocalDate.of(2026, 9, 1), ""));

            assertTrue(added.warnings().stream().anyMatch(w -> w.startsWith("re-anchored 1 annotation(s) of \"Acme\"")),
                    added.warnings().toString());
            Annotation after = ws.annotations().find(a.id()).orElseThrow();
            assertEquals(TermsRef.parse("openai-services-agreement@2026-09-01"), after.target());
            assertEquals(clause, after.exact());
        }
    }

    @Test
    void replacingAStoredTextCarriesItsAnnotationsOntoTheCorrectedText() {
        try (Workspace ws = new Workspace(dir.resolve("db"))) {
            long project = ws.projects().create(ProjectSettings.named("Acme")).id();
            TermsRef ref = TermsRef.parse("openai-terms-of-use@2023-11-14");
            ws.terms().addVersion(AddRequest.of(fixture("openai-terms-of-service@2023-11-14.md"), ref.documentId(),
                    ref.effectiveOn(), ""));
            String text = ws.terms().showVersion(ref).stored().orElseThrow().fullText();
            String clause = "Use Output to develop models that compete with OpenAI.";
            int start = CodePoints.toCodePointOffset(text, text.indexOf(clause));
            Annotation a = ws.annotations().create(project, new Selection(ref, start, start + clause.length(), clause),
                    Tag.COMPETING_MODEL_BAN, "", List.of(), "ana");

            // A corrected copy under the same date: here, the next recording, whose header line is shorter.
            AddResult replaced = ws.terms().addVersion(AddRequest.of(fixture("openai-terms-of-service@2023-12-02.md"),
                    ref.documentId(), ref.effectiveOn(), ""));

            assertTrue(replaced.warnings().stream().anyMatch(w -> w.contains("onto the replaced text of " + ref)),
                    replaced.warnings().toString());
            Annotation after = ws.annotations().find(a.id()).orElseThrow();
            String now = ws.terms().showVersion(ref).stored().orElseThrow().fullText();
            assertEquals(clause, CodePoints.slice(now, after.start(), after.end()),
                    "the annotation points at the same words in the new text");
        }
    }
}
