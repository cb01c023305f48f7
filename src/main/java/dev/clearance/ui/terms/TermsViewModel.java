package dev.clearance.ui.terms;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.terms.DocumentOrigin;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.domain.terms.TermsVersion;
import dev.clearance.terms.TermsService;
import dev.clearance.ui.DocumentOpener;
import dev.clearance.ui.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The terms area of one project: the document browser (grouped by provider, filtered), the selected
 * document's version timeline, the selected version's clauses and text, diffs between two versions, and
 * the project's own sources ({@link ProjectSourcesViewModel}). Every service call runs through the task
 * runner; outcomes are reported as sentences through {@code status}.
 */
public final class TermsViewModel {
    private final TermsService terms;
    private final TaskRunner tasks;
    private final Consumer<String> status;
    private final DocumentOpener opener;
    private final ProjectSourcesViewModel sources;

    private final List<TermsDocument> documents = new ArrayList<>();
    private final ObservableList<ProviderGroup> groups = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<TermsDocument> selectedDocument = new SimpleObjectProperty<>();
    private final ObservableList<TermsVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<TermsVersion> selectedVersion = new SimpleObjectProperty<>();
    private final ObservableSet<TermsRef> versionsWithText = FXCollections.observableSet();
    private final ReadOnlyObjectWrapper<VersionDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DiffSummary> diff = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper diffProblem = new ReadOnlyStringWrapper("");

    /**
     * @param datasets the open project's inventory, kept current by the inventory area
     * @param opener   opens the live text of a document in the system's browser, when there is one
     * @param status   shows a sentence in the window's status bar
     */
    public TermsViewModel(TermsService terms, TaskRunner tasks, ObservableList<Dataset> datasets, DocumentOpener opener,
                          Consumer<String> status) {
        this.terms = terms;
        this.tasks = tasks;
        this.opener = opener;
        this.status = status;
        this.sources = new ProjectSourcesViewModel(terms, tasks, datasets, status);
        filter.addListener((o, a, b) -> regroup());
        selectedDocument.addListener((o, a, doc) -> showDocument(doc));
        selectedVersion.addListener((o, a, v) -> showVersion(v));
    }

    /** Reads the documents (catalog and the user's own) and the project's sources. */
    public void load() {
        reloadDocuments(null);
        sources.load();
    }

    private void reloadDocuments(TermsRef thenSelect) {
        tasks.run("Reading terms documents", monitor -> terms.listDocuments(), docs -> {
            documents.clear();
            documents.addAll(docs);
            regroup();
            if (thenSelect != null) {
                open(thenSelect);
            } else if (selectedDocument.get() != null) {
                // Keep the selection on the fresh copy of the document (it may have gained versions).
                open(new TermsRef(selectedDocument.get().id(),
                        selectedVersion.get() == null ? null : selectedVersion.get().effectiveOn()));
            }
        }, failure -> status.accept("Could not read the terms documents: " + failure.getMessage()));
    }

    private void regroup() {
        // Every word typed must appear somewhere: "mistral terms" finds "Mistral AI Terms of Service".
        String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        List<String> words = text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
        Map<String, List<TermsDocument>> byProvider = new LinkedHashMap<>();
        for (TermsDocument d : documents) {
            String searchable = searchText(d);
            if (words.stream().allMatch(searchable::contains)) {
                String key = d.provider().isEmpty() && d.origin() == DocumentOrigin.USER ? ProviderGroup.YOURS : d.provider();
                byProvider.computeIfAbsent(key, p -> new ArrayList<>()).add(d);
            }
        }
        List<ProviderGroup> out = new ArrayList<>();
        byProvider.forEach((provider, docs) -> out.add(new ProviderGroup(provider, docs)));
        // Named providers alphabetically; then the user's documents without a provider; standard licences last.
        out.sort(Comparator.comparing((ProviderGroup g) -> g.provider().isEmpty())
                .thenComparing(g -> g.provider().equals(ProviderGroup.YOURS))
                .thenComparing(g -> g.label().toLowerCase(Locale.ROOT)));
        groups.setAll(out);
    }

    private static String searchText(TermsDocument d) {
        return String.join("\u0000", d.id(), d.title(), d.provider(), ProviderGroup.label(d.provider()),
                d.channel() == null ? "" : d.channel().id(), d.region()).toLowerCase(Locale.ROOT);
    }

    private void showDocument(TermsDocument doc) {
        diff.set(null);
        diffProblem.set("");
        if (doc == null) {
            versions.clear();
            selectedVersion.set(null);
            return;
        }
        // The timeline lists the newest version first: that is the one a reviewer usually wants.
        List<TermsVersion> newestFirst = new ArrayList<>(doc.versions());
        newestFirst.sort(Comparator.comparing(TermsVersion::effectiveOn).reversed());
        versions.setAll(newestFirst);
        // Looked up first, so that the status bar ends on the version shown, not on this lookup.
        findStoredTexts(doc);
        selectedVersion.set(newestFirst.isEmpty() ? null : newestFirst.get(0));
    }

    /** Which versions of the document have a full text stored: only those can be compared word by word. */
    private void findStoredTexts(TermsDocument doc) {
        versionsWithText.clear();
        List<TermsRef> refs = doc.versions().stream().map(TermsVersion::ref).toList();
        tasks.run("Looking for stored texts of " + doc.id(), monitor -> refs.stream()
                .filter(ref -> terms.showVersion(ref).hasFullText()).toList(), withText -> {
                    if (selectedDocument.get() != null && selectedDocument.get().id().equals(doc.id())) {
                        versionsWithText.retainAll(withText);
                        versionsWithText.addAll(withText);
                    }
                }, failure -> versionsWithText.clear());
    }

