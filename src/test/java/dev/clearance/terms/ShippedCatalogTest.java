package dev.clearance.terms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.domain.terms.Channel;
import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.OutputUseFacts;
import dev.clearance.domain.terms.Regime;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.domain.terms.TermsVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loader test on the real shipped catalog and registry. */
class ShippedCatalogTest {
    private static TermsCatalog catalog;
    private static ModelRegistry registry;

    @BeforeAll
    static void load() {
        catalog = TermsCatalog.loadShipped();
        registry = ModelRegistry.loadShipped(catalog);
    }

    private static TermsVersion version(String ref) {
        return catalog.version(TermsRef.parse(ref)).orElseThrow(() -> new AssertionError("missing " + ref));
    }

    @Test
    void catalogDeclaresSchemaVersionTwoAndTheRegistryOne() throws Exception {
        ObjectMapper om = new ObjectMapper();
        try (InputStream in = getClass().getResourceAsStream(TermsCatalog.RESOURCE)) {
            assertEquals(2, om.readTree(in).get("schemaVersion").asInt());
        }
        try (InputStream in = getClass().getResourceAsStream(ModelRegistry.RESOURCE)) {
            assertEquals(1, om.readTree(in).get("schemaVersion").asInt());
        }
    }

    @Test
    void catalogHasAtLeastTwentyFiveDocumentsWithUniqueKebabIds() {
        List<TermsDocument> docs = catalog.documents();
        assertTrue(docs.size() >= 25, "only " + docs.size() + " documents");
        Set<String> ids = new HashSet<>();
        for (TermsDocument d : docs) {
            assertTrue(ids.add(d.id()), "duplicate id " + d.id());
            assertTrue(TermsRef.isValidDocumentId(d.id()), d.id());
        }
    }

    @Test
    void everyDocumentHasASourceUrlAndDatedVersionsWithALastCheckedDate() {
        LocalDate today = LocalDate.now();
        for (TermsDocument d : catalog.documents()) {
            assertTrue(d.sourceUrl().startsWith("https://"), d.id());
            assertFalse(d.versions().isEmpty(), d.id());
            for (int i = 0; i < d.versions().size(); i++) {
                TermsVersion v = d.versions().get(i);
                assertTrue(v.sourceUrl().startsWith("https://"), v.ref().toString());
                assertFalse(v.lastChecked().isAfter(today), v.ref() + " checked in the future");
                assertFalse(v.clauses().isEmpty(), v.ref() + " has no clauses");
                if (i + 1 < d.versions().size()) {
                    assertTrue(v.inForceUntil() != null
                            && v.inForceUntil().isBefore(d.versions().get(i + 1).effectiveOn()), v.ref() + " range");
                }
            }
        }
    }

    @Test
    void everyTagInTheShippedFileIsInTheVocabulary() throws Exception {
        Set<String> vocabulary = Set.copyOf(Tag.ids());
        assertEquals(16, vocabulary.size());
        try (InputStream in = getClass().getResourceAsStream(TermsCatalog.RESOURCE)) {
            JsonNode root = new ObjectMapper().readTree(in);
            int seen = 0;
            for (JsonNode tag : root.findValues("tags")) {
                for (JsonNode t : tag) {
                    assertTrue(vocabulary.contains(t.asText()), t.asText());
                    seen++;
                }
            }
            assertTrue(seen > 50);
        }
    }

    @Test
    void everyVocabularyTagIsUsedByTheCatalog() {
        Set<Tag> used = EnumSet.noneOf(Tag.class);
        catalog.documents().forEach(d -> d.versions().forEach(v -> v.clauses().forEach(c -> used.addAll(c.tags()))));
        assertEquals(EnumSet.allOf(Tag.class), used);
    }

    @Test
    void everyRegistryTargetExistsInTheCatalog() {
        assertFalse(registry.rules().isEmpty());
        registry.rules().forEach(r -> r.governedBy().forEach(t ->
                assertTrue(catalog.document(t.documentId()).isPresent(), r.id() + " -> " + t.documentId())));
    }

