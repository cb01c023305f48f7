package dev.clearance.terms;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.SourceType;
import dev.clearance.domain.terms.Channel;
import dev.clearance.domain.terms.DocumentOrigin;
import dev.clearance.domain.terms.ModelMapping;
import dev.clearance.domain.terms.Regime;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermsServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
    private static TermsCatalog catalog;
    private static ModelRegistry registry;
    private final InMemoryTermsRepository repository = new InMemoryTermsRepository();
    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        catalog = TermsCatalog.loadShipped();
        registry = ModelRegistry.loadShipped(catalog);
    }

    private TermsService service() {
        return new TermsService(catalog, registry, repository, CLOCK);
    }

    private static Dataset dataset(String model, String provider, String access, String collected, String terms) {
        return new Dataset("d1", "Synthetic QA", SourceType.SYNTHETIC, model, provider, access,
                collected == null ? null : LocalDate.parse(collected), "", List.of("fine-tuning"), 1000L, terms, "", "",
                false);
    }

    private Path enterpriseAgreement() throws IOException {
        Path f = dir.resolve("acme-openai-agreement.md");
        Files.writeString(f, "# Acme / OpenAI Enterprise Agreement\n\n"
                + "1. Customer owns the Output.\n"
                + "2. Customer may use Output to train internal classifiers. Customer may not use Output to develop"
                + " models that compete with OpenAI without prior written approval.\n"
                + "3. Fees are payable monthly.\n");
        return f;
    }

    @Test
    void addsAUsersOwnAgreementAndListsItAfterTheCatalog() throws IOException {
        TermsService s = service();
        AddResult r = s.addVersion(new AddRequest(enterpriseAgreement(), "acme-openai-enterprise",
                LocalDate.parse("2025-03-01"), "Acme enterprise agreement", "openai", Channel.API, ""));
        assertTrue(r.newDocument());
        assertFalse(r.replacedExisting());
        assertEquals(DocumentOrigin.USER, r.document().origin());
        assertEquals(64, r.version().textSha256().length());
        assertEquals("acme-openai-agreement.md", r.version().sourceFile());
        assertEquals(List.of(3, 4), r.clauses().stream().map(DetectedClause::line).toList());
        assertTrue(r.clauses().get(1).tags().containsAll(List.of(Tag.COMPETING_MODEL_BAN, Tag.AUTHORIZATION_REQUIRED)));
        assertEquals(2, r.version().clauses().size());

        List<TermsDocument> docs = s.listDocuments();
        assertEquals(catalog.documents().size() + 1, docs.size());
        TermsDocument mine = docs.get(docs.size() - 1);
        assertEquals("acme-openai-enterprise", mine.id());
        assertEquals(Regime.UNVERIFIED, mine.versions().get(0).facts().regime());
        assertFalse(mine.versions().get(0).isVerified());
    }

    @Test
    void aNewVersionOfACatalogDocumentBecomesTheLatestButStaysUnverified() throws IOException {
        TermsService s = service();
        Path f = dir.resolve("sa-2026.txt");
        Files.writeString(f, "Customer may not use Output to develop models that compete with OpenAI.\n");
        AddResult r = s.addVersion(AddRequest.of(f, "openai-services-agreement", LocalDate.parse("2026-09-01"), ""));
        assertEquals(DocumentOrigin.CATALOG, r.document().origin());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("no reviewed facts")));
        TermsDocument doc = s.findDocument("openai-services-agreement").orElseThrow();
        assertEquals(3, doc.versions().size());
        assertEquals(LocalDate.parse("2026-08-31"), doc.versions().get(1).inForceUntil());
        Resolution res = s.resolve("gpt-4o", "openai", "api", LocalDate.parse("2026-10-01"));
        assertEquals(List.of(TermsRef.parse("openai-services-agreement@2026-09-01")), res.refs());
        assertTrue(res.warnings().stream().anyMatch(w -> w.contains("not fully verified")));
        assertEquals(List.of(TermsRef.parse("openai-services-agreement@2026-01-01")),
                s.resolve("gpt-4o", "openai", "api", LocalDate.parse("2026-05-01")).refs());
    }

    @Test
    void fullTextsAddedForTwoVersionsAreDiffedAsText() {
        TermsService s = service();
        s.addVersion(AddRequest.of(Fixtures.path("mistral-terms-of-service@2024-02-08.md"), "mistral-terms-of-service",
                LocalDate.parse("2024-02-08"), ""));
        s.addVersion(AddRequest.of(Fixtures.path("mistral-terms-of-service@2024-05-22.md"), "mistral-terms-of-service",
                LocalDate.parse("2024-05-22"), ""));
        DiffResult d = s.diff("mistral-terms-of-service", LocalDate.parse("2024-02-08"), LocalDate.parse("2024-05-22"));
        assertEquals("full-text", d.basis());
        assertTrue(d.diff().tagsDropped().contains(Tag.COMPETING_MODEL_BAN));
        // The catalog's reviewed entry for that date is kept, not replaced by the detector's guesses.
        assertTrue(s.showVersion("mistral-terms-of-service@2024-02-08").version().isVerified());
        assertTrue(s.showVersion("mistral-terms-of-service@2024-02-08").hasFullText());
    }

    @Test
    void catalogVersionsAreDiffedInTheirRecordedTexts() {
        DiffResult d = service().diff("anthropic-usage-policy", LocalDate.parse("2024-06-06"), LocalDate.parse("2025-09-15"));
        assertEquals("full-text", d.basis());
        assertFalse(d.diff().isEmpty());
        assertTrue(d.diff().restrictionChanges().stream().anyMatch(c -> c.newText().contains("model distillation")),
                "the new distillation wording is a restriction change: " + d.diff().restrictionChanges());
    }

    @Test
    void diffNeedsTextsOnBothSides() throws IOException {
        TermsService s = service();
        s.addVersion(AddRequest.of(enterpriseAgreement(), "acme", LocalDate.parse("2025-01-01"), ""));
        Path f2 = dir.resolve("v2.txt");
        Files.writeString(f2, "Customer may not use Output to train any other AI model.\n");
        s.addVersion(AddRequest.of(f2, "acme", LocalDate.parse("2025-06-01"), ""));
        DiffResult d = s.diff("acme", LocalDate.parse("2025-01-01"), LocalDate.parse("2025-06-01"));
        assertTrue(d.diff().tagsIntroduced().contains(Tag.ANY_MODEL_BAN));
        TermsInputException e = assertThrows(TermsInputException.class,
                () -> s.diff("openai-services-agreement", LocalDate.parse("2025-05-31"), LocalDate.parse("2026-07-01")));
        assertTrue(e.getMessage().contains("has no version 2026-07-01"), e.getMessage());
    }

    @Test
    void unusableFilesWriteNothing() throws IOException {
        TermsService s = service();
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        assertThrows(TermsInputException.class, () -> s.addVersion(AddRequest.of(empty, "acme", LocalDate.parse("2025-01-01"), "")));
        assertThrows(TermsInputException.class, () -> s.addVersion(AddRequest.of(enterpriseAgreement(), "Not An Id",
                LocalDate.parse("2025-01-01"), "")));
        assertEquals(0, repository.writes());
    }

    @Test
    void showsTheLatestVersionOrTheOneAskedFor() {
        TermsService s = service();
        assertEquals(LocalDate.parse("2026-01-01"), s.showVersion("openai-services-agreement").version().effectiveOn());
        assertEquals(LocalDate.parse("2025-05-31"),
                s.showVersion("openai-services-agreement@2025-05-31").version().effectiveOn());
        assertTrue(assertThrows(TermsInputException.class, () -> s.showVersion("no-such-doc")).getMessage()
                .contains("Unknown terms document 'no-such-doc'"));
        assertTrue(assertThrows(TermsInputException.class, () -> s.showVersion("mit@2020-13-01")).getMessage()
                .contains("not a date"));
    }

    @Test
    void datasetTermsOverrideWinsOverTheRegistry() {
        Resolution r = service().resolve(dataset("gpt-4o", "", "api", "2025-07-01",
                "openai-business-terms@2023-11-14; anthropic-usage-policy"));
        assertEquals("override", r.matchedBy());
        assertEquals(List.of(TermsRef.parse("openai-business-terms@2023-11-14"),
                TermsRef.parse("anthropic-usage-policy@2024-06-06")), r.refs());
        Resolution bad = service().resolve(dataset("gpt-4o", "", "api", null, "openai@2025-99-01"));
        assertFalse(bad.isResolved());
        assertTrue(bad.message().contains("terms:"), bad.message());
    }

    @Test
    void userMappingsAreStoredCheckedAndUsed() {
        TermsService s = service();
        ModelMapping m = s.addMapping(new ModelMapping(null, "acme-llm-*", "", "weights", List.of("apache-2.0"),
                "Acme's own base model, Apache-2.0 per its model card", null));
        assertEquals(1L, m.id());
        Resolution r = s.resolve(dataset("acme-llm-7b", "", "weights", "2025-01-01", ""));
        assertEquals("user-mapping:1", r.matchedBy());
        assertTrue(assertThrows(TermsInputException.class, () -> s.addMapping(new ModelMapping(null, "x*", "", "",
                List.of("no-such-doc"), "", null))).getMessage().contains("no-such-doc"));
        assertTrue(s.removeMapping(1L));
        assertFalse(s.resolve(dataset("acme-llm-7b", "", "weights", "2025-01-01", "")).isResolved());
    }
}
