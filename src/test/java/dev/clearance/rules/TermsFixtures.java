package dev.clearance.rules;

import static dev.clearance.rules.FactsBuilder.facts;

import dev.clearance.domain.terms.Channel;
import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.Confidence;
import dev.clearance.domain.terms.DocumentOrigin;
import dev.clearance.domain.terms.OutputUseFacts;
import dev.clearance.domain.terms.Regime;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsVersion;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.terms.TermsCatalog;
import java.time.LocalDate;
import java.util.List;

/**
 * The terms versions the rule tests and the benchmark run on: versions of the shipped catalog, with their
 * real facts and clauses, and two clearly hypothetical versions for cases the catalog cannot hold (an
 * unverified version; a licence known only second-hand).
 */
public final class TermsFixtures {
    private static final TermsCatalog CATALOG = TermsCatalog.loadShipped();

    public static final GoverningTerms OPENAI_SERVICES = shipped("openai-services-agreement@2026-01-01");
    public static final GoverningTerms OPENAI_CONSUMER = shipped("openai-terms-of-use@2024-01-31");
    public static final GoverningTerms ANTHROPIC_COMMERCIAL = shipped("anthropic-commercial-terms@2025-06-17");
    public static final GoverningTerms ANTHROPIC_USAGE_POLICY = shipped("anthropic-usage-policy@2025-09-15");
    public static final GoverningTerms GEMINI_API = shipped("gemini-api-additional-terms@2025-04-03");
    public static final GoverningTerms XAI = shipped("xai-terms-of-service@2025-02-14");
    public static final GoverningTerms MISTRAL_TERMS_2026 = shipped("mistral-commercial-terms@2026-03-12");
    public static final GoverningTerms MICROSOFT_SERVICES = shipped("microsoft-services-agreement@2025-09-30");
    /**
     * Hypothetical: a version nobody has verified (as a user's own added document is). The catalog ships none,
     * since every catalog fact must rest on a recorded text; the rules must still treat such a version as unknown.
     */
    public static final GoverningTerms AZURE_OPENAI = terms("azure-openai-terms", "azure-openai",
            "Azure OpenAI / Microsoft Generative AI Services terms (hypothetical, unverified)", Channel.CLOUD, "2025-10-01",
            OutputUseFacts.unverified(), clause("", "Universal License Terms for Generative AI Services",
                    Confidence.UNCERTAIN, Tag.COMPETING_MODEL_BAN));
    public static final GoverningTerms LLAMA_2 = shipped("llama-2-community-license@2023-07-18");
    public static final GoverningTerms LLAMA_3 = shipped("llama-3-community-license@2024-04-18");
    public static final GoverningTerms LLAMA_3_1 = shipped("llama-3.1-community-license@2024-07-23");
    public static final GoverningTerms GEMMA = shipped("gemma-terms-of-use@2025-03-24");
    public static final GoverningTerms DEEPSEEK_V1 = shipped("deepseek-license-v1@2023-10-23");
    public static final GoverningTerms HUNYUAN = shipped("tencent-hunyuan-community-license-a13b@2025-06-27");
    public static final GoverningTerms MIT = shipped("mit@2025-01-20");
    public static final GoverningTerms APACHE_2 = shipped("apache-2.0@2004-01-01");
    public static final GoverningTerms DEEPSEEK_PLATFORM = shipped("deepseek-platform-terms@2026-04-29");
    /** Hypothetical: the reported Qwen LICENSE of 2024 (no recorded text ships, so the catalog has no entry). */
    public static final GoverningTerms QWEN_2024 = terms("qwen-license", "alibaba", "Qwen LICENSE AGREEMENT (hypothetical)",
            Channel.WEIGHTS, "2024-09-19", facts(Regime.CONDITIONAL).attribution("Built with Qwen", "Improved using Qwen")
                    .mau(100_000_000L).confidence(Confidence.SECONDHAND).build(),
            clause("", "Redistribution", Confidence.SECONDHAND, Tag.OUTPUT_USE_PERMITTED, Tag.ATTRIBUTION),
            clause("", "Additional Commercial Terms", Confidence.SECONDHAND, Tag.MAU_THRESHOLD));
    public static final GoverningTerms QWEN_RESEARCH = shipped("qwen-research-license@2024-09-19");
    public static final GoverningTerms TONGYI_QIANWEN = shipped("tongyi-qianwen-license@2023-08-03");
    public static final GoverningTerms MISTRAL_RESEARCH = shipped("mistral-research-license@2026-12-04");

