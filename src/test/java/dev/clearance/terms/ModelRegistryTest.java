package dev.clearance.terms;

import dev.clearance.domain.terms.Channel;
import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.Confidence;
import dev.clearance.domain.terms.DocumentOrigin;
import dev.clearance.domain.terms.ModelMapping;
import dev.clearance.domain.terms.OutputUseFacts;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.domain.terms.TermsVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registry resolution table: model + provider + access + date → governing document versions. */
class ModelRegistryTest {
    private static TermsCatalog catalog;
    private static ModelRegistry registry;

    @BeforeAll
    static void load() {
        catalog = TermsCatalog.loadShipped();
        registry = ModelRegistry.loadShipped(catalog);
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    @ParameterizedTest(name = "{0} / {1} / {2} on {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "gpt-4o-2024-08-06             | -            | api          | 2024-09-01 | openai-business-terms@2023-11-14",
        "gpt-4o                        | openai       | api          | 2025-07-01 | openai-services-agreement@2025-05-31",
        "gpt-4.1                       | -            | api          | 2026-02-01 | openai-services-agreement@2026-01-01",
        "gpt-3.5-turbo                 | -            | api          | 2023-06-01 | openai-terms-of-use@2023-03-14",
        "o3-mini                       | -            | api          | 2025-02-01 | openai-business-terms@2023-11-14",
        "gpt-4                         | -            | app          | 2024-03-01 | openai-terms-of-use@2024-01-31",
        "gpt-4                         | -            | app          | 2023-12-01 | openai-terms-of-use@2023-03-14",
        "gpt-oss-120b                  | -            | weights      | 2025-09-01 | apache-2.0@2004-01-01",
        "claude-3-5-sonnet             | -            | api          | 2025-07-01 | anthropic-commercial-terms@2025-06-17 anthropic-usage-policy@2024-06-06",
        "claude-sonnet-4               | anthropic    | api          | 2025-10-01 | anthropic-commercial-terms@2025-06-17 anthropic-usage-policy@2025-09-15",
        "claude-3-opus                 | -            | app          | 2025-11-01 | anthropic-consumer-terms@2025-10-08 anthropic-usage-policy@2025-09-15",
        "Llama-3.1-70B-Instruct        | -            | weights      | 2024-08-01 | llama-3.1-community-license@2024-07-23",
        "Meta-Llama-3.1-8B-Instruct    | meta         | weights      | -          | llama-3.1-community-license@2024-07-23",
        "Llama-3.2-3B-Instruct         | -            | weights      | 2025-01-01 | llama-3.2-community-license@2024-09-25",
        "Llama-3.3-70B-Instruct        | -            | weights      | 2025-01-01 | llama-3.3-community-license@2024-12-06",
        "Llama-4-Scout-17B-16E         | -            | weights      | 2025-06-01 | llama-4-community-license@2025-04-05 llama-4-acceptable-use-policy@2025-04-05",
        "Llama-3.2-11B-Vision-Instruct | -            | weights      | 2025-01-01 | llama-3.2-community-license@2024-09-25 llama-3.2-acceptable-use-policy@2024-09-25",
        "Llama-3.1-70B-Instruct        | meta         | api          | 2025-06-01 | meta-llama-api-terms@2025-04-29",
        "Meta-Llama-3-8B-Instruct      | -            | weights      | 2024-05-01 | llama-3-community-license@2024-04-18",
        "Llama-2-13b-chat-hf           | -            | weights      | 2023-09-01 | llama-2-community-license@2023-07-18",
        "Llama-3.1-405B                | meta         | api          | 2026-09-01 | meta-llama-api-terms@2026-08-21",
        "Qwen2.5-7B-Instruct           | -            | weights      | 2024-10-01 | apache-2.0@2004-01-01",
        "Qwen2.5-3B-Instruct           | -            | weights      | 2024-10-01 | qwen-research-license@2024-09-19",
        "Qwen3-235B-A22B               | alibaba      | weights      | 2025-06-01 | apache-2.0@2004-01-01",
        "Qwen-72B-Chat                 | -            | weights      | 2023-09-01 | tongyi-qianwen-license@2023-08-03",
        "Qwen-72B-Chat                 | -            | weights      | 2024-01-01 | tongyi-qianwen-license@2023-09-25",
        "qwen-max                      | -            | app          | 2026-06-01 | qwen-chat-terms@2026-05-19",
        "qwen-max                      | -            | app          | 2025-06-01 | qwen-chat-terms@2025-03-01",
        "gemma-4-31b-it                | -            | weights      | 2026-05-01 | apache-2.0@2004-01-01",
        "gemma-2-27b-it                | -            | weights      | 2024-08-01 | gemma-terms-of-use@2024-04-01",
        "gemma-3-27b-it                | google       | weights      | 2025-05-01 | gemma-terms-of-use@2025-03-24",
        "gemini-1.5-pro                | -            | api          | 2025-01-10 | gemini-api-additional-terms@2024-10-31",
        "gemini-2.0-flash              | -            | api          | 2025-06-01 | gemini-api-additional-terms@2025-04-03",
        "gemini-pro                    | -            | app          | 2023-12-01 | google-generative-ai-additional-terms@2023-08-09",
        "gemini-2.5-pro                | google       | app          | 2025-06-01 | google-terms-of-service@2024-05-22",
        "DeepSeek-R1                   | -            | weights      | 2025-02-01 | mit@2025-01-20 deepseek-r1-license-statement@2025-01-20",
        "DeepSeek-V3                   | -            | weights      | 2025-01-15 | deepseek-license-v1@2023-10-23",
        "DeepSeek-V3                   | deepseek     | weights      | 2025-04-01 | mit@2025-01-20",
        "deepseek-chat                 | -            | api          | 2025-06-01 | deepseek-platform-terms@2025-01-20",
        "DeepSeek-R1-Distill-Llama-70B | -            | weights      | 2025-03-01 | llama-3.3-community-license@2024-12-06 mit@2025-01-20",
        "mistral-large-2411            | -            | weights      | 2025-01-01 | mistral-research-license@2026-12-04",
        "Mixtral-8x7B-Instruct-v0.1    | -            | weights      | 2024-03-01 | apache-2.0@2004-01-01",
        "mistral-large-latest          | -            | api          | 2024-02-20 | mistral-terms-of-service@2024-02-08",
        "mistral-large-latest          | -            | api          | 2024-03-01 | mistral-terms-of-service@2024-02-27",
        "mistral-small-latest          | mistral      | api          | 2025-03-01 | mistral-terms-of-service@2024-11-16",
        "mistral-small-latest          | mistral      | api          | 2025-07-01 | mistral-terms-of-service@2025-05-27",
        "mistral-small-latest          | mistral      | api          | 2026-04-01 | mistral-commercial-terms@2026-03-12",
        "codestral-22b                 | -            | weights      | 2024-07-01 | mistral-non-production-license@2026-12-04",
        "grok-3                        | -            | api          | 2026-09-01 | xai-enterprise-terms@2026-08-14 xai-acceptable-use-policy@2026-08-14",
        "grok-3                        | -            | app          | 2025-08-01 | xai-terms-of-service@2025-06-09 xai-acceptable-use-policy@2025-01-02",
        "command-r-plus                | -            | weights      | 2024-09-01 | cc-by-nc-4.0@2026-12-04",
        "hunyuan-a13b-instruct         | -            | weights      | 2025-07-01 | tencent-hunyuan-community-license-a13b@2025-06-27",
        "meta-llama/Llama-3.3-70B-Instruct-Turbo | together | api | 2025-06-01 | together-ai-terms-of-service@2025-05-06 llama-3.3-community-license@2024-12-06",
        "Llama-3.1-8B-Instruct         | meta         | cloud:together | 2025-11-01 | together-ai-terms-of-service@2025-10-21 llama-3.1-community-license@2024-07-23",
        "accounts/fireworks/models/qwen2p5-7b-instruct | fireworks | api | 2025-06-01 | fireworks-ai-terms-of-service@2024-05-10 apache-2.0@2004-01-01",
        "kimi-k1.5                     | -            | app          | 2025-06-01 | kimi-terms-of-service@2024-01-05",
        "doubao-pro                    | -            | app          | 2025-06-01 | doubao-terms-of-service@2025-03-05",
        "Phi-4                         | -            | weights      | 2025-02-01 | mit@2025-01-20",
        "OLMo-2-1124-13B               | -            | weights      | 2025-02-01 | apache-2.0@2004-01-01",
        "stable-diffusion-3.5-large    | -            | weights      | 2025-02-01 | stability-community-license@2024-07-05",
        "copilot                       | microsoft    | app          | 2025-10-01 | microsoft-services-agreement@2025-09-30",
        "Mistral-7B-Instruct-v0.3      | mistralai    | weights      | 2024-06-01 | apache-2.0@2004-01-01",
        "Llama-3.3-70B-Instruct        | meta-llama   | weights      | 2025-01-01 | llama-3.3-community-license@2024-12-06",
        "DeepSeek-R1                   | deepseek-ai  | weights      | 2025-02-01 | mit@2025-01-20 deepseek-r1-license-statement@2025-01-20",
    })
    void resolvesModelToTheTermsInForce(String model, String provider, String access, String collected,
                                        String expected) {
        Resolution r = registry.resolve(model, provider, access, date(collected));
        assertTrue(r.isResolved(), r.message());
        assertEquals(Arrays.asList(expected.split(" ")), r.refs().stream().map(TermsRef::toString).toList(),
                "warnings: " + r.warnings());
    }

