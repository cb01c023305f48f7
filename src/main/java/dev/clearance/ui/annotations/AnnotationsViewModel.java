package dev.clearance.ui.annotations;

import dev.clearance.annotation.AnnotationFilter;
import dev.clearance.annotation.AnnotationInputException;
import dev.clearance.annotation.AnnotationService;
import dev.clearance.annotation.CodePoints;
import dev.clearance.annotation.Selection;
import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsVersion;
import dev.clearance.terms.TermsService;
import dev.clearance.terms.VersionView;
import dev.clearance.ui.TaskRunner;
import dev.clearance.ui.UndoHistory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Annotating one project's terms: the versions to open, the selected version's full text (or, without one,
 * the catalog's clauses), the project's annotations on it with filters, and the changes a reviewer makes —
 * create from a selection, edit, delete, confirm — each saved at once and undoable through the workbench's
 * history. Also the annotations across all versions whose clause moved, changed or disappeared.
 * Positions in the text as shown are UTF-16 indices; the service counts code points; this class converts.
 */
public final class AnnotationsViewModel {
    /**
     * Words of the shown text that a catalog clause quotes, {@code [start, end)} in UTF-16 indices of the text.
     *
     * @param label the clause's section and heading
     */
    public record QuoteMark(int start, int end, String label, List<Tag> tags) {
    }

    /** A catalog clause shown read-only when a version has no stored text. */
    public record CatalogClause(String section, String heading, String paraphrase, List<Tag> tags) {
    }

    private final long projectId;
    private final AnnotationService service;
    private final TermsService terms;
    private final String creator;
    private final TaskRunner tasks;
    private final AnnotationEdits edits;

    private final ObservableList<VersionChoice> versions = FXCollections.observableArrayList();
    private final ObjectProperty<VersionChoice> version = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<CatalogClause> catalogClauses = FXCollections.observableArrayList();
    private final ObservableList<QuoteMark> catalogQuotes = FXCollections.observableArrayList();
    private final ObservableList<Annotation> onVersion = FXCollections.observableArrayList();
    private final ObservableList<Annotation> listed = FXCollections.observableArrayList();
    private final ObservableList<ReviewItem> needingReview = FXCollections.observableArrayList();
    private final ObservableList<String> creators = FXCollections.observableArrayList();
    private final ObjectProperty<Tag> tagFilter = new SimpleObjectProperty<>();
    private final ObservableList<String> ownTags = FXCollections.observableArrayList();
    private final ObjectProperty<String> ownTagFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> creatorFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<AnchorStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>();
    private final ObservableList<Tag> shortcutTags = FXCollections.observableArrayList();
    private Consumer<String> notices = message -> { };
    /** An annotation to select once the version being opened has its text. */
    private String revealAfterOpening;

    public AnnotationsViewModel(long projectId, AnnotationService service, TermsService terms, String creator,
                                UndoHistory history, TaskRunner tasks) {
        this.projectId = projectId;
        this.service = Objects.requireNonNull(service, "service");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.creator = creator;
        this.tasks = tasks;
        this.edits = new AnnotationEdits(service, history, this::refresh);
        version.addListener((o, a, v) -> open(v));
        tagFilter.addListener((o, a, b) -> refilter());
        ownTagFilter.addListener((o, a, b) -> refilter());
        creatorFilter.addListener((o, a, b) -> refilter());
        statusFilter.addListener((o, a, b) -> refilter());
    }

    /** Where sentences for the status bar go ("Tagged … as competing-model-ban", or why not). */
    public void setOnNotice(Consumer<String> notices) {
        this.notices = notices == null ? message -> { } : notices;
    }

    /**
     * Lists the versions in the background and opens the first one with a stored text (preferring one the
     * project has annotated), unless one is open already.
     */
    public void load() {
        List<Annotation> all = service.list(projectId, AnnotationFilter.all());
        shortcutTags.setAll(rankTags(all));
        ownTags.setAll(service.ownTags(projectId));
        loading.set(true);
        tasks.run("Listing terms versions", monitor -> listVersions(all), list -> {
            loading.set(false);
            VersionChoice keep = version.get();
            versions.setAll(list);
            if (keep == null) {
                version.set(list.stream().filter(VersionChoice::hasFullText)
                        .max(Comparator.comparingInt(VersionChoice::annotationCount)).orElse(null));
            }
        }, failure -> {
            loading.set(false);
            notices.accept("Could not list the terms versions: " + failure.getMessage());
        });
        refreshReview(all);
    }

    private List<VersionChoice> listVersions(List<Annotation> all) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        all.forEach(a -> counts.merge(a.target().toString(), 1, Integer::sum));
        List<VersionChoice> withText = new ArrayList<>();
        List<VersionChoice> shipped = new ArrayList<>();
        List<VersionChoice> catalogOnly = new ArrayList<>();
        for (TermsDocument d : terms.listDocuments()) {
            for (TermsVersion v : d.versions()) {
                VersionView view = terms.showVersion(v.ref());
                VersionChoice c = new VersionChoice(v.ref(), d.title(), view.hasFullText(),
                        counts.getOrDefault(v.ref().toString(), 0), view.textIsShipped());
                (!view.hasFullText() ? catalogOnly : view.textIsShipped() ? shipped : withText).add(c);
            }
        }
        // Texts users added first (they brought them to annotate), then the catalog's recorded texts.
        withText.addAll(shipped);
        withText.addAll(catalogOnly);
        return withText;
    }

    private void open(VersionChoice choice) {
        selected.set(null);
        text.set("");
        catalogClauses.clear();
        catalogQuotes.clear();
        onVersion.clear();
        listed.clear();
        if (choice == null) {
            return;
        }
        loading.set(true);
        tasks.run("Opening " + choice.label(), monitor -> terms.showVersion(choice.ref()), view -> {
            loading.set(false);
            if (choice.equals(version.get())) {
                show(view);
            }
        }, failure -> {
            loading.set(false);
            notices.accept("Could not open " + choice.label() + ": " + failure.getMessage());
        });
    }

    private void show(VersionView view) {
        if (view.hasFullText()) {
            String shown = view.fullText().orElseThrow();
            if (view.textIsShipped()) {
                List<QuoteMark> marks = new ArrayList<>();
                int cps = shown.codePointCount(0, shown.length());
                for (Clause c : view.version().clauses()) {
                    c.anchored().filter(a -> a.end() <= cps).ifPresent(a -> marks.add(new QuoteMark(
                            shown.offsetByCodePoints(0, a.start()), shown.offsetByCodePoints(0, a.end()),
                            ((c.section().isEmpty() ? "" : "§" + c.section() + " ") + c.heading()).strip(), c.tags())));
                }
                marks.sort(Comparator.comparingInt(QuoteMark::start));
                catalogQuotes.setAll(marks);
            }
            text.set(shown);
        } else {
            catalogClauses.setAll(view.version().clauses().stream()
                    .map((Clause c) -> new CatalogClause(c.section(), c.heading(), c.paraphrase(), c.tags())).toList());
        }
        refresh();
        if (revealAfterOpening != null) {
            selected.set(find(revealAfterOpening));
            revealAfterOpening = null;
        }
    }

    /** Reads the project's annotations again: after every change, undo and redo. */
    public void refresh() {
        List<Annotation> all = service.list(projectId, AnnotationFilter.all());
        VersionChoice v = version.get();
        String id = selected.get() == null ? null : selected.get().id();
        onVersion.setAll(v == null || text.get().isEmpty() ? List.of()
                : all.stream().filter(AnnotationFilter.all().withVersion(v.ref())).toList());
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        all.forEach(a -> names.add(a.creator()));
        creators.setAll(names);
        ownTags.setAll(service.ownTags(projectId));
        refilter();
        selected.set(id == null ? null : onVersion.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null));
        refreshReview(all);
    }

    private void refreshReview(List<Annotation> all) {
        needingReview.setAll(all.stream().filter(a -> a.status() != AnchorStatus.ANCHORED)
                .sorted(Comparator.comparing(Annotation::status).reversed()).map(ReviewItem::new).toList());
    }

    private void refilter() {
        AnnotationFilter f = new AnnotationFilter(null, tagFilter.get(), creatorFilter.get(), statusFilter.get(),
                ownTagFilter.get());
        listed.setAll(onVersion.stream().filter(f).toList());
    }

    /** Tags ranked by how often the project used them, then in vocabulary order: the number-key shortcuts. */
    private static List<Tag> rankTags(List<Annotation> all) {
        Map<Tag, Integer> uses = new EnumMap<>(Tag.class);
        all.forEach(a -> a.tagValue().ifPresent(t -> uses.merge(t, 1, Integer::sum)));
        return Arrays.stream(Tag.values())
                .sorted(Comparator.comparingInt((Tag t) -> -uses.getOrDefault(t, 0)).thenComparing(Tag::ordinal))
                .limit(9).toList();
    }

    // ---- changes

    /**
     * Annotates the passage selected in the text as shown (UTF-16 indices, end exclusive). A selection that
     * cuts a word is widened to the whole word and loses surrounding white space: a quote is evidence, and a
     * half word dragged by a mouse is not what the reviewer meant to quote.
     *
     * @return the new annotation, or empty when it could not be saved (the reason goes to the notices)
     */
    public Optional<Annotation> create(int utf16Start, int utf16End, Tag tag, String comment) {
        String shown = text.get();
        VersionChoice v = version.get();
        if (v == null || shown.isEmpty()) {
            notices.accept("Open a version with a stored full text to annotate it.");
            return Optional.empty();
        }
        int[] words = Quotes.wholeWords(shown, Math.min(utf16Start, utf16End), Math.max(utf16Start, utf16End));
        int from = words[0];
        int to = words[1];
        if (from == to) {
            notices.accept("Select the words to annotate first.");
            return Optional.empty();
        }
        try {
            Selection selection = new Selection(v.ref(), CodePoints.toCodePointOffset(shown, from),
                    CodePoints.toCodePointOffset(shown, to), shown.substring(from, to));
            Annotation created = service.create(projectId, selection, tag, comment, List.of(), creator);
            edits.created(created);
            selected.set(find(created.id()));
            notices.accept("Annotated \"" + Excerpt.of(created.exact(), 48) + "\""
                    + (tag == null ? "" : " as " + tag.id()) + ". Saved.");
            return Optional.of(created);
        } catch (AnnotationInputException | IllegalArgumentException e) {
            notices.accept(e.getMessage());
            return Optional.empty();
        }
    }

    /** The words an annotation of this selection would quote (whole words, no surrounding white space). */
    public String quoteOf(int utf16Start, int utf16End) {
        String shown = text.get();
        int[] words = Quotes.wholeWords(shown, Math.min(utf16Start, utf16End), Math.max(utf16Start, utf16End));
        return shown.substring(words[0], words[1]);
    }

    /**
     * Saves the reviewer's part of the selected annotation.
     *
     * @param linksText links separated by spaces, commas or new lines
     * @return null when saved, else why not (a link that is not an IRI)
     */
    public String editSelected(Tag tag, String comment, String linksText) {
        Annotation a = selected.get();
        if (a == null) {
            return "Select an annotation to edit.";
        }
        List<String> links = Quotes.parseLinks(linksText);
        if (Objects.equals(a.tag(), tag) && a.comment().equals(comment == null ? "" : comment) && a.links().equals(links)) {
            return null;
        }
        try {
            Annotation edited = edits.edit(a, tag, comment, links);
            selected.set(find(edited.id()));
            notices.accept("Saved the annotation on \"" + Excerpt.of(edited.exact(), 48) + "\".");
            return null;
        } catch (AnnotationInputException e) {
            return e.getMessage();
        }
    }

    public void deleteSelected() {
        Annotation a = selected.get();
        if (a != null) {
            edits.delete(a);
            selected.set(null);
            notices.accept("Deleted the annotation on \"" + Excerpt.of(a.exact(), 48) + "\". Undo brings it back.");
        }
    }

    /** Deletes an annotation from the review list (an orphan has nothing left to confirm). */
    public void delete(ReviewItem item) {
        edits.delete(item.annotation());
        notices.accept("Deleted the annotation on \"" + Excerpt.of(item.oldText(), 48) + "\". Undo brings it back.");
    }

    /** The reviewer has read a moved or changed annotation on its new text. */
    public void confirm(ReviewItem item) {
        try {
            edits.confirm(item.annotation());
            notices.accept("Confirmed the annotation on its text in " + item.newVersion() + ".");
        } catch (AnnotationInputException | IllegalStateException e) {
            notices.accept(e.getMessage());
        }
    }

    /** Opens the version an annotation stands on and selects it (once its text is loaded). */
    public void reveal(Annotation annotation) {
        VersionChoice current = version.get();
        if (current == null || !current.ref().equals(annotation.target())) {
            Optional<VersionChoice> target = versions.stream().filter(c -> c.ref().equals(annotation.target())).findFirst();
            if (target.isPresent()) {
                revealAfterOpening = annotation.id();
                version.set(target.get());
                return;
            }
        }
        selected.set(find(annotation.id()));
    }

    private Annotation find(String id) {
        return onVersion.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }

    // ---- positions in the text as shown

    /** The annotation's range in the text as shown (UTF-16 indices); empty when the text is not shown. */
    public Optional<Highlight.Span> spanOf(Annotation a) {
        String shown = text.get();
        if (shown.isEmpty() || a.end() > CodePoints.length(shown)) {
            return Optional.empty();
        }
        return Optional.of(new Highlight.Span(a, CodePoints.toUtf16Index(shown, a.start()),
                CodePoints.toUtf16Index(shown, a.end())));
    }

    /** How the listed annotations cover the text, for the viewer's highlighting. */
    public List<Highlight> highlights() {
        return Highlight.layout(listed.stream().map(this::spanOf).flatMap(Optional::stream).toList(), selected.get());
    }

    /** The listed annotations covering a UTF-16 index, shortest (innermost) first. */
    public List<Annotation> annotationsAt(int utf16Index) {
        return listed.stream().map(this::spanOf).flatMap(Optional::stream)
                .filter(s -> s.start() <= utf16Index && utf16Index < s.end())
                .sorted(Comparator.comparingInt(s -> s.end() - s.start()))
                .map(Highlight.Span::annotation).toList();
    }

    // ---- properties

    public ObservableList<VersionChoice> versions() {
        return versions;
    }

    public ObjectProperty<VersionChoice> versionProperty() {
        return version;
    }

    /** The selected version's stored full text; "" when it has none (then {@link #catalogClauses()} apply). */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<CatalogClause> catalogClauses() {
        return catalogClauses;
    }

    /** The words of the shown recorded text that the catalog's clauses quote, in text order. */
    public ObservableList<QuoteMark> catalogQuotes() {
        return catalogQuotes;
    }

    /** The project's annotations on the selected version that pass the filters, in text order. */
    public ObservableList<Annotation> annotations() {
        return listed;
    }

    /** All the project's annotations on the selected version, whatever the filters. */
    public ObservableList<Annotation> annotationsOnVersion() {
        return onVersion;
    }

    /** Annotations on any version whose clause moved, changed or disappeared, most alarming first. */
    public ObservableList<ReviewItem> needingReview() {
        return needingReview;
    }

    public ObservableList<String> creators() {
        return creators;
    }

    public ObjectProperty<Tag> tagFilterProperty() {
        return tagFilter;
    }

    /** The project's own tags (defined, or carried by its annotations), beside the vocabulary's, sorted. */
    public ObservableList<String> ownTags() {
        return ownTags;
    }

    /** Only annotations carrying this own tag; null for any. */
    public ObjectProperty<String> ownTagFilterProperty() {
        return ownTagFilter;
    }

    /**
     * Defines an own tag for the project, so reviewers can use it on annotations; says on the status bar what was
     * done or why not.
     *
     * @return true when the tag is now among the project's own tags
     */
    public boolean defineOwnTag(String tag) {
        try {
            String t = service.defineOwnTag(projectId, tag);
            ownTags.setAll(service.ownTags(projectId));
            notices.accept("Added the project's own tag \u201C" + t + "\u201D.");
            return true;
        } catch (AnnotationInputException e) {
            notices.accept(e.getMessage());
            return false;
        }
    }

    /**
     * Gives the selected annotation these own tags (comma-separated); false with a notice when one cannot be a tag.
     * Each tag becomes one of the project's own.
     */
    public boolean setOwnTagsOfSelected(String commaSeparated) {
        Annotation a = selected.get();
        if (a == null) {
            return false;
        }
        List<String> tags = Arrays.stream((commaSeparated == null ? "" : commaSeparated).split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        try {
            service.editOwnTags(a.id(), tags);
        } catch (AnnotationInputException e) {
            notices.accept(e.getMessage());
            return false;
        }
        refresh();
        return true;
    }

    public ObjectProperty<String> creatorFilterProperty() {
        return creatorFilter;
    }

    public ObjectProperty<AnchorStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<Annotation> selectedProperty() {
        return selected;
    }

    /** The tags behind number keys 1 to 9, most used in this project first (fixed while the project is open). */
    public ObservableList<Tag> shortcutTags() {
        return shortcutTags;
    }

    public String creator() {
        return creator;
    }
}
