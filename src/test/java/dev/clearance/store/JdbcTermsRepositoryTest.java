package dev.clearance.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.terms.Channel;
import dev.clearance.domain.terms.DocumentOrigin;
import dev.clearance.domain.terms.ModelMapping;
import dev.clearance.domain.terms.StoredClause;
import dev.clearance.domain.terms.StoredDocument;
import dev.clearance.domain.terms.StoredVersion;
import dev.clearance.domain.terms.Tag;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcTermsRepositoryTest {
    @TempDir
    Path dir;
    Database db;
    JdbcTermsRepository terms;

    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final StoredDocument MSA = new StoredDocument("acme-openai-enterprise-agreement", "openai",
            "Acme–OpenAI enterprise agreement", Channel.API, "", DocumentOrigin.USER, AT);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        terms = new JdbcTermsRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static StoredVersion version(LocalDate day, String text, List<StoredClause> clauses) {
        return new StoredVersion(MSA.documentId(), day, text, "msa.pdf", "ab12", AT, clauses);
    }

    @Test
    void aDocumentWhoseChannelWasNotGivenKeepsNoChannel() {
        StoredDocument unstated = new StoredDocument("acme-reseller-terms", "", "Acme reseller terms", null, "",
                DocumentOrigin.USER, AT);
        terms.saveVersion(unstated, new StoredVersion(unstated.documentId(), LocalDate.of(2025, 1, 1), "text", "t.txt",
                "ab12", AT, List.of()));
        assertEquals(null, terms.findDocument(unstated.documentId()).orElseThrow().channel());
    }

    @Test
    void aVersionWithItsFullTextAndClausesRoundTrips() {
        String text = "1. Definitions\n\n3.3 Restrictions. Customer will not use Output to develop competing models.\n"
                .repeat(2_000) + "Ünïcødé — “quotes” survive.";
        List<StoredClause> clauses = List.of(
                new StoredClause(0, "3.3", "Restrictions", "will not use Output to develop competing models",
                        List.of(Tag.COMPETING_MODEL_BAN), 16, 90),
                new StoredClause(1, "", "", "no offsets", List.of(), null, null));
        StoredVersion v = version(LocalDate.of(2025, 7, 1), text, clauses);
        terms.saveVersion(MSA, v);

        assertEquals(List.of(MSA), terms.listDocuments());
        assertEquals(v, terms.findVersion(MSA.documentId(), LocalDate.of(2025, 7, 1)).orElseThrow());
        assertEquals(List.of(v), terms.listVersions(MSA.documentId()));
    }

    @Test
    void savingAVersionAgainReplacesItWhole() {
        terms.saveVersion(MSA, version(LocalDate.of(2025, 7, 1), "first", List.of(
                new StoredClause(0, "1", "", "a", List.of(), null, null),
                new StoredClause(1, "2", "", "b", List.of(), null, null))));
        terms.saveVersion(MSA, version(LocalDate.of(2025, 7, 1), "second", List.of()));
        StoredVersion stored = terms.findVersion(MSA.documentId(), LocalDate.of(2025, 7, 1)).orElseThrow();
        assertEquals("second", stored.fullText());
        assertTrue(stored.clauses().isEmpty());
    }

    @Test
    void versionsListOldestFirstAndCanBeDeleted() {
        terms.saveVersion(MSA, version(LocalDate.of(2026, 1, 1), "new", List.of()));
        terms.saveVersion(MSA, version(LocalDate.of(2025, 1, 1), "old", List.of()));
        assertEquals(List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)),
                terms.listVersions(MSA.documentId()).stream().map(StoredVersion::effectiveOn).toList());
        assertTrue(terms.deleteVersion(MSA.documentId(), LocalDate.of(2025, 1, 1)));
        assertFalse(terms.deleteVersion(MSA.documentId(), LocalDate.of(2025, 1, 1)));
        assertEquals(1, terms.listVersions(MSA.documentId()).size());
    }

    @Test
    void modelMappingsAreKeptInOrderAndRemovable() {
        ModelMapping a = terms.addMapping(new ModelMapping(null, "acme-internal-*", "acme", "api",
                List.of("acme-openai-enterprise-agreement", "openai-usage-policies"), "our gateway", null));
        ModelMapping b = terms.addMapping(new ModelMapping(null, "tiny-llm", "", "", List.of("apache-2.0"), "", null));
        assertEquals(List.of(a, b), terms.listMappings());
        assertEquals(List.of("acme-openai-enterprise-agreement", "openai-usage-policies"), terms.listMappings().get(0).documentIds());
        assertTrue(terms.deleteMapping(a.id()));
        assertEquals(List.of(b), terms.listMappings());
    }
}
