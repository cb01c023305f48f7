package dev.clearance.ui.annotations;

import dev.clearance.testing.TestTermsTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.annotation.AnnotationFilter;
import dev.clearance.annotation.AnnotationService;
import dev.clearance.annotation.ReAnchorService;
import dev.clearance.annotation.VersionTexts;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.terms.Channel;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.store.Database;
import dev.clearance.store.JdbcAnnotationRepository;
import dev.clearance.store.JdbcProjectRepository;
import dev.clearance.store.JdbcTermsRepository;
import dev.clearance.terms.AddRequest;
import dev.clearance.terms.TermsService;
import dev.clearance.ui.TaskRunner;
import dev.clearance.ui.UndoHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotating a terms text as the reviewer does it, on a real database and the real OpenAI terms of 2023-11-14. */
class AnnotationsViewModelTest {
    static final TermsRef NOVEMBER = TermsRef.parse("openai-terms-of-use@2023-11-14");
    static final String BAN = "Use Output to develop models that compete with OpenAI.";

    @TempDir
    Path dir;
    Database db;
    TermsService terms;
    AnnotationService service;
    UndoHistory history;
    long project;
    List<String> notices;
    AnnotationsViewModel model;

    static Path fixture(String name) {
        return TestTermsTexts.file(name);
    }

    @BeforeEach
    void openDatabase() {
        db = Database.open(dir.resolve("db"));
        terms = TermsService.withShippedData(new JdbcTermsRepository(db), Clock.systemUTC());
        JdbcAnnotationRepository annotations = new JdbcAnnotationRepository(db);
        service = new AnnotationService(annotations, VersionTexts.of(terms), Clock.systemUTC());
        ReAnchorService reAnchoring = new ReAnchorService(annotations, VersionTexts.of(terms), Clock.systemUTC());
        terms.onNewVersion((previous, added) -> {
            reAnchoring.reAnchorEveryProject(previous, added);
            return List.of();
        });
        project = new JdbcProjectRepository(db).create(ProjectSettings.named("Acme")).id();
        terms.addVersion(AddRequest.of(fixture("openai-terms-of-service@2023-11-14.md"), "openai-terms-of-use",
                LocalDate.of(2023, 11, 14), ""));
        history = new UndoHistory(50);
        notices = new ArrayList<>();
        model = open();
    }