    @ParameterizedTest(name = "{0} / {1} / {2} is unknown")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "acme-llm-7b     | -      | api     | not in the registry",
        "gpt-4o          | -      | weights | access 'weights' is not mapped",
        "gpt-4o          | -      | -       | depend on the channel",
        "DeepSeek-R1     | -      | -       | depend on the channel",
        "claude-3-haiku  | openai | api     | not for provider 'openai'",
        "command-r-plus  | cohere | api     | access 'api' is not mapped",
        "-               | -      | api     | No generator model",
    })
    void unknownModelsExplainWhatToDo(String model, String provider, String access, String expectedText) {
        Resolution r = registry.resolve(model, provider, access, LocalDate.parse("2025-01-01"));
        assertFalse(r.isResolved());
        assertTrue(r.message().contains(expectedText), r.message());
        assertTrue(r.terms().isEmpty());
        if (expectedText.startsWith("not")) {
            assertTrue(r.message().contains("model mapping"), r.message());
        }
    }

    @Test
    void providerIsInferredFromTheModelWhenEmpty() {
        Resolution r = registry.resolve("claude-3-5-sonnet", "", "api", LocalDate.parse("2025-07-01"));
        assertEquals("anthropic", r.provider());
        assertTrue(r.providerInferred());
        assertEquals(Channel.API, r.channel());
        assertEquals("registry:anthropic-api", r.matchedBy());
        assertEquals(Optional.of("meta"), registry.inferProvider("Llama-3.1-8B"));
    }

    @Test
    void missingDateUsesTheLatestVersionAndWarns() {
        Resolution r = registry.resolve("gpt-4o", "openai", "api", null);
        assertEquals(List.of(TermsRef.parse("openai-services-agreement@2026-01-01")), r.refs());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("no collected_on: latest version used")),
                r.warnings().toString());
    }

    @Test
    void timelessLicencesNeedNoDate() {
        Resolution r = registry.resolve("Llama-3.1-8B-Instruct", "", "weights", null);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        assertEquals(Confidence.VERIFIED, r.confidence());
    }

    @ParameterizedTest(name = "{0} / {1} / {2}: no recorded text, so unknown")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "gpt-4o                   | -            | cloud:azure  | Microsoft's Product Terms",
        "gpt-4o-mini              | azure-openai | api          | Microsoft's Product Terms",
        "Qwen2.5-72B-Instruct     | -            | weights      | Qwen LICENSE AGREEMENT",
        "Nemotron-4-340B-Instruct | -            | weights      | NVIDIA Open Model License",
        "gemini-1.5-pro           | google       | cloud:vertex | Google Cloud Service Specific Terms",
    })
    void channelsWhoseTermsHaveNoRecordedTextAreUnknownWithTheGapNamed(String model, String provider, String access,
                                                                        String named) {
        Resolution r = registry.resolve(model, provider, access, LocalDate.parse("2025-11-01"));
        assertFalse(r.isResolved(), r.refs().toString());
        assertTrue(r.message().contains(named) && r.message().contains("no recorded text"), r.message());
    }

    @Test
    void aResellerNeedsTheModelsOwnLicenceAndSaysSoWhenItIsUnknown() {
        Resolution r = registry.resolve("some-new-llama-finetune", "together", "api", LocalDate.parse("2025-11-01"));
        assertFalse(r.isResolved());
        assertTrue(r.message().contains("no weights licence"), r.message());
        assertEquals("llama-3.3-70b-instruct", ModelRegistry.servedModel("accounts/fireworks/models/llama-v3p3-70b-instruct"));
        assertEquals("deepseek-v3.1", ModelRegistry.servedModel("accounts/fireworks/models/deepseek-v3p1"));
    }

    @Test
    void singleChannelModelWithoutAccessIsAssumedAndWarned() {
        Resolution r = registry.resolve("gemma-2-9b-it", "", "", LocalDate.parse("2024-08-01"));
        assertTrue(r.isResolved(), r.message());
        assertEquals("weights", r.access());
        assertTrue(r.warnings().get(0).startsWith("no access given"));
    }

    @Test
    void aDateBeforeTheEarliestCataloguedVersionIsUnknownNotTheNextVersion() {
        Resolution r = registry.resolve("claude-3-opus", "", "api", LocalDate.parse("2024-03-01"));
        assertFalse(r.isResolved(), "a later version must not be applied: " + r.refs());
        assertTrue(r.message().contains("collected_on 2024-03-01 is before the earliest catalogued version of"
                + " anthropic-commercial-terms (anthropic-commercial-terms@2025-06-17"), r.message());
        Resolution api = registry.resolve("grok-2", "", "api", LocalDate.parse("2025-03-01"));
        assertFalse(api.isResolved(), "the xAI API's enterprise terms are recorded from 2025-06-27 only");
    }

    @Test
    void aVersionDatedByItsRecordingSaysItMayHaveAppliedEarlier() {
        Resolution r = registry.resolve("mistral-large-latest", "", "api", LocalDate.parse("2024-03-01"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("mistral-terms-of-service@2024-02-27 is dated by the day"
                + " its text was recorded")), r.warnings().toString());
    }

    @Test
    void userMappingsTakePrecedenceOverTheRegistry() {
        TermsDocument enterprise = new TermsDocument("acme-openai-enterprise", "openai", "Acme enterprise agreement",
                Channel.API, "", DocumentOrigin.USER, false, "", "", List.of(new TermsVersion(
                "acme-openai-enterprise", LocalDate.parse("2024-06-01"), null, null, "effective", "", null,
                OutputUseFacts.unverified(), List.of(new Clause("", "", "negotiated", "", List.of(), Confidence.UNCERTAIN)), "")));
        ModelMapping mapping = new ModelMapping(7L, "gpt-4o*", "openai", "api", List.of("acme-openai-enterprise"),
                "negotiated terms", Instant.EPOCH);
        Resolution r = registry.resolve("gpt-4o-2024-08-06", "openai", "api", LocalDate.parse("2025-01-01"),
                List.of(mapping), id -> id.equals(enterprise.id()) ? Optional.of(enterprise) : catalog.document(id));
        assertEquals("user-mapping:7", r.matchedBy());
        assertEquals(List.of(TermsRef.parse("acme-openai-enterprise@2024-06-01")), r.refs());
        Resolution other = registry.resolve("gpt-4o", "openai", "app", LocalDate.parse("2025-01-01"),
                List.of(mapping), catalog::document);
        assertEquals("registry:openai-app", other.matchedBy());
    }

    @Test
    void userMappingCanMapAnUnknownModelToACatalogDocument() {
        ModelMapping mapping = new ModelMapping(1L, "acme-llm-*", "", "", List.of("apache-2.0"), "", Instant.EPOCH);
        Resolution r = registry.resolve("acme-llm-7b", "", "weights", null, List.of(mapping), catalog::document);
        assertTrue(r.isResolved());
        assertEquals("apache-2.0@2004-01-01", r.refs().get(0).toString());
    }
}
