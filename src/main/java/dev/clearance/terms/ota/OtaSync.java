package dev.clearance.terms.ota;

import dev.clearance.domain.Digests;
import dev.clearance.domain.ProgressMonitor;
import dev.clearance.domain.terms.DocumentOrigin;
import dev.clearance.domain.terms.Provenance;
import dev.clearance.domain.terms.StoredClause;
import dev.clearance.domain.terms.StoredDocument;
import dev.clearance.domain.terms.StoredVersion;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.domain.terms.TermsRepository;
import dev.clearance.domain.terms.TermsVersion;
import dev.clearance.terms.ClauseChange;
import dev.clearance.terms.DetectedClause;
import dev.clearance.terms.RestrictionDetector;
import dev.clearance.terms.TermsDataException;
import dev.clearance.terms.TermsDiff;
import dev.clearance.terms.TermsInputException;
import dev.clearance.terms.TermsDates;
import dev.clearance.terms.TermsService;
import dev.clearance.terms.VersionDiff;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Keeps the terms catalog current from a local clone of an Open Terms Archive versions repository
 * ({@code clearance terms sync}, Terms › Update from Open Terms Archive…).
 *
 * <p>For each document that {@code ota-sources.json} maps for the repository, every recording newer than
 * the newest version the catalog or the database already has becomes a stored version with its provenance
 * (repository, path, commit, recording day, stated effective date). Its date is the effective date the text
 * states when that is later than the versions before it, else the recording day. The detector runs on each
 * text and the clause diff compares it with the text before it. Everything is read and checked first and
 * then stored in one transaction; a malformed repository changes nothing. After the commit, the terms
 * service's new-version listeners are told (the app re-anchors annotations there), oldest first.
 */
public final class OtaSync {
    /** A text this much shorter than the one before it, with no clause detected, is an error page, not terms. */
    private static final int ERROR_PAGE_RATIO = 5;
    private static final int ERROR_PAGE_MAX_CHARS = 3000;

    private final TermsService terms;
    private final TermsRepository repository;
    private final OtaSources sources;
    private final RestrictionDetector detector;
    private final TermsDiff differ;
    private final Clock clock;