    AnnotationsViewModel open() {
        AnnotationsViewModel m = new AnnotationsViewModel(project, service, terms, "ana", history, TaskRunner.IMMEDIATE);
        m.setOnNotice(notices::add);
        m.load();
        return m;
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    Annotation annotate(String passage, Tag tag) {
        int at = model.textProperty().get().indexOf(passage);
        assertTrue(at >= 0, "the text holds " + passage);
        return model.create(at, at + passage.length(), tag, "").orElseThrow(() -> new AssertionError(notices));
    }

    @Test
    void opensTheFirstVersionWithAStoredTextAndListsTheCatalogsRecordedTextsAfterIt() {
        assertEquals(NOVEMBER, model.versionProperty().get().ref());
        assertTrue(model.textProperty().get().contains(BAN));
        assertTrue(model.versions().get(0).hasFullText());
        assertFalse(model.versions().get(0).shippedText(), "texts a user added come first");
        assertTrue(model.versions().stream().allMatch(VersionChoice::hasFullText),
                "every catalog version can be annotated in its recorded text");
        assertTrue(model.versions().stream().anyMatch(VersionChoice::shippedText));
    }

    @Test
    void aCatalogVersionOpensInItsRecordedTextWithTheCatalogsQuotesMarkedAndCanBeAnnotated() {
        VersionChoice catalog = model.versions().stream()
                .filter(v -> v.ref().toString().equals("openai-services-agreement@2026-01-01")).findFirst().orElseThrow();
        model.versionProperty().set(catalog);

        String text = model.textProperty().get();
        String quote = "use Output to develop artificial intelligence models that compete with OpenAI";
        assertTrue(text.contains(quote), "the recorded text is shown");
        assertFalse(model.catalogQuotes().isEmpty());
        assertTrue(model.catalogQuotes().stream().anyMatch(q -> text.substring(q.start(), q.end()).contains(quote)
                && q.label().startsWith("§3.3(e)")), "the catalog's quote of §3.3(e) is marked on its words");
        Annotation a = annotate(quote, Tag.COMPETING_MODEL_BAN);
        assertEquals(quote, service.find(a.id()).orElseThrow().exact());
        assertEquals("openai-services-agreement@2026-01-01", a.target().toString());
    }

    @Test
    void aSelectionIsSavedAsATaggedAnnotationOnTheQuotedWords() {
        Annotation a = annotate(BAN, Tag.COMPETING_MODEL_BAN);

        Annotation stored = service.find(a.id()).orElseThrow();
        assertEquals(BAN, stored.exact());
        assertEquals(Tag.COMPETING_MODEL_BAN, stored.tag());
        assertEquals("ana", stored.creator());
        assertEquals(List.of(stored), model.annotations());
        assertEquals(stored, model.selectedProperty().get(), "the new annotation is selected for a comment");
    }

    @Test
    void positionsCountCodePointsWhenAnEmojiPrecedesTheSelection(@TempDir Path files) throws IOException {
        Path file = files.resolve("policy.md");
        Files.writeString(file, "# Acme policy 🚫\n\nYou may not use outputs to train a competing model.\n");
        terms.addVersion(new AddRequest(file, "acme-policy", LocalDate.of(2025, 1, 1), "Acme policy", "acme",
                Channel.API, ""));
        model = open();
        model.versionProperty().set(model.versions().stream()
                .filter(v -> v.ref().equals(TermsRef.parse("acme-policy@2025-01-01"))).findFirst().orElseThrow());

        String text = model.textProperty().get();
        String passage = "train a competing model";
        int utf16 = text.indexOf(passage);
        Annotation a = model.create(utf16, utf16 + passage.length(), Tag.COMPETING_MODEL_BAN, "").orElseThrow();

        assertEquals(utf16 - 1, a.start(), "the emoji is two UTF-16 units but one code point");
        assertEquals(passage, a.exact());
        Highlight.Span shown = model.spanOf(a).orElseThrow();
        assertEquals(utf16, shown.start(), "the highlight lands on the selected words again");
        assertEquals(utf16 + passage.length(), shown.end());
    }

    @Test
    void aSelectionThatCutsAWordQuotesTheWholeWordWithoutSurroundingSpace() {
        String text = model.textProperty().get();
        int at = text.indexOf("develop models");

        Annotation a = model.create(at + 2, at + "develop mod".length(), Tag.ANY_MODEL_BAN, "").orElseThrow();
        assertEquals("develop models", a.exact());

        Annotation spaced = model.create(at - 1, at + "develop".length() + 1, Tag.ANY_MODEL_BAN, "").orElseThrow();
        assertEquals("develop", spaced.exact());
    }

    @Test
    void editingSavesTagCommentAndLinksAndRefusesALinkThatIsNoIri() {
        annotate(BAN, Tag.ANY_MODEL_BAN);

        assertNull(model.editSelected(Tag.COMPETING_MODEL_BAN, "the ban we rely on",
                "checklist:openai-terms#competing-use\nfinding:d3/competing-model-ban"));
        Annotation edited = model.selectedProperty().get();
        assertEquals(Tag.COMPETING_MODEL_BAN, edited.tag());
        assertEquals("the ban we rely on", edited.comment());
        assertEquals(List.of("checklist:openai-terms#competing-use", "finding:d3/competing-model-ban"), edited.links());
        assertEquals(edited, service.find(edited.id()).orElseThrow());

        String why = model.editSelected(Tag.COMPETING_MODEL_BAN, "", "see the ban");
        assertNotNull(why);
        assertTrue(why.contains("not a link"), why);
    }

    @Test
    void deletingCanBeUndoneAndRedone() {
        Annotation a = annotate(BAN, Tag.COMPETING_MODEL_BAN);
        model.deleteSelected();
        assertTrue(service.find(a.id()).isEmpty());
        assertTrue(model.annotations().isEmpty());

        history.undo();
        assertEquals(a, service.find(a.id()).orElseThrow(), "undo restores it exactly");
        assertEquals(List.of(a), model.annotations());

        history.redo();
        assertTrue(service.find(a.id()).isEmpty());
    }

    @Test
    void undoingAnEditPutsTheEarlierWordsBack() {
        Annotation a = annotate(BAN, Tag.COMPETING_MODEL_BAN);
        model.editSelected(Tag.ANY_MODEL_BAN, "changed my mind", "");

        history.undo();

        assertEquals(a, service.find(a.id()).orElseThrow());
    }

    @Test
    void overlappingAnnotationsAreBothListedAndTheirOverlapIsShadedDeeper() {
        Annotation whole = annotate(BAN, Tag.COMPETING_MODEL_BAN);
        Annotation inner = annotate("develop models", Tag.ANY_MODEL_BAN);

        assertEquals(2, model.annotations().size());
        assertTrue(model.highlights().stream().anyMatch(h -> h.depth() == 2), model.highlights().toString());
        int insideBoth = model.textProperty().get().indexOf("develop models") + 2;
        assertEquals(List.of(inner, whole), model.annotationsAt(insideBoth), "the innermost comes first");
    }

    @Test
    void filtersNarrowTheListByTagAuthorAndStatus() {
        annotate(BAN, Tag.COMPETING_MODEL_BAN);
        annotate("develop models", Tag.ANY_MODEL_BAN);

        model.tagFilterProperty().set(Tag.ANY_MODEL_BAN);
        assertEquals(List.of("develop models"), model.annotations().stream().map(Annotation::exact).toList());
        model.tagFilterProperty().set(null);
        model.creatorFilterProperty().set("someone else");
        assertTrue(model.annotations().isEmpty());
        model.creatorFilterProperty().set("ana");
        assertEquals(2, model.annotations().size());
        model.statusFilterProperty().set(AnchorStatus.CHANGED);
        assertTrue(model.annotations().isEmpty());
        assertEquals(2, model.annotationsOnVersion().size(), "filters hide, they do not delete");
    }

    @Test
    void aClauseThatChangedInTheNextVersionIsShownWithOldAndNewTextAndCanBeConfirmed() {
        String effective = "Effective: December 14, 2023";
        Annotation a = annotate(effective, Tag.SURVIVAL);

        terms.addVersion(AddRequest.of(fixture("openai-terms-of-service@2023-12-02.md"), "openai-terms-of-use",
                LocalDate.of(2023, 12, 2), ""));
        model = open();

        assertEquals(1, model.needingReview().size());
        ReviewItem item = model.needingReview().get(0);
        assertEquals(AnchorStatus.CHANGED, item.status());
        assertEquals(effective, item.oldText());
        assertEquals("Effective: January 31, 2024", item.newText());
        assertTrue(item.canConfirm());

        model.versionProperty().set(model.versions().get(0));
        assertEquals(NOVEMBER, model.versionProperty().get().ref());
        model.reveal(item.annotation());
        assertEquals(TermsRef.parse("openai-terms-of-use@2023-12-02"), model.versionProperty().get().ref(),
                "Show in text opens the version the clause is on now");
        assertEquals(item.annotation().id(), model.selectedProperty().get().id());

        model.confirm(item);

        assertTrue(model.needingReview().isEmpty());
        Annotation confirmed = service.find(a.id()).orElseThrow();
        assertEquals(AnchorStatus.ANCHORED, confirmed.status());
        assertEquals(TermsRef.parse("openai-terms-of-use@2023-12-02"), confirmed.target());

        history.undo();
        assertEquals(AnchorStatus.CHANGED, service.find(a.id()).orElseThrow().status(), "undo brings the review back");
        assertEquals(1, model.needingReview().size());
    }

    @Test
    void aClauseGoneFromTheNextVersionIsShownAsOrphanedAndCanOnlyBeDeleted() {
        terms.addVersion(AddRequest.of(fixture("mistral-terms-of-service@2024-02-08.md"), "mistral-terms-of-service",
                LocalDate.of(2024, 2, 8), ""));
        model = open();
        model.versionProperty().set(model.versions().stream()
                .filter(v -> v.ref().equals(TermsRef.parse("mistral-terms-of-service@2024-02-08"))).findFirst().orElseThrow());
        Annotation a = annotate("compete with Mistral AI", Tag.COMPETING_MODEL_BAN);

        terms.addVersion(AddRequest.of(fixture("mistral-terms-of-service@2024-05-22.md"), "mistral-terms-of-service",
                LocalDate.of(2024, 5, 22), ""));
        model = open();

        ReviewItem item = model.needingReview().get(0);
        assertEquals(AnchorStatus.ORPHANED, item.status());
        assertEquals("compete with Mistral AI", item.oldText());
        assertEquals("", item.newText(), "the May text dropped the competing-model ban");
        assertFalse(item.canConfirm());

        model.delete(item);
        assertTrue(service.find(a.id()).isEmpty());
        history.undo();
        assertEquals(AnchorStatus.ORPHANED, service.find(a.id()).orElseThrow().status(), "undo keeps it orphaned");
    }

    @Test
    void numberKeysOfferTheProjectsMostUsedTagsFirst() {
        annotate(BAN, Tag.PERMITTED_EXCEPTION);
        annotate("develop models", Tag.PERMITTED_EXCEPTION);

        assertEquals(Tag.PERMITTED_EXCEPTION, open().shortcutTags().get(0));
        assertEquals(9, model.shortcutTags().size());
        assertEquals(2, service.list(project, AnnotationFilter.all()).size());
    }

    @Test
    void theProjectsOwnTagsAreDefinedShownBesideTheVocabularyAndFilter() throws IOException {
        VersionChoice agreement = model.versions().stream()
                .filter(v -> v.ref().toString().equals("openai-services-agreement@2026-01-01")).findFirst().orElseThrow();
        model.versionProperty().set(agreement);
        Annotation ban = annotate("use Output to develop artificial intelligence models that compete with OpenAI",
                Tag.COMPETING_MODEL_BAN);
        Annotation keys = annotate("buy, sell, or transfer API keys", null);

        assertTrue(model.defineOwnTag("needs-counsel"));
        assertEquals(List.of("needs-counsel"), model.ownTags(), "a defined tag is offered before any annotation uses it");
        assertFalse(model.defineOwnTag("competing-model-ban"), "a vocabulary tag is not an own tag");
        assertTrue(notices.get(notices.size() - 1).contains("is a vocabulary tag"), notices.toString());

        model.selectedProperty().set(model.annotations().stream().filter(a -> a.id().equals(ban.id())).findFirst().orElseThrow());
        assertTrue(model.setOwnTagsOfSelected("needs-counsel, ask provider"));
        assertEquals(List.of("ask provider", "needs-counsel"), model.ownTags(), "a tag given to an annotation is the project's");
        assertEquals(List.of("needs-counsel", "ask provider"), service.find(ban.id()).orElseThrow().ownTags());

        model.ownTagFilterProperty().set("needs-counsel");
        assertEquals(List.of(ban.id()), model.annotations().stream().map(Annotation::id).toList());
        model.ownTagFilterProperty().set(null);
        assertEquals(2, model.annotations().size());
        assertTrue(model.annotations().stream().anyMatch(a -> a.id().equals(keys.id())));

        // tags imported from another tool join them
        service.importJsonLd(project, Files.readString(Path.of("src/test/resources/annotation/import/"
                + "hypothesis-openai-services-agreement.json")));
        model.refresh();
        assertEquals(List.of("ask provider", "effective-date", "needs-counsel"), model.ownTags());
        model.ownTagFilterProperty().set("effective-date");
        assertEquals(List.of("https://hypothes.is/a/pQ8mWhZ5Eeq0c5fHk2yT9g"),
                model.annotations().stream().map(Annotation::id).toList(), "filterable in the Annotations area");
    }
}
