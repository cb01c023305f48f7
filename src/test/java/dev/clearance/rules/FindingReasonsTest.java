package dev.clearance.rules;

import static dev.clearance.domain.Distribution.HOSTED_API;
import static dev.clearance.domain.Distribution.INTERNAL;
import static dev.clearance.domain.Distribution.OPEN_WEIGHTS;
import static dev.clearance.domain.Purpose.CLASSIFIER;
import static dev.clearance.domain.Purpose.GENERAL_ASSISTANT;
import static dev.clearance.rules.Scenarios.answers;
import static dev.clearance.rules.Scenarios.input;
import static dev.clearance.rules.Scenarios.named;
import static dev.clearance.rules.Scenarios.overridden;
import static dev.clearance.rules.Scenarios.project;
import static dev.clearance.rules.Scenarios.synthetic;
import static dev.clearance.rules.Scenarios.withMau;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.SourceType;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.assessment.DatasetAssessment;
import dev.clearance.domain.assessment.Finding;
import dev.clearance.domain.assessment.Obligation;
import dev.clearance.domain.assessment.ObligationKind;
import dev.clearance.domain.assessment.ProjectAssessment;
import dev.clearance.domain.checklist.OverrideReason;
import dev.clearance.domain.checklist.QuestionIds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings explain themselves: the clause, the facts of the project, the reviewer's answer, what to do. */
class FindingReasonsTest {
    private final RuleEngine engine = RuleEngine.standard();

    @Test
    void permittedExceptionCitesTheRestrictionsClauseAndSaysHowToStayInside() {
        DatasetAssessment a = engine.assess(input(project(CLASSIFIER, INTERNAL), synthetic("classifier"),
                TermsFixtures.OPENAI_SERVICES));
        Finding f = a.findings().get(0);

        assertEquals("permitted-exception", f.rule());
        assertEquals(List.of(new ClauseCitation("openai-services-agreement", "2026-01-01", "3.3(e)", "Restrictions"),
                new ClauseCitation("openai-services-agreement", "2026-01-01", "Definitions", "Permitted Exception")),
                f.clauses(), "the restriction and the definition of the exception");
        assertTrue(f.message().contains("internal"), f.message());
        assertTrue(f.remediation().contains("Keep the model internal"), f.remediation());
    }

    @Test
    void writtenAuthorizationTurnsTheUsagePolicyFindingLowAndCitesTheAnswerWithItsReason() {
        DatasetAssessment a = engine.assess(input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic("fine-tuning"),
                answers(overridden(QuestionIds.WRITTEN_AUTHORIZATION, "yes", OverrideReason.WRITTEN_AUTHORIZATION,
                        "Letter from Anthropic legal, 2026-01-12")),
                TermsFixtures.ANTHROPIC_USAGE_POLICY));
        Finding f = a.findings().get(0);