    /** A version of the shipped catalog, exactly as the app reads it: the rules run on the catalog's own facts. */
    public static GoverningTerms shipped(String reference) {
        TermsRef ref = TermsRef.parse(reference);
        TermsDocument doc = CATALOG.document(ref.documentId()).orElseThrow(() -> new IllegalArgumentException(reference));
        TermsVersion v = doc.version(ref.effectiveOn()).orElseThrow(() -> new IllegalArgumentException(reference));
        return new GoverningTerms(doc, v, false);
    }

    private TermsFixtures() {
    }

    /** Every fixture, for the benchmark's mix. */
    public static List<GoverningTerms> all() {
        return List.of(OPENAI_SERVICES, OPENAI_CONSUMER, ANTHROPIC_COMMERCIAL, ANTHROPIC_USAGE_POLICY, GEMINI_API, XAI,
                MISTRAL_TERMS_2026, MICROSOFT_SERVICES, AZURE_OPENAI, LLAMA_2, LLAMA_3, LLAMA_3_1, GEMMA, DEEPSEEK_V1,
                HUNYUAN, MIT, APACHE_2, DEEPSEEK_PLATFORM, QWEN_2024, QWEN_RESEARCH, TONGYI_QIANWEN, MISTRAL_RESEARCH);
    }

    /** The same terms, marked as chosen without a collection date. */
    public static GoverningTerms dateAssumed(GoverningTerms terms) {
        return new GoverningTerms(terms.document(), terms.version(), true);
    }

    /** A second, earlier version of the same document, so that the assumed version matters. */
    public static GoverningTerms withEarlierVersion(GoverningTerms terms, String earlier) {
        TermsVersion old = new TermsVersion(terms.document().id(), LocalDate.parse(earlier), null, null, null, "",
                null, terms.facts(), terms.version().clauses(), "");
        TermsDocument doc = terms.document().withVersions(List.of(old, terms.version()));
        return new GoverningTerms(doc, terms.version(), terms.dateAssumed());
    }

    static Clause clause(String section, String heading, Tag... tags) {
        return clause(section, heading, Confidence.VERIFIED, tags);
    }

    static Clause clause(String section, String heading, Confidence confidence, Tag... tags) {
        return new Clause(section, heading, "Paraphrase of " + heading + ".", "", List.of(tags), confidence);
    }

    static Clause worded(String section, String heading, String keyPhrase, Tag... tags) {
        return new Clause(section, heading, "Materials and outputs may not be used to improve " + keyPhrase + ".",
                keyPhrase, List.of(tags), Confidence.VERIFIED);
    }

    private static GoverningTerms terms(String id, String provider, String title, Channel channel, String date,
                                        OutputUseFacts facts, Clause... clauses) {
        TermsVersion v = new TermsVersion(id, LocalDate.parse(date), null, null, "effective",
                "https://example.test/" + id, LocalDate.of(2026, 8, 1), facts, List.of(clauses), "");
        TermsDocument doc = new TermsDocument(id, provider, title, channel, "https://example.test/" + id,
                DocumentOrigin.CATALOG, false, "", "", List.of(v));
        return new GoverningTerms(doc, v, false);
    }

    private static GoverningTerms timeless(String id, String provider, String title, OutputUseFacts facts,
                                           Clause... clauses) {
        TermsVersion v = new TermsVersion(id, LocalDate.of(2004, 1, 1), null, null, "undated", "", null, facts,
                List.of(clauses), "");
        TermsDocument doc = new TermsDocument(id, provider, title, Channel.WEIGHTS, "", DocumentOrigin.CATALOG, true,
                "", "", List.of(v));
        return new GoverningTerms(doc, v, false);
    }
}
