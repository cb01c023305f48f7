package dev.clearance.ui.terms;

import dev.clearance.testing.TestTermsTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.SourceType;
import dev.clearance.domain.terms.Confidence;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.domain.terms.TermsVersion;
import dev.clearance.store.Database;
import dev.clearance.store.JdbcTermsRepository;
import dev.clearance.terms.AddResult;
import dev.clearance.terms.ClauseChange;
import dev.clearance.terms.DiffResult;
import dev.clearance.terms.VersionDiff;
import dev.clearance.terms.TermsService;
import dev.clearance.ui.DocumentOpener;
import dev.clearance.ui.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terms area as a reviewer uses it, without the toolkit: real H2, the shipped catalog, the terms fixtures in src/test/resources. */
class TermsViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    Database db;
    TermsService terms;
    ObservableList<Dataset> inventory;
    List<String> statusLines;
    TermsViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        terms = TermsService.withShippedData(new JdbcTermsRepository(db), CLOCK);
        inventory = FXCollections.observableArrayList(
                synthetic("d1", "gpt-4o-2024-08-06", "api", "2025-02-01"),
                synthetic("d2", "acme-chat-2", "api", "2025-06-15"),
                new Dataset("d3", "Licensed call transcripts", SourceType.LICENSED, "", "", "", null, "proprietary",
                        List.of(), 52_000L, "", "", "", false));
        statusLines = new ArrayList<>();
        vm = new TermsViewModel(terms, TaskRunner.IMMEDIATE, inventory, DocumentOpener.NONE, statusLines::add);
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Dataset synthetic(String id, String model, String access, String collectedOn) {
        return new Dataset(id, "Outputs of " + model, SourceType.SYNTHETIC, model, "", access,
                LocalDate.parse(collectedOn), "", List.of("fine-tuning"), 10_000L, "", "", "", false);
    }

    static Path fixture(String name) {
        return TestTermsTexts.file(name);
    }

    AddResult add(String fixtureName) {
        AddVersionViewModel add = vm.newAddVersion();
        add.fileProperty().set(fixture(fixtureName));
        assertEquals("", add.problemBinding().get(), "a file named id@date fills in the form");
        add.store();
        assertEquals("", add.errorProperty().get());
        return add.resultProperty().get();
    }

    ProviderGroup group(String provider) {
        return vm.groups().stream().filter(g -> g.provider().equals(provider)).findFirst().orElseThrow();
    }

    void select(String documentId) {
        vm.open(new TermsRef(documentId, null));
    }

    @Test
    void documentsAreGroupedByProviderWithStandardLicencesLast() {
        ProviderGroup openai = group("openai");
        assertEquals("OpenAI", openai.label());
        assertTrue(openai.documents().stream().map(TermsDocument::id).toList()
                .containsAll(List.of("openai-terms-of-use", "openai-services-agreement")));
        assertTrue(openai.documents().stream().allMatch(d -> d.provider().equals("openai")));
        ProviderGroup last = vm.groups().get(vm.groups().size() - 1);
        assertEquals("", last.provider());
        assertEquals("Standard licences", last.label());
        assertTrue(last.documents().stream().anyMatch(d -> d.id().equals("apache-2.0")));
    }

    @Test
    void theFilterKeepsOnlyMatchingDocumentsAndSaysHowMany() {
        vm.filterProperty().set("llama");
        assertEquals(List.of("meta"), vm.groups().stream().map(ProviderGroup::provider).toList());
        assertTrue(vm.documentCount().matches("\\d+ of \\d+ documents"), vm.documentCount());

        vm.filterProperty().set("mistral terms");
        assertTrue(group("mistral").documents().stream().anyMatch(d -> d.id().equals("mistral-terms-of-service")),
                "every word must appear, in any order");
    }

    @Test
    void selectingADocumentShowsItsNewestVersionFirstWithClausesAndConfidence() {
        select("openai-services-agreement");
        TermsVersion newest = vm.versions().get(0);
        assertTrue(newest.effectiveOn().isAfter(vm.versions().get(1).effectiveOn()), "the timeline runs newest first");
        assertEquals(newest, vm.selectedVersionProperty().get());

        VersionDetail detail = vm.detailProperty().get();
        assertEquals(newest.ref(), detail.version().ref());
        assertFalse(detail.version().clauses().isEmpty());
        assertTrue(detail.version().clauses().stream().anyMatch(c -> c.has(Tag.COMPETING_MODEL_BAN)
                && c.confidence() == Confidence.VERIFIED));
        assertTrue(detail.factLines().get(0).startsWith("Output use: competing-model-ban"));
        assertTrue(detail.hasFullText(), "catalog versions open in their recorded texts");
        assertTrue(detail.textOrigin().startsWith("Recorded text: OpenTermsArchive/GenAI-versions · ChatGPT/Commercial Terms.md"),
                detail.textOrigin());
        assertFalse(detail.highlights().isEmpty(), "the catalog's quotes are highlighted in the text");
        String quoted = detail.fullText().substring(detail.highlightOfClause(0).orElseThrow().start(),
                detail.highlightOfClause(0).orElseThrow().end());
        assertEquals(detail.version().clauses().get(0).quote().replaceAll("\\s+", " "), quoted.replaceAll("\\s+", " "),
                "a clause opens the recorded text at its words");
        assertTrue(detail.sourceUrl().startsWith("https://"));
    }

    @Test
    void aVersionWithUnverifiedPartsSaysWhatIsNotVerified() {
        select("wenxinyiyan-terms-of-service");
        VersionDetail detail = vm.detailProperty().get();
        assertEquals(Confidence.UNCERTAIN, detail.confidence());
        assertTrue(detail.unverifiedNotice().startsWith("Unverified: output-use facts (uncertain)"),
                detail.unverifiedNotice());

        select("anthropic-usage-policy");
        assertEquals("", vm.detailProperty().get().unverifiedNotice(), "a verified version carries no notice");
    }

    @Test
    void addingAVersionFromAFileStoresItSelectsItAndListsTheDetectedClauses() {
        AddResult result = add("openai-terms-of-service@2023-10-16.md");

        assertEquals(new TermsRef("openai-terms-of-service", LocalDate.parse("2023-10-16")), result.version().ref());
        assertFalse(result.clauses().isEmpty(), "the detector found the output clauses");
        assertTrue(result.clauses().stream().anyMatch(c -> c.has(Tag.COMPETING_MODEL_BAN)));
        assertEquals(result.version().ref(), vm.selectedVersionProperty().get().ref(), "the new version is shown");

        VersionDetail detail = vm.detailProperty().get();
        assertTrue(detail.hasFullText());
        assertTrue(detail.isUsersVersion());
        assertEquals(result.clauses().size(), detail.highlights().size(), "every detected clause is highlighted");
        TextHighlight first = detail.highlights().get(0);
        assertTrue(first.start() < first.end() && first.end() <= detail.fullText().length());
        assertTrue(detail.unverifiedNotice().startsWith("Unverified: added from a file"));
        assertTrue(group("openai").documents().stream().anyMatch(d -> d.id().equals("openai-terms-of-service")));
        assertTrue(statusLines.stream().anyMatch(s -> s.startsWith("Stored openai-terms-of-service@2023-10-16")));
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWithItsNameAndNothingIsStored() throws Exception {
        Path notTerms = Files.writeString(dir.resolve("contract.docx"), "not a supported format");
        AddVersionViewModel add = vm.newAddVersion();
        add.fileProperty().set(notTerms);
        assertTrue(add.problemBinding().get().contains("contract.docx"), add.problemBinding().get());

        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        add.fileProperty().set(empty);
        add.documentIdProperty().set("acme-enterprise-agreement");
        add.effectiveOnProperty().set("2025-01-01");
        add.store();
        assertTrue(add.errorProperty().get().contains("empty.txt"), add.errorProperty().get());
        assertNull(add.resultProperty().get());
        assertTrue(terms.findDocument("acme-enterprise-agreement").isEmpty());
    }

    @Test
    void twoAddedOpenAiVersionsCompareClauseByClauseWithTheirTags() {
        add("openai-terms-of-service@2023-10-16.md");
        add("openai-terms-of-service@2023-11-14.md");
        select("openai-terms-of-service");
        assertEquals(2, vm.versions().size());
        assertEquals(2, vm.versionsWithText().size(), "both versions have their full text stored");

        vm.compare(vm.versions().get(0), vm.versions().get(1));
        DiffSummary diff = vm.diffProperty().get();
        assertNotNull(diff, vm.diffProblemProperty().get());
        assertEquals(LocalDate.parse("2023-10-16"), diff.result().from().effectiveOn(), "older to newer");
        assertFalse(diff.changes().isEmpty());
        assertTrue(diff.headline().matches("\\d+ changes?, \\d+ touching output use"), diff.headline());
        assertTrue(diff.basis().contains("full texts"));
        ClauseChange changed = diff.changes().stream().filter(c -> c.kind() == ClauseChange.Kind.CHANGED)
                .findFirst().orElseThrow();
        WordSegment.Sides sides = WordSegment.of(changed.oldText(), changed.newText());
        assertTrue(sides.before().stream().anyMatch(WordSegment::changed) || sides.after().stream().anyMatch(WordSegment::changed),
                "the words that differ are marked");
    }

    @Test
    void twoCatalogVersionsAreComparedInTheirRecordedTexts() {
        select("gemma-terms-of-use");
        TermsVersion newest = vm.versions().get(0);
        TermsVersion previous = vm.versions().get(1);
        vm.compare(newest, previous);
        DiffSummary diff = vm.diffProperty().get();
        assertTrue(diff.isFullText(), diff.basis());
    }

    @Test
    void identicalParaphrasesAreNotPresentedAsIdenticalTexts() {
        DiffResult same = new DiffResult(TermsRef.parse("gemma-terms-of-use@2024-04-01"),
                TermsRef.parse("gemma-terms-of-use@2025-03-24"), "catalog-clauses",
                new VersionDiff(List.of(), Set.of(), Set.of(), 3));
        assertEquals("No change in the catalogued clauses; the providers' texts may still differ",
                new DiffSummary(same).headline());
    }

    @Test
    void versionsWithoutStoredTextsExplainWhyTheyCannotBeCompared() {
        add("openai-terms-of-service@2023-10-16.md");
        select("openai-terms-of-use");
        TermsVersion catalogued = vm.versions().get(vm.versions().size() - 1);
        vm.compare(catalogued, catalogued);
        assertNull(vm.diffProperty().get());
        assertTrue(vm.diffProblemProperty().get().startsWith("Choose two different versions"));
    }

    @Test
    void theProjectsModelGeneratedDatasetsResolveToDocumentVersions() {
        ProjectSourcesViewModel sources = vm.sources();
        assertEquals(List.of("d1", "d2"), sources.rows().stream().map(s -> s.dataset().id()).toList(),
                "only model-generated datasets are listed");
        DatasetSource gpt = sources.rows().get(0);
        assertTrue(gpt.resolved());
        assertEquals("openai-business-terms@2023-11-14", gpt.termsText());
        assertEquals("shipped model registry", gpt.matchedBy());
        assertEquals("api", gpt.access());
        assertEquals("2025-02-01", gpt.collectedOn());

        DatasetSource unknown = sources.rows().get(1);
        assertFalse(unknown.resolved());
        assertEquals("unknown", unknown.termsText());
        assertFalse(unknown.notes().isEmpty(), "the resolution says what to do");
        assertEquals("2 model-generated datasets · 1 resolved · 1 unknown", sources.countsBinding().get());
    }

    @Test
    void aUserMappingTurnsAnUnknownModelIntoResolvedAndCanBeRemoved() {
        ProjectSourcesViewModel sources = vm.sources();
        List<String> outcome = new ArrayList<>();
        sources.addMapping("acme-chat-*", "", "api", "openai-services-agreement", "Acme resells the OpenAI API",
                outcome::add);
        assertEquals(List.of(""), outcome);
        assertEquals(1, sources.mappings().size());

        DatasetSource acme = sources.rows().get(1);
        assertTrue(acme.resolved());
        assertEquals("your model mapping", acme.matchedBy());
        assertEquals("openai-services-agreement@2025-05-31", acme.termsText(), "the version in force on 2025-06-15");

        sources.removeMapping(sources.mappings().get(0));
        assertTrue(sources.mappings().isEmpty());
        assertFalse(sources.rows().get(1).resolved());
    }

    @Test
    void aMappingToAnUnknownDocumentIsRefusedWithTheReason() {
        List<String> outcome = new ArrayList<>();
        vm.sources().addMapping("acme-chat-*", "", "", "no-such-document", "", outcome::add);
        assertTrue(outcome.get(0).contains("no-such-document"), outcome.toString());
        assertTrue(vm.sources().mappings().isEmpty());
    }

    @Test
    void editingTheInventoryResolvesTheSourcesAgain() {
        inventory.add(synthetic("d4", "claude-3-5-sonnet-20241022", "api", "2025-07-10"));
        assertEquals(3, vm.sources().rows().size());
        assertTrue(vm.sources().rows().get(2).termsText().startsWith("anthropic-commercial-terms@"));
        inventory.add(synthetic("d5", "claude-3-5-sonnet-20241022", "api", "2025-01-10"));
        assertFalse(vm.sources().rows().get(3).resolved(), "before the earliest recorded commercial terms: a gap");
    }
}
