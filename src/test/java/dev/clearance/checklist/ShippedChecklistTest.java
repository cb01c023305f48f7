package dev.clearance.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.checklist.QuestionIds;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checklist the product ships parses, and a malformed one is refused with file and field. */
class ShippedChecklistTest {
    private static final Checklist SHIPPED = ChecklistLoader.load(Path.of("assets/checklist/checklist.json"));

    @Test
    void hasTheThirteenRestrictionSectionsInOrder() {
        assertEquals(1, SHIPPED.schemaVersion());
        assertEquals(List.of("source", "terms", "restriction", "competition", "exceptions", "conditions", "derivatives",
                "non-commercial", "acceptance", "downstream", "retention", "regulatory", "conclusion"),
                SHIPPED.sections().stream().map(ChecklistSection::id).toList());
    }

    @Test
    void everyQuestionHasAHintAnExampleAndEvidenceOrIsOptional() {
        SHIPPED.sections().forEach(s -> s.questions().forEach(q -> {
            assertFalse(q.hint().isBlank(), q.id());
            assertFalse(q.example().isBlank(), q.id());
            assertTrue(!q.evidence().isBlank() || !q.required(), q.id() + " is required but names no evidence");
        }));
    }

    @Test
    void containsEveryQuestionTheRulesRead() throws IllegalAccessException {
        for (Field f : QuestionIds.class.getFields()) {
            String id = (String) f.get(null);
            if (Modifier.isStatic(f.getModifiers()) && id.contains(".")) {
                assertTrue(SHIPPED.question(id).isPresent(), "checklist lacks " + id);
            }
        }
        assertTrue(SHIPPED.question(QuestionIds.DOWNSTREAM_POSITION).orElseThrow().choices().stream()
                .anyMatch(c -> c.id().equals(QuestionIds.RECEIVED_FROM_THIRD_PARTY)));
    }

    @Test
    void theClassPathCopyIsTheSameChecklist() {
        assertEquals(SHIPPED, ChecklistLoader.shipped());
    }

    @Test
    void anUnknownAnswerTypeIsRefusedNamingFileAndField() {
        String json = """
                {"schemaVersion":1,"sections":[{"id":"source","number":1,"title":"Source","questions":[
                  {"id":"source.model","text":"Which model?","hint":"h","answerType":"maybe"}]}]}""";
        ChecklistFormatException e = assertThrows(ChecklistFormatException.class,
                () -> ChecklistLoader.parse(json, "my-checklist.json"));
        assertTrue(e.getMessage().startsWith("my-checklist.json: sections[0].questions[0].answerType: 'maybe' is not one of"),
                e.getMessage());
    }

    @Test
    void anUnknownRegimeInAppliesWhenIsRefused() {
        String json = """
                {"schemaVersion":1,"sections":[{"id":"source","number":1,"title":"Source","questions":[
                  {"id":"source.model","text":"Which model?","hint":"h","answerType":"text",
                   "appliesWhen":{"regimes":["total-ban"]}}]}]}""";
        ChecklistFormatException e = assertThrows(ChecklistFormatException.class,
                () -> ChecklistLoader.parse(json, "c.json"));
        assertTrue(e.getMessage().startsWith("c.json: sections[0].questions[0].appliesWhen.regimes[0]: 'total-ban'"),
                e.getMessage());
    }

    @Test
    void aNewerSchemaVersionAndBrokenJsonAreRefused() {
        assertTrue(assertThrows(ChecklistFormatException.class, () -> ChecklistLoader.parse(
                "{\"schemaVersion\":2,\"sections\":[]}", "c.json")).getMessage().contains("c.json: schemaVersion: 2"));
        assertTrue(assertThrows(ChecklistFormatException.class, () -> ChecklistLoader.parse(
                "{\"schemaVersion\":1,", "c.json")).getMessage().startsWith("c.json: not valid JSON at line 1"));
    }

    @Test
    void aChoiceQuestionWithoutChoicesIsRefused() {
        String json = """
                {"schemaVersion":1,"sections":[{"id":"source","number":1,"title":"Source","questions":[
                  {"id":"source.channel","text":"Which channel?","hint":"h","answerType":"choice"}]}]}""";
        assertTrue(assertThrows(ChecklistFormatException.class, () -> ChecklistLoader.parse(json, "c.json"))
                .getMessage().contains("sections[0].questions[0].choices: a choice question needs choices"));
    }
}