    public OtaSync(TermsService terms, TermsRepository repository, OtaSources sources, Clock clock) {
        this.terms = Objects.requireNonNull(terms, "terms");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.detector = new RestrictionDetector();
        this.differ = new TermsDiff(detector);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The repositories this sync knows, {@code OWNER/NAME}. */
    public List<String> repositories() {
        return sources.repositories();
    }

    /**
     * Reads the clone in {@code directory} and stores what is new.
     *
     * @param repositoryName {@code OWNER/NAME} of the source repository; null to recognise it from the clone
     * @throws OtaRepositoryException when the folder is not a usable versions repository (nothing changed)
     * @throws TermsInputException    when {@code repositoryName} is not a known repository
     * @throws dev.clearance.domain.CancelledException when cancelled before anything was stored
     */
    public SyncReport sync(Path directory, String repositoryName, ProgressMonitor monitor) {
        monitor.progress(0, -1, "Opening " + directory);
        try (OtaRepositoryReader reader = OtaRepositoryReader.open(directory)) {
            OtaSources.Source source = source(reader, repositoryName);
            List<OtaSources.Mapping> mapped = source.mapped();
            for (OtaSources.Mapping m : mapped) {
                if (terms.findDocument(m.documentId()).isEmpty()) {
                    throw new TermsDataException("assets/terms/ota-sources.json maps " + source.repository() + ": "
                            + m.path() + " to " + m.documentId() + ", which is not a terms document");
                }
            }
            Map<String, List<Recording>> history = reader.history(mapped.stream().map(OtaSources.Mapping::path).toList(),
                    monitor);
            List<String> missing = mapped.stream().map(OtaSources.Mapping::path).filter(p -> history.get(p).isEmpty())
                    .toList();
            if (missing.size() == mapped.size()) {
                throw new OtaRepositoryException(reader.directory(), "none of the " + mapped.size() + " documents"
                        + " that ota-sources.json maps for " + source.repository() + " is in its history (looked for \""
                        + String.join("\", \"", missing.subList(0, Math.min(3, missing.size()))) + "\" …)");
            }
            List<String> notes = new ArrayList<>();
            if (!missing.isEmpty()) {
                notes.add("not in this clone: " + String.join(", ", missing));
            }
            List<Planned> plan = new ArrayList<>();
            int done = 0;
            for (OtaSources.Mapping m : mapped) {
                monitor.checkCancelled();
                monitor.progress(done++, mapped.size(), "Comparing " + m.path());
                plan.addAll(planDocument(reader, source.repository(), m, history.get(m.path()), notes));
            }
            monitor.checkCancelled();
            if (!plan.isEmpty()) {
                monitor.progress(mapped.size(), mapped.size(), "Storing " + plan.size() + " version(s)");
                repository.saveVersions(plan.stream().map(p -> new TermsRepository.VersionWrite(p.document, p.version))
                        .toList());
            }
            for (Planned p : plan) {
                if (p.replacedText != null) {
                    notes.addAll(terms.announceTextReplaced(p.version.ref(), p.replacedText));
                } else if (p.announceFrom != null) {
                    notes.addAll(terms.announceNewVersion(p.announceFrom, p.version.ref()));
                }
            }
            int recordings = history.values().stream().mapToInt(List::size).sum();
            return new SyncReport(source.repository(), reader.directory(), reader.head(), mapped.size() - missing.size(),
                    recordings, plan.stream().map(p -> p.reported).toList(), notes);
        }
    }

    private OtaSources.Source source(OtaRepositoryReader reader, String repositoryName) {
        if (repositoryName != null && !repositoryName.isBlank()) {
            return sources.find(repositoryName).orElseThrow(() -> new TermsInputException("--repository "
                    + repositoryName + " is not a repository ota-sources.json maps; known: "
                    + String.join(", ", sources.repositories())));
        }
        String name = reader.identify(sources.repositories()).orElseThrow(() -> new OtaRepositoryException(
                reader.directory(), "cannot tell which Open Terms Archive repository this is: neither a remote nor"
                + " README.md names one of " + String.join(", ", sources.repositories())
                + "; name it with --repository OWNER/NAME"));
        return sources.find(name).orElseThrow();
    }

    /** A version known before or planned in this sync. */
    private static final class Known {
        final String text;
        final String sha;
        final boolean stored;
        final Planned planned;

        Known(String text, String sha, boolean stored, Planned planned) {
            this.text = text;
            this.sha = sha;
            this.stored = stored;
            this.planned = planned;
        }
    }

    /** A version to store, what to report, and whom to tell after the commit. */
    private static final class Planned {
        StoredDocument document;
        StoredVersion version;
        SyncedVersion reported;
        TermsRef announceFrom;
        String replacedText;
        String previousText;
    }

    private List<Planned> planDocument(OtaRepositoryReader reader, String repo, OtaSources.Mapping mapping,
                                       List<Recording> recordings, List<String> notes) {
        String id = mapping.documentId();
        TermsDocument catalogDoc = terms.catalog().document(id).orElse(null);
        // A stored row with an implausible date (an earlier Clearance did not check) is skipped, as TermsService does.
        List<StoredVersion> stored = repository.listVersions(id).stream()
                .filter(v -> TermsDates.plausible(v.effectiveOn(), LocalDate.now(clock))).toList();
        TreeMap<LocalDate, Known> versions = new TreeMap<>();
        LocalDate baseline = null;
        String streamCommit = null;
        LocalDate streamDay = null;
        if (catalogDoc != null) {
            for (TermsVersion v : catalogDoc.versions()) {
                Provenance p = CatalogRecords.provenance(v).orElse(null);
                versions.put(v.effectiveOn(), new Known(terms.catalog().text(v.ref()).orElse(null),
                        p == null ? null : p.sha256(), false, null));
                baseline = later(baseline, CatalogRecords.recordedOn(v));
                if (p != null && sameStream(p, repo, mapping.path()) && (streamDay == null || !p.recordedOn().isBefore(streamDay))) {
                    streamCommit = p.commit();
                    streamDay = p.recordedOn();
                }
            }
        }
        for (StoredVersion s : stored) {
            versions.put(s.effectiveOn(), new Known(s.fullText().isEmpty() ? null : s.fullText(), s.textSha256(), true, null));
            Provenance p = s.provenance();
            baseline = later(baseline, p == null ? s.effectiveOn() : p.recordedOn());
            if (p != null && sameStream(p, repo, mapping.path()) && (streamDay == null || !p.recordedOn().isBefore(streamDay))) {
                streamCommit = p.commit();
                streamDay = p.recordedOn();
            }
        }
        int start = indexOf(recordings, streamCommit) + 1;
        List<Planned> plan = new ArrayList<>();
        int errorPages = 0;
        for (int i = start; i < recordings.size(); i++) {
            Recording rec = recordings.get(i);
            LocalDate today = LocalDate.now(clock);
            if (!TermsDates.plausible(rec.recordedOn(), today)) {
                notes.add(mapping.path() + " @ " + shortCommit(rec.commit()) + ": skipped, its commit date "
                        + rec.recordedOn() + " is outside " + TermsDates.range(today));
                continue;
            }
            if (baseline != null && (start == 0 ? !rec.recordedOn().isAfter(baseline) : rec.recordedOn().isBefore(baseline))) {
                continue;
            }
            String text = reader.text(rec);
            String sha = sha256(text);
            Map.Entry<LocalDate, Known> latestEntry = versions.lastEntry();
            Known latestKnown = latestEntry == null ? null : latestEntry.getValue();
            if (latestKnown != null && sha.equals(latestKnown.sha)) {
                continue;
            }
            if (latestKnown != null && latestKnown.text != null && text.length() < ERROR_PAGE_MAX_CHARS
                    && text.length() * ERROR_PAGE_RATIO < latestKnown.text.length() && detector.detect(text).isEmpty()) {
                errorPages++;
                continue;
            }
            LocalDate stated = StatedDates.stated(text).orElse(null);
            if (stated != null && !TermsDates.plausible(stated, today)) {
                notes.add(mapping.path() + " @ " + shortCommit(rec.commit()) + " states the date " + stated
                        + ", outside " + TermsDates.range(today) + ": dated by its recording instead");
                stated = null;
            }
            LocalDate latest = latestEntry == null ? null : latestEntry.getKey();
            LocalDate date;
            String basis;
            if (stated != null && (latest == null || stated.isAfter(latest) || stated.equals(latest))) {
                date = stated;
                basis = "effective";
            } else if (latest == null || rec.recordedOn().isAfter(latest)) {
                date = rec.recordedOn();
                basis = "recorded";
            } else {
                // A text recorded before the (future) date of the latest version: a re-recording of it.
                date = latest;
                basis = "recorded";
            }
            Known same = versions.get(date);
            if (same != null && same.text != null && !same.stored && same.planned == null && sameWords(same.text, text)) {
                continue; // a catalogued version recorded again in the same words
            }
            List<DetectedClause> found = detector.detect(text);
            if (same != null && same.text != null && !same.stored && same.planned == null) {
                // A catalogued version recorded again: its shipped text is what the catalog quotes, never replaced.
                if (sameClauses(detector.detect(same.text), found)) {
                    continue; // a cosmetic re-recording
                }
                if (!rec.recordedOn().isAfter(date)) {
                    continue;
                }
                notes.add(mapping.path() + " @ " + shortCommit(rec.commit()) + " states the date of the catalogued "
                        + new TermsRef(id, date) + " but its clauses differ: stored as a new version dated by its"
                        + " recording (" + rec.recordedOn() + "), for review");
                date = rec.recordedOn();
                basis = "recorded";
                same = versions.get(date);
            }
            Provenance provenance = new Provenance(repo, "", mapping.path(), rec.commit(), rec.recordedOn(), stated, sha,
                    "", false);
            Planned p = new Planned();
            p.document = document(id, catalogDoc);
            p.version = new StoredVersion(id, date, text, mapping.path(), sha, clock.instant(), clauses(found), provenance);
            SyncedVersion.Kind kind;
            TermsRef previous;
            String previousText;
            List<String> superseded = new ArrayList<>();
            if (same != null && same.planned != null) {
                // Recorded again within this sync: the later text stands for the version, reported once.
                Planned earlier = same.planned;
                plan.remove(earlier);
                kind = earlier.reported.kind();
                previous = earlier.reported.previous();
                previousText = earlier.previousText;
                p.announceFrom = earlier.announceFrom;
                p.replacedText = earlier.replacedText;
                superseded.addAll(earlier.reported.superseded());
                superseded.add(earlier.reported.source().commit());
            } else if (same != null && same.text != null) {
                kind = SyncedVersion.Kind.RE_RECORDED;
                previous = new TermsRef(id, date);
                previousText = same.text;
                p.replacedText = same.stored ? same.text : null;
            } else {
                kind = same == null ? SyncedVersion.Kind.NEW : SyncedVersion.Kind.TEXT;
                Map.Entry<LocalDate, Known> before = versions.headMap(date, false).entrySet().stream()
                        .filter(e -> e.getValue().text != null).reduce((a, b) -> b).orElse(null);
                previous = before == null ? null : new TermsRef(id, before.getKey());
                previousText = before == null ? null : before.getValue().text;
                // Annotations may rest on the catalog's shipped text as well as on a stored one: both follow.
                p.announceFrom = previous;
            }
            p.previousText = previousText;
            p.reported = report(p.version, kind, basis, provenance, previous, previousText, found, superseded);
            plan.add(p);
            versions.put(date, new Known(text, sha, true, p));
        }
        if (errorPages > 0) {
            notes.add(mapping.path() + ": skipped " + errorPages + " recording(s) that look like error pages (short,"
                    + " no clause detected)");
        }
        return plan;
    }

    private static String shortCommit(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }

    private SyncedVersion report(StoredVersion version, SyncedVersion.Kind kind, String basis, Provenance source,
                                 TermsRef previous, String previousText, List<DetectedClause> found, List<String> superseded) {
        if (previousText == null) {
            return new SyncedVersion(version.ref(), kind, basis, source, null, found.size(), 0, 0, 0, true,
                    List.of(), List.of(), superseded);
        }
        VersionDiff diff = differ.diff(previousText, version.fullText());
        int added = 0;
        int removed = 0;
        int changed = 0;
        for (ClauseChange c : diff.changes()) {
            switch (c.kind()) {
                case ADDED -> added++;
                case REMOVED -> removed++;
                case CHANGED -> changed++;
            }
        }
        boolean clauseChange = !sameClauses(detector.detect(previousText), found);
        return new SyncedVersion(version.ref(), kind, basis, source, previous, found.size(), added, removed, changed,
                clauseChange, diff.tagsIntroduced(), diff.tagsDropped(), superseded);
    }

    /** The same detected clauses: same tags on the same passages (spacing and emphasis aside). */
    private static boolean sameClauses(List<DetectedClause> a, List<DetectedClause> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).tags().equals(b.get(i).tags())
                    || !comparable(a.get(i).excerpt()).equals(comparable(b.get(i).excerpt()))) {
                return false;
            }
        }
        return true;
    }

    /** The same words in the same order, markup, spacing and section numbering aside. */
    static boolean sameWords(String a, String b) {
        return words(a).equals(words(b));
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        // Link targets are markup too: "[notices@…](mailto:notices@…)" and "notices@…" are the same words.
        String plain = text.replaceAll("\\]\\((?:https?|mailto):[^)\\s]*\\)", "]")
                .replaceAll("\\((?:mailto):[^)\\s]*\\)", "");
        for (String t : plain.split("(?U)\\s+")) {
            String w = t.replaceAll("[*_\\\\#=\\[\\]]", "");
            if (!w.isEmpty() && !w.matches("(?:[A-Za-z]{1,2}\\.|\\d+\\.)+|\\(?[a-z0-9]{1,3}\\)|-+")) {
                out.add(w);
            }
        }
        return out;
    }

    /** A passage as words: spacing, emphasis and the enumerators a re-numbering changes ("1." → "A.1.") aside. */
    private static String comparable(String excerpt) {
        return excerpt.replaceAll("[\\s*_\\\\]+", " ").strip()
                .replaceAll("^(?:[A-Z]\\.)?(?:\\d+\\.)+\\s*|^\\(?[a-z0-9]{1,3}\\)\\s*", "").strip();
    }

    private StoredDocument document(String id, TermsDocument catalogDoc) {
        StoredDocument existing = repository.findDocument(id).orElse(null);
        if (catalogDoc == null) {
            return Objects.requireNonNull(existing, id);
        }
        return new StoredDocument(id, catalogDoc.provider(), catalogDoc.title(), catalogDoc.channel(),
                catalogDoc.sourceUrl(), DocumentOrigin.CATALOG, existing == null ? clock.instant() : existing.createdAt());
    }

    private static List<StoredClause> clauses(List<DetectedClause> found) {
        List<StoredClause> out = new ArrayList<>();
        for (DetectedClause c : found) {
            out.add(new StoredClause(out.size() + 1, "", "", c.excerpt(), c.tags(), c.startOffset(), c.endOffset()));
        }
        return out;
    }

    private static boolean sameStream(Provenance p, String repo, String path) {
        return p.repository().equalsIgnoreCase(repo) && p.path().equals(path) && !p.commit().isEmpty();
    }

    private static int indexOf(List<Recording> recordings, String commit) {
        if (commit == null) {
            return -1;
        }
        for (int i = 0; i < recordings.size(); i++) {
            if (recordings.get(i).commit().equals(commit)) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    static String sha256(String text) {
        return Digests.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
