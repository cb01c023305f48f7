package dev.clearance.terms;

import dev.clearance.domain.Digests;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.Confidence;
import dev.clearance.domain.terms.DocumentOrigin;
import dev.clearance.domain.terms.ModelMapping;
import dev.clearance.domain.terms.OutputUseFacts;
import dev.clearance.domain.terms.StoredClause;
import dev.clearance.domain.terms.StoredDocument;
import dev.clearance.domain.terms.StoredVersion;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.domain.terms.TermsRepository;
import dev.clearance.domain.terms.TermsVersion;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.nio.file.Path;

/**
 * The terms feature as the CLI and the UI use it: list and show documents (the shipped catalog merged
 * with what users added), add a user document or version from a file, diff two versions, resolve which
 * terms governed a dataset, and manage users' model mappings. Synchronous plain Java; the UI runs it
 * through its task runner.
 */
public final class TermsService {
    private static final Pattern ACCESS = Pattern.compile("api|weights|app|cloud:[a-z0-9-]+");

    private final TermsCatalog catalog;
    private final ModelRegistry registry;
    private final TermsRepository repository;
    private final TermsTextExtractor extractor;
    private final RestrictionDetector detector;
    private final TermsDiff differ;
    private final Clock clock;

    public TermsService(TermsCatalog catalog, ModelRegistry registry, TermsRepository repository, Clock clock) {
        this(catalog, registry, repository, new TermsTextExtractor(), new RestrictionDetector(), clock);
    }