    @Test
    void catalogCoversEveryProviderAndChannelOfTheFactSheet() {
        Set<String> providers = catalog.documents().stream().map(TermsDocument::provider).collect(Collectors.toSet());
        assertTrue(providers.containsAll(List.of("openai", "microsoft", "anthropic", "google", "meta", "mistral",
                "deepseek", "alibaba", "xai", "stability", "tencent", "perplexity", "moonshot", "bytedance", "baidu",
                "together", "fireworks")), providers.toString());
        Set<Channel> channels = catalog.documents().stream().map(TermsDocument::channel).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Channel.class), channels);
        for (String id : List.of("openai-services-agreement", "openai-business-terms", "openai-terms-of-use",
                "anthropic-commercial-terms", "anthropic-usage-policy", "llama-3.1-community-license",
                "gemma-terms-of-use", "apache-2.0", "mit", "deepseek-license-v1", "qwen-research-license", "cc-by-nc-4.0",
                "mistral-research-license", "stability-community-license", "tencent-hunyuan-community-license-a13b",
                "xai-enterprise-terms", "mistral-commercial-terms", "kimi-terms-of-service", "doubao-terms-of-service",
                "together-ai-terms-of-service", "fireworks-ai-terms-of-service")) {
            assertTrue(catalog.document(id).isPresent(), id);
        }
    }

    @Test
    void quotesStayShort() {
        catalog.documents().forEach(d -> d.versions().forEach(v -> v.clauses().forEach(c ->
                assertTrue(c.quote().split("\\s+").length <= TermsCatalog.MAX_QUOTE_WORDS, c.quote()))));
    }

    @Test
    void openAiServicesAgreementCarriesSection33eAndBothPermittedExceptions() {
        TermsVersion v = version("openai-services-agreement@2026-01-01");
        assertEquals(LocalDate.parse("2025-12-01"), v.publishedOn());
        Clause c = v.clauses().stream().filter(x -> x.section().equals("3.3(e)")).findFirst().orElseThrow();
        assertTrue(c.has(Tag.COMPETING_MODEL_BAN));
        assertTrue(c.quote().contains("use Output to develop artificial intelligence models that compete with OpenAI"));
        assertEquals(Regime.COMPETING_MODEL_BAN, v.facts().regime());
        assertEquals(List.of("undistributed-classifier", "provider-fine-tuning"),
                v.facts().permittedExceptions().stream().map(OutputUseFacts.PermittedException::id).toList());
        assertEquals(OutputUseFacts.Survival.UNCLEAR, v.facts().survival());
        assertNull(v.facts().retentionDays(), "the Agreement states no abuse-log retention period (audit item 8)");
        assertNull(v.inForceUntil());
        assertEquals(LocalDate.parse("2025-12-31"), version("openai-services-agreement@2025-05-31").inForceUntil());
    }

    @Test
    void openAiBusinessTermsEndWhenTheServicesAgreementStarts() {
        TermsVersion v = version("openai-business-terms@2023-11-14");
        assertEquals(LocalDate.parse("2025-05-30"), v.inForceUntil());
        assertEquals("2(e)", v.clauses().get(0).section());
        assertEquals(LocalDate.parse("2024-01-30"), version("openai-terms-of-use@2023-03-14").inForceUntil());
        assertEquals("2(c)(iii)", version("openai-terms-of-use@2023-03-14").clauses().get(0).section());
        assertTrue(catalog.document("openai-eu-terms-of-use").orElseThrow().version(LocalDate.parse("2024-02-15"))
                .isPresent(), "the EU terms effective 2024-02-15 (audit item 3)");
    }

    @Test
    void llamaLicencesMoveFromAnyModelBanToNamingAndAttribution() {
        for (String ref : List.of("llama-2-community-license@2023-07-18", "llama-3-community-license@2024-04-18")) {
            assertEquals(Regime.ANY_MODEL_BAN, version(ref).facts().regime(), ref);
            assertEquals(700_000_000L, version(ref).facts().mauThreshold());
        }
        assertEquals("1.b.v", version("llama-2-community-license@2023-07-18").clauses().get(0).section());
        assertEquals("Llama 3", version("llama-3-community-license@2024-04-18").facts().namingPrefix());
        for (String ref : List.of("llama-3.1-community-license@2024-07-23", "llama-3.2-community-license@2024-09-25",
                "llama-3.3-community-license@2024-12-06", "llama-4-community-license@2025-04-05")) {
            OutputUseFacts f = version(ref).facts();
            assertEquals(Regime.CONDITIONAL, f.regime(), ref);
            assertEquals("Llama", f.namingPrefix());
            assertEquals(List.of("Built with Llama"), f.attributionTexts());
            assertTrue(f.licenceCopyRequired());
            assertEquals(700_000_000L, f.mauThreshold());
        }
        assertEquals(List.of("EU"), version("llama-3.2-acceptable-use-policy@2024-09-25").facts().excludedRegions(),
                "the multimodal carve-out is in the policy, not the licence");
        assertEquals(List.of(), version("llama-3.2-community-license@2024-09-25").facts().excludedRegions());
    }

    @Test
    void derivativeLicencesAreMarkedPassThrough() {
        for (String ref : List.of("gemma-terms-of-use@2024-02-21", "gemma-terms-of-use@2025-03-24",
                "deepseek-license-v1@2023-10-23")) {
            OutputUseFacts f = version(ref).facts();
            assertEquals(Regime.PASS_THROUGH, f.regime(), ref);
            assertTrue(f.derivativesIncludeOutputTraining() && f.restrictionsPassThrough(), ref);
        }
        assertEquals("1.1(e)", version("gemma-terms-of-use@2024-04-01").clauses().get(0).section());
    }

    @Test
    void tencentHunyuanBansImprovingOtherModelsAndItsTerritoryDependsOnTheVersion() {
        assertEquals(Regime.ANY_MODEL_BAN, version("tencent-hunyuan-community-license-large@2024-11-05").facts().regime());
        assertEquals(List.of("EU"), version("tencent-hunyuan-community-license-large@2024-11-05").facts().excludedRegions());
        OutputUseFacts a13b = version("tencent-hunyuan-community-license-a13b@2025-06-27").facts();
        assertEquals(Regime.ANY_MODEL_BAN, a13b.regime());
        assertEquals(List.of("EU", "UK", "KR"), a13b.excludedRegions());
        assertEquals(List.of(), version("tencent-hunyuan-community-license-dit@2024-05-14").facts().excludedRegions());
    }

    @Test
    void qwenThresholdsAndAttributionFollowTheTexts() {
        assertEquals(100_000_000L, version("tongyi-qianwen-license@2023-08-03").facts().mauThreshold());
        assertEquals("5(b)", version("tongyi-qianwen-license@2023-08-03").clauses().get(0).section());
        assertEquals("4(b)", version("tongyi-qianwen-research-license@2023-11-30").clauses().get(0).section());
        OutputUseFacts q = version("qwen-research-license@2024-09-19").facts();
        assertEquals(Regime.NON_COMMERCIAL, q.regime());
        assertEquals(List.of("Built with Qwen", "Improved using Qwen"), q.attributionTexts());
        assertFalse(version("qwen-research-license@2024-09-19").isVerified(), "a third-party copy");
        assertTrue(catalog.document("qwen-license").isEmpty(), "no recorded text of the 2024 Qwen LICENSE exists");
    }

    @Test
    void mistralRestrictionsFollowTheDatesOfTheirTexts() {
        OutputUseFacts f = version("mistral-commercial-terms@2026-03-12").facts();
        assertEquals(List.of("image"), f.outputTypes());
        assertTrue(f.limitedToSomeOutputTypes());
        assertEquals(Regime.COMPETING_MODEL_BAN, version("mistral-terms-of-service@2024-02-08").facts().regime());
        assertEquals(Regime.PERMITTED, version("mistral-terms-of-service@2024-02-27").facts().regime(),
                "the competing clause was gone by the recording of 2024-02-27 (audit item 37)");
        assertEquals(List.of("web-search"), version("mistral-commercial-terms@2025-12-11").facts().outputTypes());
        assertEquals(Regime.NON_COMMERCIAL, version("mistral-research-license@2026-12-04").facts().regime());
    }

    @Test
    void entriesThatCannotBeTiedToATextAreNotCatalogued() {
        for (String gone : List.of("azure-openai-terms", "google-cloud-vertex-ai-terms", "nvidia-open-model-license",
                "tencent-hunyuan-community-license")) {
            assertTrue(catalog.document(gone).isEmpty(), gone);
        }
        TermsDocument gemini = catalog.document("gemini-api-additional-terms").orElseThrow();
        for (String invented : List.of("2024-02-15", "2024-12-13")) {
            assertTrue(gemini.version(LocalDate.parse(invented)).isEmpty(), invented);
        }
        assertFalse(version("wenxinyiyan-terms-of-service@2023-11-23").isVerified(),
                "the recorded Baidu text says nothing about outputs");
        assertTrue(version("anthropic-usage-policy@2025-09-15").isVerified());
    }
}
