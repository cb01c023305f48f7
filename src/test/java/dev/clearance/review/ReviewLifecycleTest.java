package dev.clearance.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.domain.AuditEvent;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.review.ReviewState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewLifecycleTest {
    private static final String COUNSEL_CERT = "a".repeat(64);
    private static final String FOUNDER_CERT = "b".repeat(64);

    @TempDir
    Path dir;
    ReviewFixture f;
    String project;

    @BeforeEach
    void open() {
        f = new ReviewFixture(dir);
        project = f.importSample("support-assistant");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private ReviewStatus status() {
        return f.reviews.status(project).orElseThrow();
    }

    @Test
    void theFirstLookOpensRevisionOneAsADraftListingWhatIsMissing() {
        ReviewStatus s = status();

        assertEquals(1, s.review().revision());
        assertEquals(ReviewState.DRAFT, s.review().state());
        assertTrue(s.readiness().missing().stream().anyMatch(m -> m.contains("(competition.competes) is not answered")),
                s.readiness().missing().toString());
        assertTrue(s.readiness().missing().stream().anyMatch(m -> m.contains("unknown finding") && m.contains("not acknowledged")));
    }

    @Test
    void answeringEveryRequiredQuestionAndAcknowledgingUnknownFindingsMakesItReady() {
        f.completeReview(project, "Dana Whitfield");

        ReviewStatus s = status();
        assertEquals(ReviewState.READY, s.review().state());
        assertEquals(List.of(), s.readiness().missing());
    }

    @Test
    void signingOffADraftIsRefusedWithWhatIsMissing() {
        ReviewNotReadyException e = assertThrows(ReviewNotReadyException.class,
                () -> f.reviews.signOff(project, "Dana Whitfield", "Outside counsel", "", COUNSEL_CERT));

        assertFalse(e.missing().isEmpty());
        assertTrue(f.reviewRepository.latest(status().project().id()).orElseThrow().signOffs().isEmpty());
    }

    @Test
    void signOffFreezesTheRevisionAndASecondReviewerSignsTheSameSnapshot() {
        f.completeReview(project, "Dana Whitfield");
        ReviewStatus first = f.reviews.signOff(project, "Dana Whitfield", "Outside counsel", "Reviewed in full.", COUNSEL_CERT);
        String snapshot = first.review().snapshot();

        ReviewStatus second = f.reviews.signOff(project, "Sam Okafor", "Founder", "", FOUNDER_CERT);

        assertEquals(ReviewState.SIGNED_OFF, second.review().state());
        assertEquals(1, second.review().revision());
        assertEquals(snapshot, second.review().snapshot());
        assertEquals(List.of("Dana Whitfield", "Sam Okafor"),
                second.review().signOffs().stream().map(s -> s.reviewer()).toList());
        assertEquals(COUNSEL_CERT, second.review().signOffs().get(0).certificateFingerprint());
        assertEquals("Reviewed in full.", second.review().signOffs().get(0).statement());
    }

    @Test
    void theSameReviewerCannotSignTheSameRevisionTwice() {
        f.completeReview(project, "Dana Whitfield");
        f.reviews.signOff(project, "Dana Whitfield", "Outside counsel", "", COUNSEL_CERT);

        assertThrows(ReviewNotReadyException.class,
                () -> f.reviews.signOff(project, "Dana Whitfield", "Outside counsel", "", COUNSEL_CERT));
    }

    @Test
    void editingAfterSignOffOpensANewRevisionThatCarriesTheAnswersOver() {
        f.completeReview(project, "Dana Whitfield");
        f.reviews.signOff(project, "Dana Whitfield", "Outside counsel", "", COUNSEL_CERT);
        long id = status().project().id();
        ProjectSettings settings = status().project().settings();

        f.projects.update(id, new ProjectSettings(settings.name(), "brightdesk-assist-9b", settings.purpose(),
                settings.distribution(), settings.commercial(), settings.expectedMau(), settings.regions()));
        ReviewStatus after = status();

        assertEquals(2, after.review().revision());
        assertEquals(ReviewState.READY, after.review().state(), "the answers carried over: " + after.readiness().missing());
        assertEquals(ReviewState.SIGNED_OFF, f.reviewRepository.list(id).get(0).state(), "revision 1 stays signed off");
        assertEquals("brightdesk-assist-9b", after.content().path("project").path("modelName").asText());
    }

    @Test
    void theSameContentGivesTheSameReviewJsonBytes() {
        f.completeReview(project, "Dana Whitfield");
        f.reviews.signOff(project, "Dana Whitfield", "Outside counsel", "", COUNSEL_CERT);

        byte[] once = f.reviews.export(project).orElseThrow().reviewJson();
        byte[] again = f.reviews.export(project).orElseThrow().reviewJson();

        assertArrayEquals(once, again);
        assertTrue(new String(once, StandardCharsets.UTF_8).startsWith("{\n  \"acknowledgements\" : ["), "sorted keys");
    }

    @Test
    void reviewJsonCarriesAnswersFindingsTermsSignOffsAuditTrailAndAnnotations() {
        f.completeReview(project, "Dana Whitfield");
        f.reviews.signOff(project, "Dana Whitfield", "Outside counsel", "Reviewed.", COUNSEL_CERT);

        JsonNode json = CanonicalJson.parse(f.reviews.export(project).orElseThrow().reviewJson(), "review.json");

        assertEquals("Brightdesk Support Assistant", json.path("project").path("name").asText());
        assertEquals("signed-off", json.path("review").path("state").asText());
        JsonNode answer = json.path("channels").get(0).path("answers").get(0);
        assertEquals("confirmed", answer.path("status").asText());
        assertEquals("Dana Whitfield", answer.path("updatedBy").asText());
        assertTrue(json.path("assessment").path("datasets").get(0).has("findings"));
        JsonNode terms = json.path("termsVersions").get(0);
        assertTrue(terms.path("sourceUrl").asText().startsWith("https://"), terms.toString());
        assertTrue(terms.has("confidence"));
        assertEquals(COUNSEL_CERT, json.path("signOffs").get(0).path("certificateSha256").asText());
        assertEquals("AnnotationCollection", json.path("annotations").path("type").asText());
        assertFalse(json.path("acknowledgements").isEmpty());
    }

    @Test
    void everyStepIsRecordedInTheAuditTrail() {
        f.completeReview(project, "Dana Whitfield");
        f.reviews.signOff(project, "Dana Whitfield", "Outside counsel", "", COUNSEL_CERT);

        List<String> actions = f.audit.list(status().project().id()).stream().map(AuditEvent::action).toList();

        assertTrue(actions.containsAll(List.of("review.opened", "review.acknowledged", "review.state", "review.signed-off")),
                actions.toString());
        AuditEvent signed = f.audit.list(status().project().id()).stream()
                .filter(e -> e.action().equals("review.signed-off")).findFirst().orElseThrow();
        assertEquals("Dana Whitfield", signed.actor());
        assertEquals("ready", signed.oldValue());
        assertTrue(signed.newValue().contains(COUNSEL_CERT));
    }

    @Test
    void aNewTermsVersionGoverningSignedOffDataMakesTheReviewStaleWithTheChanges() throws Exception {
        f.completeReview(project, "Dana Whitfield");
        f.reviews.signOff(project, "Dana Whitfield", "Outside counsel", "", COUNSEL_CERT);
        Path text = dir.resolve("openai-2026-06.txt");
        java.nio.file.Files.writeString(text, "3.3 Restrictions. You may not use Output to develop models that compete with OpenAI.\n");

        // The undated dataset now falls under the newest version: the terms changed, the reviewer's inputs did not.
        f.terms.addVersion(dev.clearance.terms.AddRequest.of(text, "openai-services-agreement",
                java.time.LocalDate.of(2026, 6, 1), "OpenAI Services Agreement"));
        ReviewStatus s = status();

        assertEquals(ReviewState.STALE, s.review().state());
        assertEquals(1, s.review().revision());
        assertTrue(s.staleChanges().contains("openai-services-agreement@2026-06-01 now governs datasets"), s.staleChanges().toString());
        assertEquals("revision 1 is stale: re-review needed:", f.reviews.notices(project).get(0));
        assertTrue(f.audit.list(s.project().id()).stream().anyMatch(e -> e.action().equals("review.stale")));
    }

    @Test
    void assessmentNoticesSayNothingBeforeTheFirstSignOffAndNameTheSignersAfter() {
        assertEquals(List.of(), f.reviews.notices(project));
        assertTrue(f.reviewRepository.latest(status().project().id()).isPresent());

        f.completeReview(project, "Dana Whitfield");
        f.reviews.signOff(project, "Dana Whitfield", "Outside counsel", "", COUNSEL_CERT);

        assertEquals(List.of("revision 1 is signed off by Dana Whitfield (Outside counsel)"), f.reviews.notices(project));
    }

    @Test
    void acknowledgingAFindingThatIsNotUnknownIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> f.reviews.acknowledgeUnknown(project, "no-such-dataset", "missing-facts", "Dana", ""));
    }
}
