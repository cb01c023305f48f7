package dev.clearance.rules;

import static dev.clearance.domain.Distribution.HOSTED_API;
import static dev.clearance.domain.Distribution.INTERNAL;
import static dev.clearance.domain.Distribution.ON_DEVICE;
import static dev.clearance.domain.Distribution.OPEN_WEIGHTS;
import static dev.clearance.domain.Purpose.CLASSIFIER;
import static dev.clearance.domain.Purpose.CODE_ASSISTANT;
import static dev.clearance.domain.Purpose.DOMAIN_ASSISTANT;
import static dev.clearance.domain.Purpose.EMBEDDING;
import static dev.clearance.domain.Purpose.GENERAL_ASSISTANT;
import static dev.clearance.domain.Purpose.OTHER;
import static dev.clearance.domain.RiskLevel.BLOCKED;
import static dev.clearance.domain.RiskLevel.CLEAR;
import static dev.clearance.domain.RiskLevel.HIGH;
import static dev.clearance.domain.RiskLevel.LOW;
import static dev.clearance.domain.RiskLevel.MEDIUM;
import static dev.clearance.domain.RiskLevel.UNKNOWN;
import static dev.clearance.domain.checklist.OverrideReason.COUNSEL_OPINION;
import static dev.clearance.domain.checklist.OverrideReason.WRITTEN_AUTHORIZATION;
import static dev.clearance.rules.Scenarios.answers;
import static dev.clearance.rules.Scenarios.confirmed;
import static dev.clearance.rules.Scenarios.humanData;
import static dev.clearance.rules.Scenarios.inRegions;
import static dev.clearance.rules.Scenarios.input;
import static dev.clearance.rules.Scenarios.named;
import static dev.clearance.rules.Scenarios.nonCommercial;
import static dev.clearance.rules.Scenarios.overridden;
import static dev.clearance.rules.Scenarios.project;
import static dev.clearance.rules.Scenarios.suggested;
import static dev.clearance.rules.Scenarios.synthetic;
import static dev.clearance.rules.Scenarios.withMau;
import static dev.clearance.rules.TermsFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.SourceType;
import dev.clearance.domain.assessment.DatasetAssessment;
import dev.clearance.domain.assessment.Finding;
import dev.clearance.domain.checklist.QuestionIds;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule matrix: real regimes × project purpose, distribution, commercial status and users × dataset
 * uses × reviewer answers. Each row names the level the dataset must get and the rule behind it.
 */
class RuleMatrixTest {
    private static final String FT = "fine-tuning";
    private static final String EVAL = "evaluation";

