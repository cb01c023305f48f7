package dev.clearance.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What makes a signed-off review stale: the terms it relied on changed while the reviewer's inputs did not. */
class StaleReviewTest {
    private static final String SIGNED = """
            {"project":{"name":"Acme"},"inventory":{"sha256":"aa"},"recordedAnswers":{"sha256":"bb"},
             "acknowledgements":[],"annotations":{"items":[]},"channels":[],
             "assessment":{"datasets":[{"id":"d1","risk":"high"}]},
             "termsVersions":[{"ref":"openai-services-agreement@2026-01-01","citedClauses":[
               {"section":"3.3(e)","paraphrase":"No competing models.","keyPhrase":"compete with OpenAI"}]}]}
            """;

    private static ObjectNode signed() {
        return (ObjectNode) CanonicalJson.parse(SIGNED, "test");
    }

    @Test
    void aChangedCitedClauseIsReportedWithOldAndNewWording() {
        ObjectNode now = signed();
        ((ObjectNode) now.path("termsVersions").get(0).path("citedClauses").get(0)).put("paraphrase", "No competing models, ever.");

        List<String> changes = ReviewJson.derivedChanges(signed(), now);

        assertEquals(List.of("openai-services-agreement@2026-01-01 §3.3(e) changed: \"No competing models.\" → "
                + "\"No competing models, ever.\""), changes);
        assertTrue(!ReviewJson.differIn(signed(), now, ReviewContent.INPUT_FIELDS), "the reviewer's inputs are unchanged");
    }

    @Test
    void aNewVersionGoverningTheDataAndAChangedLevelAreBothReported() {
        ObjectNode now = signed();
        ((ObjectNode) now.path("termsVersions").get(0)).put("ref", "openai-services-agreement@2026-06-01");
        ((ObjectNode) now.path("assessment").path("datasets").get(0)).put("risk", "medium");

        List<String> changes = ReviewJson.derivedChanges(signed(), now);

        assertEquals(List.of(
                "openai-services-agreement@2026-01-01 no longer governs any dataset (a newer or different version applies)",
                "openai-services-agreement@2026-06-01 now governs datasets",
                "dataset d1: high → medium"), changes);
    }

    @Test
    void editedAnswersAreInputsNotStaleness() {
        ObjectNode now = signed();
        ((ObjectNode) now.path("recordedAnswers")).put("sha256", "cc");

        assertTrue(ReviewJson.differIn(signed(), now, ReviewContent.INPUT_FIELDS));
        JsonNode unchanged = signed();
        assertEquals(List.of(), ReviewJson.derivedChanges(signed(), unchanged));
    }
}
