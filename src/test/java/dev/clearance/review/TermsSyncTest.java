package dev.clearance.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.annotation.AnnotationService;
import dev.clearance.annotation.CodePoints;
import dev.clearance.annotation.ReAnchorService;
import dev.clearance.annotation.Selection;
import dev.clearance.annotation.VersionTexts;
import dev.clearance.domain.ProgressMonitor;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.review.ReviewState;
import dev.clearance.domain.terms.Provenance;
import dev.clearance.domain.terms.StoredVersion;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.store.JdbcAnnotationRepository;
import dev.clearance.store.JdbcTermsRepository;
import dev.clearance.terms.CatalogAsOf;
import dev.clearance.terms.TermsCatalog;
import dev.clearance.terms.TermsService;
import dev.clearance.terms.VersionView;
import dev.clearance.terms.ota.OtaRepositoryReader;
import dev.clearance.terms.ota.Recording;
import dev.clearance.terms.ota.StatedDates;
import dev.clearance.terms.ota.OtaRepositoryException;
import dev.clearance.terms.ota.OtaSamples;
import dev.clearance.terms.ota.OtaSources;
import dev.clearance.terms.ota.OtaSync;
import dev.clearance.terms.ota.SyncReport;
import dev.clearance.terms.ota.SyncedVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code terms sync} on a real H2 file and a real (small) Open Terms Archive repository, by an app whose
 * catalog was verified at the end of 2025 ({@link CatalogAsOf#endOf2025}): what it stores, that
 * it stores it once, that a malformed repository changes nothing, and what follows a new version
 * (annotations told, signed-off reviews made stale).
 */
class TermsSyncTest {
    private static final String EU = "OpenTermsArchive/genai-eu-versions";

    @TempDir
    Path dir;

    private ReviewFixture fixture;
    private JdbcTermsRepository stored;
    private TermsSyncService sync;
    private final List<String> told = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new ReviewFixture(dir, CatalogAsOf::endOf2025);
        stored = new JdbcTermsRepository(fixture.db);
        fixture.terms.onNewVersion(new TermsService.NewVersionListener() {
            @Override
            public List<String> newVersion(TermsRef previous, TermsRef added) {
                told.add(previous + " -> " + added);
                return List.of("re-anchored onto " + added);
            }

            @Override
            public List<String> textReplaced(TermsRef version, String replacedText) {
                told.add("replaced " + version);
                return List.of();
            }
        });
        sync = new TermsSyncService(new OtaSync(fixture.terms, stored, OtaSources.loadShipped(), fixture.clock),
                fixture.reviews);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Path sample() {
        return OtaSamples.cloneTo(dir.resolve("genai-eu-versions"));
    }

    private static SyncedVersion version(SyncReport r, String ref) {
        return r.versions().stream().filter(v -> v.ref().toString().equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError(ref + " not in " + r.versions().stream().map(v -> v.ref().toString()).toList()));
    }

    @Test
    void storesEachRecordingNewerThanTheCatalogWithItsCommitAndStatedDate() {
        SyncReport r = sync.sync(sample(), null, ProgressMonitor.NONE).report();

        assertEquals(EU, r.repository(), "recognised from the README");
        assertEquals(OtaSamples.HEAD, r.head());
        assertEquals(3, r.documents());
        assertEquals(12, r.recordings(), "2 Claude.ai, 6 Grok and 4 Qwen Chat recordings");
        // The Claude.ai recordings re-record the catalogued 2025-06-17 text in the same words, and the Qwen Chat
        // recording of 2025-11-11 the catalogued 2025-03-01: nothing is stored for them.
        assertEquals(List.of("qwen-chat-terms@2026-04-09", "qwen-chat-terms@2026-05-19",
                        "xai-terms-of-service@2025-11-04", "xai-terms-of-service@2026-04-10", "xai-terms-of-service@2026-06-26"),
                r.versions().stream().map(v -> v.ref().toString()).toList());

        SyncedVersion april = version(r, "qwen-chat-terms@2026-04-09");
        assertEquals(SyncedVersion.Kind.NEW, april.kind());
        assertEquals("effective", april.dateBasis(), "\"Last updated: April 9, 2026\"");
        assertEquals(OtaSamples.QWEN_2026_04_09, april.source().commit());
        assertEquals(LocalDate.of(2026, 4, 9), april.source().recordedOn());
        assertEquals(LocalDate.of(2026, 4, 9), april.source().statedEffective());
        assertEquals("qwen-chat-terms@2025-03-01", april.previous().toString(), "the last version of the 2025 catalog");
        assertFalse(april.clauseChange(), "the service renamed and the clauses renumbered, the clauses kept");
        assertEquals(List.of(), april.superseded());

        // Recorded twice in this sync under the same stated date: the later recording stands for the version.
        SyncedVersion may = version(r, "qwen-chat-terms@2026-05-19");
        assertEquals(SyncedVersion.Kind.NEW, may.kind());
        assertEquals(OtaSamples.QWEN_2026_07_08, may.source().commit());
        assertEquals(List.of(OtaSamples.QWEN_2026_05_19), may.superseded());
        assertEquals(LocalDate.of(2026, 7, 8), may.source().recordedOn());
        assertEquals(LocalDate.of(2026, 5, 19), may.source().statedEffective());
        assertEquals("qwen-chat-terms@2026-04-09", may.previous().toString());
        assertTrue(may.clauseChange());
        assertTrue(may.tagsDropped().contains(Tag.NON_COMMERCIAL), "the Non-commercial Use clause is gone: " + may);

        SyncedVersion november = version(r, "xai-terms-of-service@2025-11-04");
        assertEquals(SyncedVersion.Kind.NEW, november.kind());
        assertEquals("effective", november.dateBasis());
        assertEquals(OtaSamples.GROK_2025_12_11, november.source().commit());
        assertEquals(List.of(OtaSamples.GROK_2025_11_11, OtaSamples.GROK_2025_12_02, OtaSamples.GROK_2025_12_10),
                november.superseded(), "four recordings state \"Effective: November 4, 2025\"");
        assertEquals("xai-terms-of-service@2025-06-09", november.previous().toString(), "the last version of the 2025 catalog");
        assertEquals(OtaSamples.GROK_2026_05_18, version(r, "xai-terms-of-service@2026-04-10").source().commit());

        SyncedVersion grok = version(r, "xai-terms-of-service@2026-06-26");
        assertEquals(SyncedVersion.Kind.NEW, grok.kind());
        assertEquals("effective", grok.dateBasis());
        assertEquals(OtaSamples.GROK_2026_07_08, grok.source().commit());
        assertEquals(LocalDate.of(2026, 7, 8), grok.source().recordedOn());
        assertEquals(LocalDate.of(2026, 6, 26), grok.source().statedEffective());
        assertEquals("xai-terms-of-service@2026-04-10", grok.previous().toString());
        assertTrue(grok.added() > 0 && grok.removed() > 0 && grok.changed() > 0, grok.toString());
        assertTrue(grok.clauseChange());

        // What the database now holds: the text, its detected clauses and its provenance.
        StoredVersion saved = stored.findVersion("xai-terms-of-service", LocalDate.of(2026, 6, 26)).orElseThrow();
        Provenance p = saved.source().orElseThrow();
        assertEquals(EU, p.repository());
        assertEquals("Grok/Terms of Service.md", p.path());
        assertEquals(OtaSamples.GROK_2026_07_08, p.commit());
        assertEquals(LocalDate.of(2026, 7, 8), p.recordedOn());
        assertEquals(LocalDate.of(2026, 6, 26), p.statedEffective());
        assertEquals(grok.detected(), saved.clauses().size());
        assertTrue(saved.fullText().contains("Effective: June 26, 2026"));
        assertEquals(TermsCatalog.loadShipped().document("xai-terms-of-service").orElseThrow()
                        .version(LocalDate.of(2026, 6, 26)).orElseThrow().provenance().orElseThrow().sha256(), p.sha256(),
                "the very text the current catalog ships for the version");
        assertTrue(fixture.terms.showVersion("xai-terms-of-service@2026-06-26").version().notes()
                .contains("Grok/Terms of Service.md"), "the version says where its text was recorded");
    }

    @Test
    void aReRecordingInTheSameWordsLeavesTheShippedTextInPlace() throws Exception {
        TermsRef claude = TermsRef.parse("anthropic-commercial-terms@2025-06-17");
        String shipped = fixture.terms.showVersion(claude).fullText().orElseThrow();
        Path clone = sample();
        // The sample re-records the catalogued version twice after the catalog recorded it (2025-08-01), stating
        // its date, in other bytes than the shipped text: numbered "A.1." instead of "1.", a mailto link.
        try (OtaRepositoryReader reader = OtaRepositoryReader.open(clone)) {
            List<Recording> recordings = reader.history(List.of("Claude.ai/Commercial Terms.md"), ProgressMonitor.NONE)
                    .get("Claude.ai/Commercial Terms.md");
            assertEquals(List.of(OtaSamples.CLAUDE_2025_11_11, OtaSamples.CLAUDE_2026_03_11),
                    recordings.stream().map(Recording::commit).toList());
            String later = reader.text(recordings.get(1));
            assertEquals(Optional.of(LocalDate.of(2025, 6, 17)), StatedDates.stated(later));
            assertTrue(later.contains("A.1. **Overview.**") && !shipped.contains("A.1."), "renumbered");
            assertFalse(later.equals(shipped));
        }

        SyncReport r = sync.sync(clone, null, ProgressMonitor.NONE).report();

        assertTrue(r.versions().stream().noneMatch(v -> v.documentId().equals("anthropic-commercial-terms")),
                r.versions().toString());
        assertTrue(stored.listVersions("anthropic-commercial-terms").isEmpty(), "nothing stored for the document");
        VersionView view = fixture.terms.showVersion(claude);
        assertTrue(view.textIsShipped(), "the catalog's recorded text is still the version's text");
        assertEquals(shipped, view.fullText().orElseThrow());
        assertTrue(told.stream().noneMatch(t -> t.contains("anthropic-commercial-terms")), told.toString());
        assertTrue(r.notes().stream().noneMatch(n -> n.contains("Claude.ai/Commercial Terms.md")), r.notes().toString());

        sync.sync(clone, null, ProgressMonitor.NONE);
        assertTrue(fixture.terms.showVersion(claude).textIsShipped(), "nor the second time");
    }

    @Test
    void aSecondSyncFindsNothingNew() {
        Path clone = sample();
        sync.sync(clone, null, ProgressMonitor.NONE);
        int before = stored.listVersions("xai-terms-of-service").size();
        int qwen = stored.listVersions("qwen-chat-terms").size();

        SyncReport again = sync.sync(clone, null, ProgressMonitor.NONE).report();

        assertEquals(List.of(), again.versions());
        assertEquals(3, before);
        assertEquals(before, stored.listVersions("xai-terms-of-service").size());
        assertEquals(2, qwen);
        assertEquals(qwen, stored.listVersions("qwen-chat-terms").size());
    }

    @Test
    void aLaterCloneAddsOnlyWhatWasRecordedSinceAndTellsTheAnnotations() {
        Path clone = sample();
        OtaSamples.resetTo(clone, OtaSamples.GROK_2026_05_18);
        SyncReport first = sync.sync(clone, null, ProgressMonitor.NONE).report();
        assertEquals(List.of("qwen-chat-terms@2026-04-09", "xai-terms-of-service@2025-11-04", "xai-terms-of-service@2026-04-10"),
                first.versions().stream().map(v -> v.ref().toString()).toList());
        assertEquals(List.of("qwen-chat-terms@2025-03-01 -> qwen-chat-terms@2026-04-09",
                "xai-terms-of-service@2025-06-09 -> xai-terms-of-service@2025-11-04",
                "xai-terms-of-service@2025-11-04 -> xai-terms-of-service@2026-04-10"),
                told, "a new version follows the text before it: the catalog's shipped one, or one stored before it");

        told.clear();
        OtaSamples.resetTo(clone, OtaSamples.HEAD);
        SyncReport second = sync.sync(clone, null, ProgressMonitor.NONE).report();

        assertEquals(List.of("qwen-chat-terms@2026-05-19", "xai-terms-of-service@2026-06-26"),
                second.versions().stream().map(v -> v.ref().toString()).toList());
        assertEquals(List.of("qwen-chat-terms@2026-04-09 -> qwen-chat-terms@2026-05-19",
                "xai-terms-of-service@2026-04-10 -> xai-terms-of-service@2026-06-26"), told);
        assertTrue(second.notes().contains("re-anchored onto xai-terms-of-service@2026-06-26"), second.notes().toString());
        assertTrue(second.notes().contains("re-anchored onto qwen-chat-terms@2026-05-19"), second.notes().toString());
    }

    @Test
    void aNewVersionCarriesTheAnnotationsMadeOnTheShippedTextBeforeIt() throws Exception {
        Path inventory = dir.resolve("grok.csv");
        Files.writeString(inventory, """
                id,name,source_type,generator_model,generator_provider,access,collected_on,license,uses,records,terms,owner,notes
                g1,Grok answers,synthetic,grok-3,xai,app,2025-10-01,,fine-tuning,1000,,,
                """);
        long project = fixture.projects.findByName(fixture.importPath(inventory, "Grok distillation")).orElseThrow().id();
        JdbcAnnotationRepository notes = new JdbcAnnotationRepository(fixture.db);
        AnnotationService annotations = new AnnotationService(notes, VersionTexts.of(fixture.terms), fixture.clock);
        ReAnchorService reAnchoring = new ReAnchorService(notes, VersionTexts.of(fixture.terms), fixture.clock);
        fixture.terms.onNewVersion((previous, added) -> reAnchoring.reAnchorEveryProject(previous, added).values().stream()
                .map(report -> report.countsByStatus().toString()).toList());
        TermsRef june = TermsRef.parse("xai-terms-of-service@2025-06-09");
        String shipped = fixture.terms.showVersion(june).fullText().orElseThrow();
        assertTrue(fixture.terms.showVersion(june).textIsShipped());
        String words = "Using the Service or any Output to develop models or services that compete with xAI";
        int from = CodePoints.toCodePointOffset(shipped, shipped.indexOf(words));
        Annotation made = annotations.create(project, new Selection(june, from, from + CodePoints.length(words), words),
                Tag.COMPETING_MODEL_BAN, "the clause our review rests on", List.of(), "counsel@acme");
        Path clone = sample();
        OtaSamples.resetTo(clone, OtaSamples.GROK_2025_12_11);

        SyncReport r = sync.sync(clone, null, ProgressMonitor.NONE).report();

        assertEquals(List.of("xai-terms-of-service@2025-11-04"), r.versions().stream().map(v -> v.ref().toString()).toList());
        assertEquals(List.of("xai-terms-of-service@2025-06-09 -> xai-terms-of-service@2025-11-04"), told,
                "the catalog's shipped text is the text before the new one");
        Annotation carried = notes.find(made.id()).orElseThrow();
        assertEquals("xai-terms-of-service@2025-11-04", carried.target().toString());
        assertEquals(words, carried.exact());
        assertTrue(notes.listByVersion(june).isEmpty(), "no annotation is left on the older text");
    }

    @Test
    void aSignedOffReviewRelyingOnChangedTermsBecomesStale() throws Exception {
        Path inventory = dir.resolve("grok.csv");
        Files.writeString(inventory, """
                id,name,source_type,generator_model,generator_provider,access,collected_on,license,uses,records,terms,owner,notes
                g1,Grok answers,synthetic,grok-3,xai,app,2026-07-01,,fine-tuning,1000,,,
                """);
        String project = fixture.importPath(inventory, "Grok distillation");
        fixture.completeReview(project, "counsel@acme");
        fixture.reviews.signOff(project, "counsel@acme", "counsel", "Reviewed", "ab".repeat(32));
        assertEquals(ReviewState.SIGNED_OFF, fixture.reviews.status(project).orElseThrow().review().state());

        TermsSyncService.Result result = sync.sync(sample(), null, ProgressMonitor.NONE);

        assertEquals(1, result.staleReviews().size());
        ReviewService.StaleReview stale = result.staleReviews().get(0);
        assertEquals(project, stale.project());
        assertEquals(1, stale.revision());
        assertTrue(stale.changes().stream().anyMatch(c -> c.contains("xai-terms-of-service@2026-06-26")), stale.changes().toString());
        assertEquals(ReviewState.STALE, fixture.reviews.status(project).orElseThrow().review().state());
    }

    @Test
    void aMalformedRepositoryChangesNothing() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertFails(empty, null, "not a git repository");

        Path noCommits = dir.resolve("no-commits");
        Git.init().setDirectory(noCommits.toFile()).call().close();
        assertFails(noCommits, EU, "no commits");

        Path unrelated = dir.resolve("unrelated");
        try (Git git = Git.init().setDirectory(unrelated.toFile()).call()) {
            Files.writeString(unrelated.resolve("README.md"), "Versions: https://github.com/OpenTermsArchive/genai-eu-versions/releases\n");
            Files.createDirectories(unrelated.resolve("Acme"));
            Files.writeString(unrelated.resolve("Acme/Terms of Service.md"), "Effective: May 1, 2026\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Record Acme").setAuthor("bot", "bot@example.org").setCommitter("bot", "bot@example.org").call();
        }
        assertFails(unrelated, null, "none of the");

        Path unknown = dir.resolve("unknown");
        try (Git git = Git.init().setDirectory(unknown.toFile()).call()) {
            Files.writeString(unknown.resolve("README.md"), "Some other archive\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("init").setAuthor("bot", "bot@example.org").setCommitter("bot", "bot@example.org").call();
        }
        assertFails(unknown, null, "cannot tell which Open Terms Archive repository");

        Path damaged = sample();
        try (Stream<Path> packs = Files.list(damaged.resolve(".git/objects/pack"))) {
            for (Path pack : packs.filter(f -> f.toString().endsWith(".pack")).toList()) {
                byte[] bytes = Files.readAllBytes(pack);
                for (int i = bytes.length / 3; i < bytes.length - 20; i += 97) {
                    bytes[i] ^= 0x5a;
                }
                Files.write(pack, bytes);
            }
        }
        assertFails(damaged, null, "git objects cannot be read");
    }

    private void assertFails(Path repo, String repository, String problem) {
        OtaRepositoryException e = assertThrows(OtaRepositoryException.class,
                () -> sync.sync(repo, repository, ProgressMonitor.NONE));
        assertTrue(e.getMessage().startsWith(repo.toAbsolutePath().normalize().toString()), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(stored.listDocuments().isEmpty() && told.isEmpty(), "nothing was stored or announced");
        assertFalse(stored.listVersions("xai-terms-of-service").iterator().hasNext());
    }
}