        assertEquals(RiskLevel.LOW, f.level());
        assertTrue(f.message().contains("written authorization from the provider"), f.message());
        assertTrue(f.message().contains("Letter from Anthropic legal, 2026-01-12"), f.message());
        assertTrue(a.obligations().stream().anyMatch(o -> o.kind() == ObligationKind.AUTHORIZATION));
    }

    @Test
    void llamaNamingConditionIsReportedAsMetWhenTheModelNameBeginsWithLlama() {
        DatasetAssessment a = engine.assess(input(named(project(GENERAL_ASSISTANT, OPEN_WEIGHTS), "Llama-Acme-8B"),
                synthetic("fine-tuning"), TermsFixtures.LLAMA_3_1));

        assertTrue(a.findings().get(0).message().contains("naming condition is met: 'Llama-Acme-8B'"));
        assertEquals(List.of(ObligationKind.NAMING, ObligationKind.ATTRIBUTION, ObligationKind.LICENCE_COPY,
                ObligationKind.MAU_THRESHOLD), a.obligations().stream().map(Obligation::kind).toList());
        assertTrue(a.obligations().get(1).detail().contains("\"Built with Llama\""));
    }

    @Test
    void llamaMauThresholdIsAHighFindingOfItsOwn() {
        DatasetAssessment a = engine.assess(input(withMau(project(GENERAL_ASSISTANT, HOSTED_API), 900_000_000L),
                synthetic("fine-tuning"), TermsFixtures.LLAMA_3_1));

        assertEquals(List.of("mau-threshold", "conditional-use"), RuleMatrixTest.rulesOf(a));
        assertTrue(a.findings().get(0).message().contains("700,000,000"));
    }

    @Test
    void gemmaStudentShippedAsOpenWeightsCarriesPassThroughLicenceCopyAndNotice() {
        DatasetAssessment a = engine.assess(input(project(GENERAL_ASSISTANT, OPEN_WEIGHTS), synthetic("distillation"),
                TermsFixtures.GEMMA));

        assertEquals(List.of(ObligationKind.PASS_THROUGH, ObligationKind.LICENCE_COPY, ObligationKind.NOTICE),
                a.obligations().stream().map(Obligation::kind).toList());
        assertEquals("1.1(e)", a.findings().get(0).clauses().get(0).section());
    }

    @Test
    void aCreativeCommonsDatasetCitesTheLicenceSection() {
        Finding f = engine.assess(input(project(GENERAL_ASSISTANT, HOSTED_API),
                Scenarios.humanData(SourceType.PUBLIC_DATASET, "CC-BY-NC-4.0"))).findings().get(0);

        assertEquals("CC-BY-NC-4.0 §2(a)(1)", f.clauses().get(0).label());
        assertTrue(f.message().contains("only non-commercial use; the project is commercial"), f.message());
    }

    @Test
    void unverifiedTermsSayWhichClauseHasNotBeenVerified() {
        Finding f = engine.assess(input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic("fine-tuning"),
                TermsFixtures.AZURE_OPENAI)).findings().get(0);

        assertTrue(f.message().startsWith("The output clause of Azure OpenAI"), f.message());
        assertTrue(f.message().contains("has not been verified"));
    }

    @Test
    void missingGeneratorNamesEveryMissingField() {
        Finding f = engine.assess(input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic("", "", null)))
                .findings().get(0);

        assertEquals(RiskLevel.UNKNOWN, f.level());
        assertTrue(f.message().contains("generator_model"));
        assertTrue(f.message().contains("access"));
        assertTrue(f.message().contains("collected_on"));
    }

    @Test
    void everyTermsFindingNamesTheVersionItRestsOn() {
        for (GoverningTerms terms : TermsFixtures.all()) {
            DatasetAssessment a = engine.assess(input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic("fine-tuning"),
                    terms));
            assertEquals(List.of(terms.ref()), a.terms());
            for (Finding f : a.findings()) {
                assertTrue(f.clauses().stream().anyMatch(c -> (c.document() + "@" + c.version()).equals(terms.ref())),
                        terms.ref() + " " + f.rule());
            }
        }
    }

    @Test
    void theReviewersRatingCanRaiseTheLevelButNotLowerIt() {
        DatasetAssessment raised = engine.assess(input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic("fine-tuning"),
                answers(overridden(QuestionIds.CONCLUSION_RISK, "high", OverrideReason.COUNSEL_OPINION,
                        "Provider is known to enforce against this use")), TermsFixtures.APACHE_2));
        DatasetAssessment notLowered = engine.assess(input(project(GENERAL_ASSISTANT, HOSTED_API),
                synthetic("fine-tuning"), answers(Scenarios.confirmed(QuestionIds.CONCLUSION_RISK, "low")),
                TermsFixtures.LLAMA_2));

        assertEquals(RiskLevel.HIGH, raised.risk());
        assertEquals("reviewer-conclusion", raised.findings().get(0).rule());
        assertTrue(raised.findings().get(0).message().contains("Provider is known to enforce"));
        assertEquals(RiskLevel.BLOCKED, notLowered.risk());
    }

    @Test
    void aDatasetReceivedFromSomeoneElseAsksForTheSuppliersStatementWithoutLoweringTheRisk() {
        DatasetAssessment a = engine.assess(input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic("fine-tuning"),
                answers(Scenarios.confirmed(QuestionIds.DOWNSTREAM_POSITION, QuestionIds.RECEIVED_FROM_THIRD_PARTY)),
                TermsFixtures.OPENAI_SERVICES));

        assertEquals(RiskLevel.HIGH, a.risk());
        assertTrue(RuleMatrixTest.rulesOf(a).contains("downstream-position"));
        assertTrue(a.obligations().stream().anyMatch(o -> o.detail().startsWith("Keep the supplier's statement")));
    }

    @Test
    void aNegotiatedAgreementIsNotedAndAnEuGeneralPurposeModelMustListTheSource() {
        DatasetAssessment a = engine.assess(input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic("fine-tuning"),
                answers(Scenarios.confirmed(QuestionIds.NEGOTIATED_AGREEMENT, "yes"),
                        Scenarios.confirmed(QuestionIds.EU_GENERAL_PURPOSE_MODEL, "yes")), TermsFixtures.MIT));

        assertTrue(RuleMatrixTest.rulesOf(a).contains("negotiated-agreement"));
        assertTrue(a.obligations().stream().anyMatch(o -> o.kind() == ObligationKind.NOTICE
                && o.detail().contains("training-content summary")));
    }

    @Test
    void projectLevelIsTheWorstDatasetAndClearWithoutDatasets() {
        Assessor assessor = Assessor.standard();
        ProjectAssessment p = assessor.assess("Acme", List.of(
                input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic("fine-tuning"), TermsFixtures.MIT),
                input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic("fine-tuning"), TermsFixtures.LLAMA_2)));

        assertEquals(RiskLevel.BLOCKED, p.overall());
        assertEquals(RiskLevel.CLEAR, assessor.assess("Empty", List.of()).overall());
    }

    @Test
    void removedDatasetsAreLeftOut() {
        RuleInput removed = new RuleInput(project(GENERAL_ASSISTANT, HOSTED_API),
                synthetic("fine-tuning").withRemoved(true), List.of(TermsFixtures.LLAMA_2), List.of(), null);

        assertTrue(Assessor.standard().assess("Acme", List.of(removed)).datasets().isEmpty());
    }

    @Test
    void anUnknownDatasetSaysWhyTheLookupFailedForExampleAGapBeforeTheEarliestVersion() {
        String gap = "collected_on 2024-03-01 is before the earliest catalogued version of anthropic-commercial-terms"
                + " (anthropic-commercial-terms@2025-06-17, effective that day): the terms in force on 2024-03-01 are not in"
                + " the catalog, so no verdict can rest on them.";
        RuleInput in = new RuleInput(project(GENERAL_ASSISTANT, HOSTED_API),
                synthetic("claude-3-opus", "api", java.time.LocalDate.of(2024, 3, 1)), List.of(), List.of(gap),
                ReviewerAnswers.none());
        Finding f = engine.assess(in).findings().get(0);
        assertEquals("missing-facts", f.rule());
        assertEquals(dev.clearance.domain.RiskLevel.UNKNOWN, f.level());
        assertTrue(f.message().contains(gap), f.message());
    }
}
