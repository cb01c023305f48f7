package dev.clearance.terms.ota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.terms.TermsCatalog;
import dev.clearance.terms.TermsDataException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtaSourcesTest {
    private static OtaSources parse(String json) {
        return OtaSources.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static String withPaths(String paths) {
        return "{\"schemaVersion\":1,\"repositories\":[{\"repository\":\"OpenTermsArchive/genai-eu-versions\",\"paths\":["
                + paths + "]}]}";
    }

    @Test
    void theShippedMappingNamesOnlyCatalogDocuments() {
        TermsCatalog catalog = TermsCatalog.loadShipped();
        OtaSources sources = OtaSources.loadShipped()
                .requireDocuments(catalog.documents().stream().map(TermsDocument::id).toList());

        assertEquals(List.of("OpenTermsArchive/GenAI-versions", "OpenTermsArchive/genai-eu-versions"), sources.repositories());
        OtaSources.Source eu = sources.find("opentermsarchive/GENAI-EU-versions").orElseThrow();
        assertTrue(eu.mapped().stream().anyMatch(m -> m.path().equals("Claude.ai/Commercial Terms.md")
                && m.documentId().equals("anthropic-commercial-terms")));
        assertTrue(eu.mapped().stream().anyMatch(m -> m.path().equals("Microsoft Copilot/Acceptable Use Policy.md")
                && m.documentId().equals("microsoft-services-agreement")));
        OtaSources.Source ga = sources.find("OpenTermsArchive/GenAI-versions").orElseThrow();
        assertTrue(ga.mapped().stream().anyMatch(m -> m.path().equals("OpenAI/Terms of Service.md")
                && m.documentId().equals("openai-terms-of-use")));
    }

    @Test
    void aDocumentMappedFromTwoPathsOfOneRepositoryIsRefused() {
        TermsDataException e = assertThrows(TermsDataException.class, () -> parse(withPaths(
                "{\"path\":\"Le Chat/Terms of Service.md\",\"document\":\"mistral-terms-of-service\"},"
                        + "{\"path\":\"Le Chat/Commercial Terms.md\",\"document\":\"mistral-terms-of-service\"}")));
        assertTrue(e.getMessage().contains("$.repositories[0].paths[1]") && e.getMessage().contains("interleave"),
                e.getMessage());
    }

    @Test
    void anUnmappedPathMustSayWhy() {
        TermsDataException e = assertThrows(TermsDataException.class, () -> parse(withPaths(
                "{\"path\":\"Kimi AI/Terms of Service.md\",\"document\":null}")));
        assertTrue(e.getMessage().contains("note"), e.getMessage());
    }

    @Test
    void malformedEntriesNameTheirPlace() {
        assertTrue(assertThrows(TermsDataException.class, () -> parse(withPaths(
                "{\"path\":\"Terms of Service.md\",\"document\":\"x\"}"))).getMessage()
                .contains("$.repositories[0].paths[0].path"));
        assertTrue(assertThrows(TermsDataException.class, () -> parse(withPaths(
                "{\"path\":\"A/B.md\",\"document\":\"x\",\"doc\":1}"))).getMessage().contains("doc is not a known field"));
        assertTrue(assertThrows(TermsDataException.class, () -> parse("{\"schemaVersion\":2,\"repositories\":[]}"))
                .getMessage().contains("schemaVersion must be 1"));
        assertTrue(assertThrows(TermsDataException.class, () -> OtaSources.loadShipped().requireDocuments(List.of()))
                .getMessage().contains("anthropic-commercial-terms (OpenTermsArchive/GenAI-versions: Claude.ai/Commercial Terms.md)"));
    }
}
