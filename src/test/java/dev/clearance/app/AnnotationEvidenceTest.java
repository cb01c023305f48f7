package dev.clearance.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.annotation.CodePoints;
import dev.clearance.annotation.Selection;
import dev.clearance.domain.Project;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.terms.AddRequest;
import dev.clearance.ui.TaskRunner;
import dev.clearance.ui.workbench.WorkbenchViewModel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotations are evidence: a finding or a checklist question lists the passages linked to it. */
class AnnotationEvidenceTest {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void aPassageLinkedToAFindingIsListedForThatFindingOnly() {
        try (Workspace ws = new Workspace(dir.resolve("db"))) {
            Project project = ws.projects().create(ProjectSettings.named("Acme"));
            TermsRef ref = TermsRef.parse("openai-terms-of-use@2023-11-14");
            ws.terms().addVersion(AddRequest.of(NewTermsVersionTest.fixture("openai-terms-of-service@2023-11-14.md"),
                    ref.documentId(), LocalDate.of(2023, 11, 14), ""));
            String text = ws.terms().showVersion(ref).stored().orElseThrow().fullText();
            String clause = "develop models that compete with OpenAI";
            int start = CodePoints.toCodePointOffset(text, text.indexOf(clause));
            ws.annotations().create(project.id(), new Selection(ref, start, start + clause.length(), clause),
                    Tag.COMPETING_MODEL_BAN, "the ban", List.of("finding:d1/competing-model-ban"), "ana");

            WorkbenchViewModel workbench = new WorkbenchViewModel(project, Main.uiServices(ws), TaskRunner.IMMEDIATE);

            List<String> evidence = workbench.annotationsLinkedTo("finding:d1/competing-model-ban");
            assertEquals(1, evidence.size());
            assertTrue(evidence.get(0).startsWith("“develop models that compete with OpenAI” — competing-model-ban · "
                    + "openai-terms-of-use@2023-11-14 · ana"), evidence.get(0));
            assertTrue(workbench.annotationsLinkedTo("finding:d2/competing-model-ban").isEmpty());
        }
    }
}