    public TermsService(TermsCatalog catalog, ModelRegistry registry, TermsRepository repository,
                        TermsTextExtractor extractor, RestrictionDetector detector, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.detector = Objects.requireNonNull(detector, "detector");
        this.differ = new TermsDiff(detector);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A service on the shipped catalog and registry. */
    public static TermsService withShippedData(TermsRepository repository, Clock clock) {
        TermsCatalog catalog = TermsCatalog.loadShipped();
        return new TermsService(catalog, ModelRegistry.loadShipped(catalog), repository, clock);
    }

    public TermsCatalog catalog() {
        return catalog;
    }

    public ModelRegistry registry() {
        return registry;
    }

    /** Today on the service's clock: the plausible dates of a version end {@value TermsDates#YEARS_AHEAD} years later. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A warning when the shipped catalog was last verified more than {@value TermsCatalog#STALE_AFTER_DAYS}
     * days ago: the providers may have changed their terms since. Empty while it is recent.
     */
    public Optional<String> catalogAgeWarning() {
        LocalDate today = LocalDate.now(clock);
        if (!catalog.isStale(today)) {
            return Optional.empty();
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(catalog.lastVerified(), today);
        return Optional.of("The terms catalog was last verified on " + catalog.lastVerified() + ", " + days
                + " days ago: providers may have changed their terms since. Update it from a clone of an Open Terms"
                + " Archive repository (Terms \u203A Update from Open Terms Archive\u2026, or 'clearance terms sync"
                + " --from DIR') and check the live texts.");
    }

    // ---- documents and versions

    /** Catalog documents (with any versions users added) followed by users' own documents, by id. */
    public List<TermsDocument> listDocuments() {
        Map<String, TermsDocument> docs = new LinkedHashMap<>();
        for (TermsDocument d : catalog.documents()) {
            docs.put(d.id(), d);
        }
        List<StoredDocument> stored = repository.listDocuments();
        for (StoredDocument s : stored) {
            List<StoredVersion> versions = usableVersions(s.documentId());
            TermsDocument base = docs.get(s.documentId());
            if (base == null) {
                base = userDocument(s);
            }
            docs.put(s.documentId(), merge(base, versions));
        }
        return List.copyOf(docs.values());
    }

    /** A document by id, catalog or user, with all its versions. */
    public Optional<TermsDocument> findDocument(String documentId) {
        Optional<TermsDocument> fromCatalog = catalog.document(documentId);
        Optional<StoredDocument> stored = repository.findDocument(documentId);
        if (stored.isEmpty()) {
            return fromCatalog;
        }
        StoredDocument s = stored.get();
        TermsDocument base = fromCatalog.orElseGet(() -> userDocument(s));
        return Optional.of(merge(base, usableVersions(documentId)));
    }

    /**
     * The stored versions of a document whose dates are plausible ({@link TermsDates}); a row outside (written by
     * an earlier Clearance that did not check, or by hand) is left out, so that it cannot break every command
     * that reads the document. {@link #unusableStoredVersions()} names the rows left out.
     */
    private List<StoredVersion> usableVersions(String documentId) {
        LocalDate today = LocalDate.now(clock);
        return repository.listVersions(documentId).stream().filter(v -> TermsDates.plausible(v.effectiveOn(), today))
                .toList();
    }

    /**
     * One line per stored version that is left out when reading because its date is not plausible, naming it and
     * how to remove it ({@code terms remove ID@VERSION}); empty when every stored version is usable.
     */
    public List<String> unusableStoredVersions() {
        LocalDate today = LocalDate.now(clock);
        List<String> problems = new ArrayList<>();
        for (StoredDocument d : repository.listDocuments()) {
            for (LocalDate day : repository.listVersionDates(d.documentId())) {
                if (!TermsDates.plausible(day, today)) {
                    String ref = d.documentId() + "@" + day;
                    problems.add("skipped the stored version " + ref + ": its date is outside " + TermsDates.range(today)
                            + "; remove it with 'clearance terms remove " + ref + "'");
                }
            }
        }
        return problems;
    }

    /** What {@link #removeVersion} removed. */
    public record Removal(String ref, int clauses, boolean documentRemoved, boolean catalogVersionRemains) {
    }

    /**
     * Removes a version stored in this database ({@code terms add}, {@code terms sync}) with its text and detected
     * clauses; a user's document left without versions goes too. A catalogued version stays in the catalog (only
     * the text stored for it goes). Works for a stored version whose date is not plausible, so that such a row
     * can always be removed.
     *
     * @throws TermsInputException when {@code ref} names no version stored in this database
     */
    public Removal removeVersion(String ref) {
        TermsRef r = parseRef(ref);
        if (r.effectiveOn() == null) {
            throw new TermsInputException("'" + ref + "' names no version: write document-id@YYYY-MM-DD");
        }
        Optional<StoredVersion> stored = repository.findVersion(r.documentId(), r.effectiveOn());
        if (stored.isEmpty()) {
            boolean catalogued = catalog.version(r).isPresent();
            List<LocalDate> days = repository.listVersionDates(r.documentId());
            throw new TermsInputException(r + (catalogued
                    ? " is a catalogued version shipped with Clearance and has no text stored in this database; only"
                    + " versions added with 'terms add' or 'terms sync' can be removed"
                    : " is not stored in this database") + (days.isEmpty() ? "" : "; stored versions of "
                    + r.documentId() + ": " + days) + "; nothing was removed");
        }
        repository.deleteVersion(r.documentId(), r.effectiveOn());
        boolean documentRemoved = false;
        Optional<StoredDocument> doc = repository.findDocument(r.documentId());
        if (doc.isPresent() && doc.get().origin() == DocumentOrigin.USER && catalog.document(r.documentId()).isEmpty()) {
            documentRemoved = repository.deleteDocument(r.documentId());
        }
        return new Removal(r.toString(), stored.get().clauses().size(), documentRemoved, catalog.version(r).isPresent());
    }

    /**
     * One version, written {@code id} (latest) or {@code id@YYYY-MM-DD}.
     *
     * @throws TermsInputException for a malformed reference, an unknown document or an unknown version
     */
    public VersionView showVersion(String reference) {
        return showVersion(parseRef(reference));
    }

    public VersionView showVersion(TermsRef ref) {
        TermsDocument doc = requireDocument(ref.documentId());
        TermsVersion v = ref.effectiveOn() == null
                ? doc.latest().orElseThrow(() -> new TermsInputException(ref.documentId() + " has no versions"))
                : requireVersion(doc, ref.effectiveOn());
        Optional<StoredVersion> stored = repository.findVersion(doc.id(), v.effectiveOn());
        return new VersionView(doc, v, stored, text(stored, v.ref()));
    }

    /**
     * The full text of a version: the text stored in the database for it (what annotations were made on), else
     * the recorded text shipped with the catalog; empty when it has neither.
     */
    public Optional<String> text(TermsRef ref) {
        return text(repository.findVersion(ref.documentId(), ref.effectiveOn()), ref);
    }

    private Optional<String> text(Optional<StoredVersion> stored, TermsRef ref) {
        Optional<String> own = stored.map(StoredVersion::fullText).filter(t -> !t.isEmpty());
        return own.isPresent() ? own : catalog.text(ref);
    }

    /**
     * Adds a version from a file: extracts the text, detects the restricting clauses, and stores text and
     * clauses in one transaction. Nothing is written when the file cannot be used.
     *
     * @throws TermsInputException for a bad id, date, or file
     */
    /**
     * Told when a stored version follows an earlier version of the same document with a text (a stored one;
     * for a terms sync also the catalog's shipped text), so that work anchored in the earlier text
     * (annotations) can follow it. Returns notes for the person adding it.
     */
    @FunctionalInterface
    public interface NewVersionListener {
        List<String> newVersion(TermsRef previous, TermsRef added);

        /** The stored text of {@code version} was replaced; {@code replacedText} is the text it had. */
        default List<String> textReplaced(TermsRef version, String replacedText) {
            return List.of();
        }
    }

    private final List<NewVersionListener> newVersionListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public void onNewVersion(NewVersionListener listener) {
        newVersionListeners.add(listener);
    }

    /**
     * Tells the listeners that {@code added} was stored after {@code previous} by another route than
     * {@link #addVersion} (a terms sync); returns their notes.
     */
    public List<String> announceNewVersion(TermsRef previous, TermsRef added) {
        List<String> notes = new ArrayList<>();
        newVersionListeners.forEach(l -> notes.addAll(l.newVersion(previous, added)));
        return notes;
    }

    /** Tells the listeners that the stored text of {@code version} was replaced; returns their notes. */
    public List<String> announceTextReplaced(TermsRef version, String replacedText) {
        List<String> notes = new ArrayList<>();
        newVersionListeners.forEach(l -> notes.addAll(l.textReplaced(version, replacedText)));
        return notes;
    }

    public AddResult addVersion(AddRequest request) {
        String id = request.documentId().strip();
        if (!TermsRef.isValidDocumentId(id)) {
            throw new TermsInputException("'" + id + "' is not a document id: use lower-case letters, digits, '-' and"
                    + " '.', e.g. acme-openai-enterprise-agreement");
        }
        // Every part of the request is checked before the file is read and anything is written.
        if (id.length() > MAX_ID_LENGTH) {
            throw new TermsInputException("the document id is " + id.length() + " characters long; at most "
                    + MAX_ID_LENGTH + " are allowed");
        }
        TermsDates.requirePlausible(request.effectiveOn(), LocalDate.now(clock), "version");
        requireLine("title", request.title());
        requireLine("provider", request.provider());
        requireLine("source address", request.sourceUrl());
        TermsTextExtractor.Extracted extracted = extractor.extract(request.file());
        String text = extracted.text();
        List<DetectedClause> found = detector.detect(text);
        List<StoredClause> clauses = new ArrayList<>();
        for (DetectedClause c : found) {
            clauses.add(new StoredClause(clauses.size() + 1, "", "", c.excerpt(), c.tags(), c.startOffset(),
                    c.endOffset()));
        }
        Optional<TermsDocument> inCatalog = catalog.document(id);
        Optional<StoredDocument> existing = repository.findDocument(id);
        StoredDocument document;
        if (inCatalog.isPresent()) {
            TermsDocument c = inCatalog.get();
            document = new StoredDocument(id, c.provider(), c.title(), c.channel(), c.sourceUrl(), DocumentOrigin.CATALOG,
                    existing.map(StoredDocument::createdAt).orElse(clock.instant()));
        } else if (existing.isPresent()) {
            StoredDocument e = existing.get();
            document = new StoredDocument(id, request.provider().isEmpty() ? e.provider() : request.provider(),
                    request.title().isEmpty() ? e.title() : request.title(),
                    request.channel() == null ? e.channel() : request.channel(),
                    request.sourceUrl().isEmpty() ? e.sourceUrl() : request.sourceUrl(), e.origin(), e.createdAt());
        } else {
            document = new StoredDocument(id, request.provider(), request.title().isEmpty() ? id : request.title(),
                    request.channel(), request.sourceUrl(), DocumentOrigin.USER, clock.instant());
        }
        Optional<StoredVersion> before = repository.findVersion(id, request.effectiveOn());
        boolean replaced = before.isPresent();
        Path fileName = request.file().getFileName();
        StoredVersion version = new StoredVersion(id, request.effectiveOn(), text,
                fileName == null ? request.file().toString() : fileName.toString(), sha256(text), clock.instant(), clauses);
        repository.saveVersion(document, version);
        List<String> warnings = new ArrayList<>();
        if (replaced) {
            warnings.add("replaced the text stored earlier for " + version.ref());
        }
        if (!extracted.linesMatchFile()) {
            warnings.add("line numbers refer to the text extracted from the " + extracted.format()
                    + " file, not to lines of the file");
        }
        if (inCatalog.isPresent() && inCatalog.get().version(request.effectiveOn()).isEmpty()) {
            warnings.add(version.ref() + " is a new version of a catalog document; it has no reviewed facts, so risk"
                    + " rules treat it as unverified until someone reviews it");
        }
        if (found.isEmpty()) {
            warnings.add("no restricting or permitting clause was detected; read the text yourself");
        }
        if (replaced) {
            String replacedText = before.get().fullText();
            newVersionListeners.forEach(l -> warnings.addAll(l.textReplaced(version.ref(), replacedText)));
        } else {
            // Annotations follow from the text a user stored before this one; without one, from the catalog's
            // recorded text of the version before it.
            Optional<TermsRef> previous = usableVersions(id).stream()
                    .filter(v -> v.effectiveOn().isBefore(request.effectiveOn()) && v.ref() != null)
                    .reduce((a, b) -> b).map(StoredVersion::ref);
            if (previous.isEmpty()) {
                previous = inCatalog.stream().flatMap(d -> d.versions().stream())
                        .filter(v -> v.effectiveOn().isBefore(request.effectiveOn()) && catalog.text(v.ref()).isPresent())
                        .reduce((a, b) -> b).map(TermsVersion::ref);
            }
            previous.ifPresent(from -> newVersionListeners.forEach(
                    l -> warnings.addAll(l.newVersion(from, version.ref()))));
        }
        if (inCatalog.isPresent() && !request.title().isEmpty() && !request.title().equals(inCatalog.get().title())) {
            warnings.add("--title is ignored for catalog document " + id + " (\"" + inCatalog.get().title() + "\")");
        }
        return new AddResult(document, version, found, extracted.linesMatchFile(),
                inCatalog.isEmpty() && existing.isEmpty(), replaced, warnings);
    }

    /**
     * Diffs two versions of a document. Full texts are compared when both are stored; two catalogued
     * versions without texts are compared through their paraphrased clauses.
     *
     * @throws TermsInputException for an unknown document or version, or when only one side has a text
     */
    public DiffResult diff(String documentId, LocalDate from, LocalDate to) {
        TermsDocument doc = requireDocument(documentId);
        TermsVersion a = requireVersion(doc, from);
        TermsVersion b = requireVersion(doc, to);
        Optional<String> sa = text(a.ref());
        Optional<String> sb = text(b.ref());
        if (sa.isPresent() && sb.isPresent()) {
            return new DiffResult(a.ref(), b.ref(), "full-text", differ.diff(sa.get(), sb.get()));
        }
        boolean aCatalog = catalog.version(a.ref()).isPresent();
        boolean bCatalog = catalog.version(b.ref()).isPresent();
        if (sa.isEmpty() && sb.isEmpty() && aCatalog && bCatalog) {
            return new DiffResult(a.ref(), b.ref(), "catalog-clauses", differ.diffClauses(a.clauses(), b.clauses()));
        }
        TermsRef missing = sa.isEmpty() ? a.ref() : b.ref();
        throw new TermsInputException(missing + " has no stored full text to compare; add it with 'terms add FILE"
                + " --document " + doc.id() + " --version " + missing.effectiveOn() + "'");
    }

    // ---- resolution and mappings

    /**
     * Which terms governed a dataset's outputs. An explicit {@code terms} override
     * ({@code document-id@YYYY-MM-DD}, several separated by ';') wins over the registry; then the user's
     * model mappings; then the shipped registry.
     */
    public Resolution resolve(Dataset dataset) {
        if (!dataset.terms().isEmpty()) {
            List<TermsRef> refs = new ArrayList<>();
            for (String part : dataset.terms().split("[;,\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    refs.add(TermsRef.parse(part));
                } catch (IllegalArgumentException e) {
                    return Resolution.unknown(dataset.generatorModel(), dataset.generatorProvider(), false,
                            dataset.access(), "Dataset " + dataset.id() + ": terms: " + e.getMessage(), List.of());
                }
            }
            return registry.build(dataset.generatorModel(), dataset.generatorProvider(), false, dataset.access(),
                    "override", Confidence.VERIFIED, refs, dataset.collectedOn(), this::findDocument, new ArrayList<>());
        }
        return resolve(dataset.generatorModel(), dataset.generatorProvider(), dataset.access(), dataset.collectedOn());
    }

    /** Which terms governed outputs of a model, with the user's mappings taking precedence. */
    public Resolution resolve(String model, String provider, String access, LocalDate collectedOn) {
        return registry.resolve(model, provider, access, collectedOn, repository.listMappings(), this::findDocument);
    }

    public List<ModelMapping> mappings() {
        return repository.listMappings();
    }

    /**
     * Stores a user's model mapping after checking that every document it names exists.
     *
     * @throws TermsInputException naming the bad field
     */
    public ModelMapping addMapping(ModelMapping mapping) {
        if (!mapping.access().isEmpty() && !ACCESS.matcher(mapping.access()).matches()) {
            throw new TermsInputException("access '" + mapping.access()
                    + "' is not api, weights, app or cloud:<name>");
        }
        for (String id : mapping.documentIds()) {
            TermsRef ref = parseRef(id);
            TermsDocument doc = requireDocument(ref.documentId());
            if (ref.effectiveOn() != null) {
                requireVersion(doc, ref.effectiveOn());
            }
        }
        return repository.addMapping(mapping);
    }

    public boolean removeMapping(long id) {
        return repository.deleteMapping(id);
    }

    // ---- helpers

    /** The longest document id the database holds (terms_document.document_id). */
    static final int MAX_ID_LENGTH = 200;
    private static final int MAX_LINE_LENGTH = 1000;

    private static void requireLine(String what, String value) {
        if (value.length() > MAX_LINE_LENGTH || value.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7F)) {
            throw new TermsInputException("the " + what + " must be one line of at most " + MAX_LINE_LENGTH
                    + " characters without control characters; nothing was written");
        }
    }

    private static TermsRef parseRef(String text) {
        try {
            return TermsRef.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TermsInputException(e.getMessage(), e);
        }
    }

    private TermsDocument requireDocument(String id) {
        return findDocument(id).orElseThrow(() -> new TermsInputException("Unknown terms document '" + id
                + "'; 'terms list' shows the known ids"));
    }

    private static TermsVersion requireVersion(TermsDocument doc, LocalDate date) {
        return doc.version(date).orElseThrow(() -> new TermsInputException(doc.id() + " has no version " + date
                + "; its versions: " + doc.versions().stream().map(v -> v.effectiveOn().toString()).toList()));
    }

    /** A stored document the catalog does not (or no longer) ship. */
    private static TermsDocument userDocument(StoredDocument s) {
        return new TermsDocument(s.documentId(), s.provider(), s.title(), s.channel(), s.sourceUrl(), s.origin(), false,
                "", s.origin() == DocumentOrigin.USER ? "Added by a user; not reviewed by the catalog maintainers."
                : "No longer in the shipped catalog; only the versions stored in this database remain.", List.of());
    }

    /** The document with users' versions added (catalog versions keep their reviewed content). */
    private static TermsDocument merge(TermsDocument base, List<StoredVersion> stored) {
        if (stored.isEmpty()) {
            return base;
        }
        Map<LocalDate, TermsVersion> byDate = new LinkedHashMap<>();
        base.versions().forEach(v -> byDate.put(v.effectiveOn(), v));
        for (StoredVersion s : stored) {
            byDate.putIfAbsent(s.effectiveOn(), fromStored(base, s));
        }
        List<TermsVersion> sorted = byDate.values().stream().sorted(Comparator.comparing(TermsVersion::effectiveOn))
                .toList();
        List<TermsVersion> ranged = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            TermsVersion v = sorted.get(i);
            LocalDate dayBeforeNext = i + 1 < sorted.size() ? sorted.get(i + 1).effectiveOn().minusDays(1) : null;
            LocalDate until = v.inForceUntil();
            if (dayBeforeNext != null && (until == null || until.isAfter(dayBeforeNext))) {
                until = dayBeforeNext;
            }
            ranged.add(v.withInForceUntil(until));
        }
        // A timeless licence that gains a second version is no longer timeless.
        TermsDocument merged = base.withVersions(ranged);
        return merged.timeless() && ranged.size() > 1 ? new TermsDocument(merged.id(), merged.provider(),
                merged.title(), merged.channel(), merged.sourceUrl(), merged.origin(), false, merged.region(),
                merged.notes(), ranged) : merged;
    }