    private void showVersion(TermsVersion version) {
        if (version == null) {
            detail.set(null);
            return;
        }
        TermsRef ref = version.ref();
        tasks.run("Reading " + ref, monitor -> terms.showVersion(ref), view -> {
            if (selectedVersion.get() != null && selectedVersion.get().ref().equals(ref)) {
                VersionDetail shown = VersionDetail.of(view);
                detail.set(shown);
                status.accept(ref + ": " + shown.version().clauses().size() + " clauses, "
                        + (shown.version().isVerified() ? "verified" : "not fully verified")
                        + (shown.hasFullText() ? ", full text stored" : ""));
            }
        }, failure -> status.accept("Could not read " + ref + ": " + failure.getMessage()));
    }

    /** Selects a document, and the version named by the reference (the newest when it names none). */
    public void open(TermsRef ref) {
        Optional<TermsDocument> doc = documents.stream().filter(d -> d.id().equals(ref.documentId())).findFirst();
        if (doc.isEmpty()) {
            status.accept("No terms document '" + ref.documentId() + "' is known");
            return;
        }
        if (selectedDocument.get() == null || !selectedDocument.get().equals(doc.get())) {
            selectedDocument.set(doc.get());
        }
        if (ref.effectiveOn() != null) {
            versions.stream().filter(v -> v.effectiveOn().equals(ref.effectiveOn())).findFirst()
                    .ifPresent(selectedVersion::set);
        }
    }

    /**
     * Compares two versions of the selected document, older to newer whatever the order given. The
     * outcome is the {@link #diffProperty() diff}, or a {@link #diffProblemProperty() problem} saying why not.
     */
    public void compare(TermsVersion one, TermsVersion other) {
        TermsDocument doc = selectedDocument.get();
        if (doc == null || one == null || other == null || one.effectiveOn().equals(other.effectiveOn())) {
            diff.set(null);
            diffProblem.set("Choose two different versions of one document to compare.");
            return;
        }
        LocalDate from = one.effectiveOn().isBefore(other.effectiveOn()) ? one.effectiveOn() : other.effectiveOn();
        LocalDate to = from.equals(one.effectiveOn()) ? other.effectiveOn() : one.effectiveOn();
        String id = doc.id();
        tasks.run("Comparing " + id + " " + from + " and " + to, monitor -> terms.diff(id, from, to), result -> {
            diffProblem.set("");
            diff.set(new DiffSummary(result));
            status.accept(id + ": " + new DiffSummary(result).headline());
        }, failure -> {
            diff.set(null);
            diffProblem.set("Cannot compare " + id + " " + from + " and " + to + ": " + failure.getMessage());
        });
    }

    /** A form for adding a document or version from a file, pre-filled with the selected document. */
    public AddVersionViewModel newAddVersion() {
        AddVersionViewModel add = new AddVersionViewModel(terms, tasks, documents, result -> {
            status.accept("Stored " + result.version().ref() + " from " + result.version().sourceFile() + ": "
                    + result.clauses().size() + " clauses detected");
            reloadDocuments(result.version().ref());
            sources.load();
        });
        if (selectedDocument.get() != null) {
            add.documentIdProperty().set(selectedDocument.get().id());
        }
        return add;
    }

    /** The address of the live text of the selected version (else document); "" when none is recorded. */
    public String liveTextAddress() {
        VersionDetail d = detail.get();
        if (d != null) {
            return d.sourceUrl();
        }
        return selectedDocument.get() == null ? "" : selectedDocument.get().sourceUrl();
    }

    /** Opens an address in the system's browser; false when there is none (e.g. headless). */
    public boolean openInBrowser(String address) {
        return !address.isEmpty() && opener.open(address);
    }

    /** Documents in browser order, for choosers (e.g. a model mapping's target). */
    public List<TermsDocument> documents() {
        return List.copyOf(documents);
    }

    public ObservableList<ProviderGroup> groups() {
        return groups;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<TermsDocument> selectedDocumentProperty() {
        return selectedDocument;
    }

    /** The selected document's versions, newest first. */
    public ObservableList<TermsVersion> versions() {
        return versions;
    }

    /** The selected document's versions that have a full text stored (added by a user). */
    public ObservableSet<TermsRef> versionsWithText() {
        return versionsWithText;
    }

    public ObjectProperty<TermsVersion> selectedVersionProperty() {
        return selectedVersion;
    }

    public ReadOnlyObjectProperty<VersionDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DiffSummary> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty diffProblemProperty() {
        return diffProblem.getReadOnlyProperty();
    }

    public ProjectSourcesViewModel sources() {
        return sources;
    }

    /** "40 documents from 15 providers"; with a filter, how many match. */
    /** The line above the documents: when the catalog was verified, and a warning when that is long ago. */
    public String catalogStatus() {
        return terms.catalogAgeWarning().orElse("Catalog last verified " + terms.catalog().lastVerified()
                + ": every fact quotes a recorded text, named with its source and commit.");
    }

    public boolean catalogIsOld() {
        return terms.catalogAgeWarning().isPresent();
    }

    public String documentCount() {
        int shown = groups.stream().mapToInt(g -> g.documents().size()).sum();
        String all = documents.size() + " documents";
        return shown == documents.size() ? all + " from " + groups.size() + " providers" : shown + " of " + all;
    }
}