    static Stream<Arguments> matrix() {
        return Stream.of(
                // Competing-model bans: the judgement rests on purpose and distribution
                row("OpenAI API outputs train a hosted general assistant", HIGH, "competing-model-ban",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic(FT), OPENAI_SERVICES)),
                row("OpenAI API outputs train an open-weights code assistant", HIGH, "competing-model-ban",
                        input(project(CODE_ASSISTANT, OPEN_WEIGHTS), synthetic("distillation"), OPENAI_SERVICES)),
                row("OpenAI API outputs train an internal general assistant", MEDIUM, "competing-model-ban",
                        input(project(GENERAL_ASSISTANT, INTERNAL), synthetic(FT), OPENAI_SERVICES)),
                row("OpenAI API outputs train a hosted domain assistant", MEDIUM, "competing-model-ban",
                        input(project(DOMAIN_ASSISTANT, HOSTED_API), synthetic(FT), OPENAI_SERVICES)),
                row("OpenAI API outputs train an internal classifier (permitted exception)", LOW, "permitted-exception",
                        input(project(CLASSIFIER, INTERNAL), synthetic("classifier"), OPENAI_SERVICES)),
                row("OpenAI API outputs train an internal embedding model (permitted exception)", LOW,
                        "permitted-exception", input(project(EMBEDDING, INTERNAL), synthetic("embedding"), OPENAI_SERVICES)),
                row("OpenAI API outputs train a classifier sold as an API (exception lost)", MEDIUM,
                        "competing-model-ban", input(project(CLASSIFIER, HOSTED_API), synthetic(FT), OPENAI_SERVICES)),
                row("OpenAI API outputs used only for evaluation", LOW, "competing-model-ban",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic(EVAL), OPENAI_SERVICES)),
                row("OpenAI model fine-tuned through OpenAI's own service (reviewer answer)", LOW, "permitted-exception",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic(FT),
                                answers(confirmed(QuestionIds.PROVIDER_FINE_TUNING, "yes")), OPENAI_SERVICES)),
                row("OpenAI consumer app outputs train a hosted general assistant", HIGH, "competing-model-ban",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic(FT), OPENAI_CONSUMER)),
                row("OpenAI consumer app outputs train an internal classifier (no exception in consumer terms)", LOW,
                        "competing-model-ban", input(project(CLASSIFIER, INTERNAL), synthetic(FT), OPENAI_CONSUMER)),
                row("Gemini API outputs train an on-device general assistant", HIGH, "competing-model-ban",
                        input(project(GENERAL_ASSISTANT, ON_DEVICE), synthetic(FT), GEMINI_API)),
                row("xAI outputs train a model whose purpose is 'other'", MEDIUM, "competing-model-ban",
                        input(project(OTHER, HOSTED_API), synthetic(FT), XAI)),
                row("Reviewer concluded the domain assistant does not compete", LOW, "competing-model-ban",
                        input(project(DOMAIN_ASSISTANT, HOSTED_API), synthetic(FT),
                                answers(overridden(QuestionIds.COMPETES, "no", COUNSEL_OPINION,
                                        "Radiology report coder; provider sells no such product")), GEMINI_API)),
                row("Reviewer concluded the internal assistant competes", HIGH, "competing-model-ban",
                        input(project(GENERAL_ASSISTANT, INTERNAL), synthetic(FT),
                                answers(confirmed(QuestionIds.COMPETES, "yes")), XAI)),
                row("A suggested answer is not a reviewer decision", HIGH, "competing-model-ban",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic(FT),
                                answers(suggested(QuestionIds.COMPETES, "no")), OPENAI_SERVICES)),
                row("Mistral 2026 terms restrict only image outputs", LOW, "competing-model-ban",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic(FT), MISTRAL_TERMS_2026)),

                // Anthropic: competing ban in the Commercial Terms plus the Usage Policy's any-model ban
                row("Anthropic API outputs without authorization are blocked by the Usage Policy", BLOCKED,
                        "authorization-required", input(project(DOMAIN_ASSISTANT, HOSTED_API), synthetic(FT),
                                ANTHROPIC_COMMERCIAL, ANTHROPIC_USAGE_POLICY)),
                row("Anthropic outputs even for an internal classifier need authorization", BLOCKED,
                        "authorization-required", input(project(CLASSIFIER, INTERNAL), synthetic("classifier"),
                                ANTHROPIC_COMMERCIAL, ANTHROPIC_USAGE_POLICY)),
                row("Anthropic outputs with written authorization on file", LOW, "authorization-required",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic(FT),
                                answers(overridden(QuestionIds.WRITTEN_AUTHORIZATION, "yes", WRITTEN_AUTHORIZATION,
                                        "Letter from Anthropic legal, 2026-01-12")),
                                ANTHROPIC_COMMERCIAL, ANTHROPIC_USAGE_POLICY)),
                row("Anthropic outputs used only for benchmarking", LOW, "authorization-required",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic(EVAL),
                                ANTHROPIC_COMMERCIAL, ANTHROPIC_USAGE_POLICY)),
                row("Reviewer unsure about Anthropic authorization", BLOCKED, "authorization-required",
                        input(project(DOMAIN_ASSISTANT, INTERNAL), synthetic(FT),
                                answers(confirmed(QuestionIds.WRITTEN_AUTHORIZATION, "unsure")), ANTHROPIC_USAGE_POLICY)),

                // Any-model bans
                row("Llama 2 outputs fine-tune another LLM", BLOCKED, "any-model-ban",
                        input(project(GENERAL_ASSISTANT, OPEN_WEIGHTS), synthetic(FT), LLAMA_2)),
                row("Llama 2 outputs improve a Llama 2 derivative (same-family exception)", LOW, "any-model-ban",
                        input(project(GENERAL_ASSISTANT, OPEN_WEIGHTS), synthetic(FT),
                                answers(confirmed(QuestionIds.SAME_FAMILY_MODEL, "yes")), LLAMA_2)),
                row("Llama 3 outputs fine-tune an internal domain assistant", BLOCKED, "any-model-ban",
                        input(project(DOMAIN_ASSISTANT, INTERNAL), synthetic(FT), LLAMA_3)),
                row("Llama 3 outputs used only for evaluation", LOW, "any-model-ban",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic(EVAL), LLAMA_3)),
                row("Llama 3 outputs train a small classifier (wording may be narrower)", HIGH, "any-model-ban",
                        input(project(CLASSIFIER, INTERNAL), synthetic("classifier"), LLAMA_3)),
                row("Microsoft consumer outputs train even an internal classifier ('any AI technology')", BLOCKED,
                        "any-model-ban", input(project(CLASSIFIER, INTERNAL), synthetic("classifier"), MICROSOFT_SERVICES)),
                row("Microsoft consumer Copilot outputs train anything", BLOCKED, "any-model-ban",
                        input(project(DOMAIN_ASSISTANT, INTERNAL), synthetic("pretraining"), MICROSOFT_SERVICES)),
                row("Tongyi Qianwen outputs train a preference model", BLOCKED, "any-model-ban",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic("preference"), TONGYI_QIANWEN)),

                // Conditional licences
                row("Llama 3.1 outputs in a hosted model named otherwise", MEDIUM, "conditional-use",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic(FT), LLAMA_3_1)),
                row("Llama 3.1 outputs in an open-weights model named Llama-Acme", LOW, "conditional-use",
                        input(named(project(GENERAL_ASSISTANT, OPEN_WEIGHTS), "Llama-Acme-8B"), synthetic(FT), LLAMA_3_1)),
                row("Llama 3.1 outputs in an internal model trigger no condition", CLEAR, "conditional-use",
                        input(project(GENERAL_ASSISTANT, INTERNAL), synthetic(FT), LLAMA_3_1)),
                row("Llama 3.1 outputs in a product expecting 800M monthly users", HIGH, "mau-threshold",
                        input(withMau(named(project(GENERAL_ASSISTANT, HOSTED_API), "Llama-Acme"), 800_000_000L),
                                synthetic(FT), LLAMA_3_1)),
                row("Qwen 2024 licence outputs in a hosted assistant (attribution, 100M users)", LOW, "conditional-use",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic(FT), QWEN_2024)),
                row("Qwen 2024 licence outputs with 150M expected users", HIGH, "mau-threshold",
                        input(withMau(project(GENERAL_ASSISTANT, HOSTED_API), 150_000_000L), synthetic(FT), QWEN_2024)),

                // Pass-through licences
                row("Gemma outputs distilled into open weights", MEDIUM, "pass-through",
                        input(project(GENERAL_ASSISTANT, OPEN_WEIGHTS), synthetic("distillation"), GEMMA)),
                row("Gemma outputs in an internal model", LOW, "pass-through",
                        input(project(GENERAL_ASSISTANT, INTERNAL), synthetic(FT), GEMMA)),
                row("DeepSeek v1 licence outputs in an on-device model", MEDIUM, "pass-through",
                        input(project(DOMAIN_ASSISTANT, ON_DEVICE), synthetic(FT), DEEPSEEK_V1)),
                row("DeepSeek v1 licence outputs in a hosted model", MEDIUM, "pass-through",
                        input(project(DOMAIN_ASSISTANT, HOSTED_API), synthetic(FT), DEEPSEEK_V1)),
                row("Mistral's ban reaches only web-search outputs: other outputs are low", LOW, "any-model-ban",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic(FT),
                                TermsFixtures.shipped("mistral-commercial-terms@2025-12-11"))),
                row("Hunyuan outputs used to fine-tune another model", BLOCKED, "any-model-ban",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic(FT), HUNYUAN)),
                row("Hunyuan outputs only evaluate a model offered in the EU", HIGH, "excluded-region",
                        input(inRegions(project(GENERAL_ASSISTANT, HOSTED_API), "US", "EU"), synthetic("evaluation"), HUNYUAN)),

                // Non-commercial licences
                row("Mistral Research License outputs in a commercial model", HIGH, "non-commercial",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic(FT), MISTRAL_RESEARCH)),
                row("Mistral Research License outputs in a non-commercial research model", LOW, "non-commercial",
                        input(nonCommercial(GENERAL_ASSISTANT, INTERNAL), synthetic(FT), MISTRAL_RESEARCH)),
                row("Qwen research licence outputs only evaluate a commercial model", MEDIUM, "non-commercial",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic(EVAL), QWEN_RESEARCH)),

                // Permitted
                row("DeepSeek-R1 (MIT) outputs distilled into a hosted assistant", CLEAR, "output-use-permitted",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic("distillation"), MIT)),
                row("Apache-2.0 weights' outputs in open weights", CLEAR, "output-use-permitted",
                        input(project(GENERAL_ASSISTANT, OPEN_WEIGHTS), synthetic(FT), APACHE_2)),
                row("DeepSeek platform terms allow distillation", CLEAR, "output-use-permitted",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic("distillation"), DEEPSEEK_PLATFORM)),

                // Missing and unverified facts
                row("Azure OpenAI output clause not verified", UNKNOWN, "unverified-terms",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic(FT), AZURE_OPENAI)),
                row("Synthetic data with no generator is unknown", UNKNOWN, "missing-facts",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), synthetic("", "", null))),
                row("No collection date with several versions on file", UNKNOWN, "collection-date-missing",
                        input(project(DOMAIN_ASSISTANT, HOSTED_API), synthetic(FT),
                                dateAssumed(withEarlierVersion(DEEPSEEK_PLATFORM, "2025-01-20")))),

                // Human, licensed, web and public data
                row("CC-BY-NC forum data in a commercial model", HIGH, "data-licence",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), humanData(SourceType.PUBLIC_DATASET, "CC-BY-NC-4.0"))),
                row("CC-BY data is clear with attribution", CLEAR, "data-licence",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), humanData(SourceType.HUMAN, "CC-BY-4.0"))),
                row("Web data without a licence is unknown", UNKNOWN, "data-licence",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), humanData(SourceType.WEB, ""))),
                row("CC-BY-SA data raises the adaptation question", MEDIUM, "data-licence",
                        input(project(GENERAL_ASSISTANT, OPEN_WEIGHTS), humanData(SourceType.PUBLIC_DATASET, "CC-BY-SA-4.0"))),
                row("Unrecognised licence is unknown", UNKNOWN, "data-licence",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), humanData(SourceType.LICENSED, "Frobnicate-1.0"))),
                row("CC0 data is clear", CLEAR, "data-licence",
                        input(project(GENERAL_ASSISTANT, HOSTED_API), humanData(SourceType.PUBLIC_DATASET, "CC0-1.0"))));
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @MethodSource("matrix")
    void datasetGetsTheExpectedLevelFromTheExpectedRule(String scenario, RiskLevel level, String rule, RuleInput input) {
        DatasetAssessment a = RuleEngine.standard().assess(input);

        assertEquals(level, a.risk(), () -> scenario + "\n" + describe(a));
        Finding worst = a.findings().get(0);
        assertEquals(rule, worst.rule(), () -> scenario + "\n" + describe(a));
        assertFalse(worst.message().isBlank());
        if (worst.level().isAtLeast(RiskLevel.MEDIUM) && worst.level() != RiskLevel.UNKNOWN) {
            assertFalse(worst.remediation().isBlank(), () -> "a " + worst.level().id() + " finding says what to do");
        }
        if (!input.governing().isEmpty()) {
            assertFalse(worst.clauses().isEmpty(), "a finding about terms cites the clauses it rests on");
        }
    }

    private static Arguments row(String scenario, RiskLevel level, String rule, RuleInput input) {
        return Arguments.of(scenario, level, rule, input);
    }

    static String describe(DatasetAssessment a) {
        StringBuilder b = new StringBuilder(a.risk().id());
        for (Finding f : a.findings()) {
            b.append("\n  ").append(f.level().id()).append(' ').append(f.rule()).append(": ").append(f.message());
        }
        a.obligations().forEach(o -> b.append("\n  obligation ").append(o.kind().id()).append(": ").append(o.detail()));
        return b.toString();
    }

    static List<String> rulesOf(DatasetAssessment a) {
        return a.findings().stream().map(Finding::rule).toList();
    }
}