    private static TermsVersion fromStored(TermsDocument doc, StoredVersion s) {
        List<Clause> clauses = s.clauses().stream().map(c -> new Clause(c.section(), c.heading(),
                "Detected in the added text (not reviewed): " + c.excerpt(), "", c.tags(), Confidence.UNCERTAIN))
                .toList();
        if (s.provenance() != null) {
            // A recorded text (terms sync): dated by the effective date it states, else by its recording.
            boolean stated = s.effectiveOn().equals(s.provenance().statedEffective());
            return new TermsVersion(doc.id(), s.effectiveOn(), null, null, stated ? "effective" : "recorded",
                    doc.sourceUrl(), LocalDate.ofInstant(s.addedAt(), ZoneOffset.UTC), OutputUseFacts.unverified(),
                    clauses, "Recorded text: " + s.provenance().describe() + "; not reviewed. SHA-256 " + s.textSha256(),
                    s.provenance(), java.util.Map.of());
        }
        return new TermsVersion(doc.id(), s.effectiveOn(), null, null, "effective", doc.sourceUrl(),
                LocalDate.ofInstant(s.addedAt(), ZoneOffset.UTC), OutputUseFacts.unverified(), clauses,
                "Added by a user from " + (s.sourceFile().isEmpty() ? "a text" : s.sourceFile())
                        + "; not reviewed. SHA-256 " + s.textSha256());
    }

    static String sha256(String text) {
        return Digests.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
