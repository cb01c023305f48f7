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
import java.time.LocalDate;
import java.util.List;

/**
 * Hand-made terms versions mirroring the real regimes of research/terms-facts.md (paraphrased, as the
 * catalog is), for rule tests and the benchmark.
 */
public final class TermsFixtures {
    public static final GoverningTerms OPENAI_SERVICES = terms("openai-services-agreement", "openai",
            "OpenAI Services Agreement", Channel.API, "2026-01-01",
            facts(Regime.COMPETING_MODEL_BAN)
                    .exception("undistributed-classifier", "Models mainly meant to categorise, classify or organise "
                            + "data (embeddings, classifiers) are allowed if not distributed or made commercially "
                            + "available to third parties.")
                    .exception("provider-fine-tuning", "Fine-tuning through OpenAI's own fine-tuning service is allowed.")
                    .survival(OutputUseFacts.Survival.UNCLEAR).retentionDays(30).build(),
            clause("3.3(e)", "Restrictions", Tag.COMPETING_MODEL_BAN, Tag.PERMITTED_EXCEPTION),
            clause("11.4", "Survival", Tag.SURVIVAL));
    public static final GoverningTerms OPENAI_CONSUMER = terms("openai-terms-of-use", "openai", "OpenAI Terms of Use",
            Channel.APP, "2023-11-14", facts(Regime.COMPETING_MODEL_BAN).build(),
            clause("", "What you cannot do", Tag.COMPETING_MODEL_BAN));
    public static final GoverningTerms ANTHROPIC_COMMERCIAL = terms("anthropic-commercial-terms", "anthropic",
            "Anthropic Commercial Terms of Service", Channel.API, "2025-06-17",
            facts(Regime.COMPETING_MODEL_BAN).authorizationRequired().survival(OutputUseFacts.Survival.UNCLEAR).build(),
            clause("D.4", "Use Restrictions", Tag.COMPETING_MODEL_BAN, Tag.AUTHORIZATION_REQUIRED));
    public static final GoverningTerms ANTHROPIC_USAGE_POLICY = terms("anthropic-usage-policy", "anthropic",
            "Anthropic Usage Policy", Channel.USAGE_POLICY, "2025-09-15",
            facts(Regime.ANY_MODEL_BAN).authorizationRequired().build(),
            clause("", "Do not compromise computer or network systems", Tag.ANY_MODEL_BAN,
                    Tag.AUTHORIZATION_REQUIRED, Tag.SCRAPING));
    public static final GoverningTerms GEMINI_API = terms("gemini-api-additional-terms", "google",
            "Gemini API Additional Terms of Service", Channel.API, "2025-11-20",
            facts(Regime.COMPETING_MODEL_BAN).build(), clause("", "Use Restrictions", Tag.COMPETING_MODEL_BAN));
    public static final GoverningTerms XAI = terms("xai-terms-of-service", "xai", "xAI Terms of Service",
            Channel.API, "2025-02-14", facts(Regime.COMPETING_MODEL_BAN).build(),
            clause("", "Restrictions", Tag.COMPETING_MODEL_BAN));
    public static final GoverningTerms MISTRAL_TERMS_2026 = terms("mistral-terms-of-service", "mistral",
            "Mistral AI Terms of Service", Channel.API, "2026-05-28",
            facts(Regime.COMPETING_MODEL_BAN).outputTypes("image").survival(OutputUseFacts.Survival.YES).build(),
            clause("3.3", "Outputs", Tag.COMPETING_MODEL_BAN), clause("2.2(d)-(e)", "Restrictions", Tag.REVERSE_ENGINEERING));
    public static final GoverningTerms MICROSOFT_SERVICES = terms("microsoft-services-agreement", "microsoft",
            "Microsoft Services Agreement", Channel.APP, "2025-09-30", facts(Regime.ANY_MODEL_BAN).build(),
            worded("", "AI Services", "any AI technology", Tag.ANY_MODEL_BAN));
    public static final GoverningTerms AZURE_OPENAI = terms("azure-openai-terms", "azure-openai",
            "Azure OpenAI / Microsoft Generative AI Services terms", Channel.CLOUD, "2025-10-01",
            OutputUseFacts.unverified(), clause("", "Universal License Terms for Generative AI Services",
                    Confidence.UNCERTAIN, Tag.COMPETING_MODEL_BAN));
    public static final GoverningTerms LLAMA_2 = terms("llama-2-community-license", "meta",
            "Llama 2 Community License Agreement", Channel.WEIGHTS, "2023-07-18",
            facts(Regime.ANY_MODEL_BAN).exception("same-family-derivatives",
                    "Improving Llama 2 itself or its derivative works is not covered by the ban.").mau(700_000_000L).build(),
            worded("1.b.v", "Use Restrictions", "any other large language model", Tag.ANY_MODEL_BAN,
                    Tag.PERMITTED_EXCEPTION),
            clause("2", "Additional Commercial Terms", Tag.MAU_THRESHOLD));
    public static final GoverningTerms LLAMA_3 = terms("llama-3-community-license", "meta",
            "Meta Llama 3 Community License Agreement", Channel.WEIGHTS, "2024-04-18",
            facts(Regime.ANY_MODEL_BAN).naming("Llama 3").attribution("Built with Meta Llama 3").licenceCopy()
                    .mau(700_000_000L).build(),
            worded("1.b.v", "Use Restrictions", "any other large language model", Tag.ANY_MODEL_BAN),
            clause("1.b.i", "Redistribution and Use",
                    Tag.NAMING_CONDITION, Tag.ATTRIBUTION, Tag.LICENCE_COPY));
    public static final GoverningTerms LLAMA_3_1 = terms("llama-3.1-community-license", "meta",
            "Llama 3.1 Community License Agreement", Channel.WEIGHTS, "2024-07-23",
            facts(Regime.CONDITIONAL).naming("Llama").attribution("Built with Llama").licenceCopy()
                    .mau(700_000_000L).build(),
            clause("1.b.i", "Redistribution and Use", Tag.NAMING_CONDITION, Tag.ATTRIBUTION, Tag.LICENCE_COPY,
                    Tag.OUTPUT_USE_PERMITTED),
            clause("2", "Additional Commercial Terms", Tag.MAU_THRESHOLD, Tag.AUTHORIZATION_REQUIRED));
    public static final GoverningTerms GEMMA = terms("gemma-terms-of-use", "google", "Gemma Terms of Use",
            Channel.WEIGHTS, "2025-03-24", facts(Regime.PASS_THROUGH).passThrough().licenceCopy().build(),
            clause("1.1(e)", "Model Derivatives", Tag.DERIVATIVE_DEFINITION),
            clause("3.2", "Use Restrictions", Tag.PASS_THROUGH, Tag.LICENCE_COPY, Tag.ATTRIBUTION));
    public static final GoverningTerms DEEPSEEK_V1 = terms("deepseek-license-v1", "deepseek",
            "DeepSeek License Agreement v1.0", Channel.WEIGHTS, "2023-10-23",
            facts(Regime.PASS_THROUGH).passThrough().build(),
            clause("1", "Definitions (Derivatives)", Tag.DERIVATIVE_DEFINITION),
            clause("4", "Use restrictions (Attachment A)", Tag.PASS_THROUGH));
    public static final GoverningTerms HUNYUAN = terms("tencent-hunyuan-community-license", "tencent",
            "Tencent Hunyuan Community License", Channel.WEIGHTS, "2024-11-05",
            facts(Regime.PASS_THROUGH).passThrough().excludedRegions("EU", "UK", "KR").build(),
            clause("1", "Model Derivatives", Tag.DERIVATIVE_DEFINITION, Tag.PASS_THROUGH));
    public static final GoverningTerms MIT = timeless("mit", "", "MIT License",
            facts(Regime.PERMITTED).build(), clause("", "Permission notice", Tag.OUTPUT_USE_PERMITTED, Tag.LICENCE_COPY));
    public static final GoverningTerms APACHE_2 = timeless("apache-2.0", "", "Apache License 2.0",
            facts(Regime.PERMITTED).licenceCopy().build(),
            clause("4", "Redistribution", Tag.OUTPUT_USE_PERMITTED, Tag.LICENCE_COPY, Tag.ATTRIBUTION));
    public static final GoverningTerms DEEPSEEK_PLATFORM = terms("deepseek-platform-terms", "deepseek",
            "DeepSeek Open Platform Terms of Service", Channel.API, "2026-04-29", facts(Regime.PERMITTED).build(),
            clause("4.2", "Inputs and Outputs", Tag.OUTPUT_USE_PERMITTED));
    public static final GoverningTerms QWEN_2024 = terms("qwen-license", "alibaba", "Qwen LICENSE AGREEMENT",
            Channel.WEIGHTS, "2024-09-19", facts(Regime.CONDITIONAL).attribution("Built with Qwen", "Improved using Qwen")
                    .mau(100_000_000L).confidence(Confidence.SECONDHAND).build(),
            clause("", "Redistribution", Confidence.SECONDHAND, Tag.OUTPUT_USE_PERMITTED, Tag.ATTRIBUTION),
            clause("", "Additional Commercial Terms", Confidence.SECONDHAND, Tag.MAU_THRESHOLD));
    public static final GoverningTerms QWEN_RESEARCH = terms("qwen-research-license", "alibaba",
            "Qwen RESEARCH LICENSE AGREEMENT", Channel.WEIGHTS, "2024-09-19",
            facts(Regime.NON_COMMERCIAL).nonCommercial().attribution("Built with Qwen", "Improved using Qwen").build(),
            clause("", "Non-commercial use", Tag.NON_COMMERCIAL, Tag.ATTRIBUTION));
    public static final GoverningTerms TONGYI_QIANWEN = terms("tongyi-qianwen-license", "alibaba",
            "Tongyi Qianwen License Agreement", Channel.WEIGHTS, "2023-08-03",
            facts(Regime.ANY_MODEL_BAN).mau(100_000_000L).build(),
            clause("5(b)", "Rules of use", Tag.ANY_MODEL_BAN));
    public static final GoverningTerms MISTRAL_RESEARCH = terms("mistral-research-license", "mistral",
            "Mistral AI Research License", Channel.WEIGHTS, "2024-07-24",
            facts(Regime.NON_COMMERCIAL).nonCommercial().build(),
            clause("3.2, 4.2", "Research purposes only", Tag.NON_COMMERCIAL));

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
