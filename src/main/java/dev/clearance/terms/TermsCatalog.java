package dev.clearance.terms;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.domain.terms.Channel;
import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.Confidence;
import dev.clearance.domain.terms.DocumentOrigin;
import dev.clearance.domain.terms.OutputUseFacts;
import dev.clearance.domain.terms.Regime;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.domain.terms.TermsVersion;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shipped terms catalog ({@code assets/terms/catalog.json}): documents keyed by access channel,
 * their versions with in-force date ranges, paraphrased clauses and structured output-use facts.
 * Loading validates the whole file and fails fast with {@link TermsDataException} naming the file and
 * the field. Immutable and safe to share.
 */
public final class TermsCatalog {
    /** Classpath location of the shipped catalog. */
    public static final String RESOURCE = "/assets/terms/catalog.json";
    /** The only schema version this code reads. */
    public static final int SCHEMA_VERSION = 2;
    /**
     * Allowed values of a version's {@code dateBasis}: {@code effective} when the text states the date it took
     * effect, {@code recorded} when it states none and the day it was recorded stands in.
     */
    public static final List<String> DATE_BASES = List.of("effective", "recorded");
    /** A quote longer than this is no longer a citation but a copy of the provider's text. */
    public static final int MAX_QUOTE_WORDS = 60;
    /** The app warns when the catalog was last verified longer ago than this. */
    public static final int STALE_AFTER_DAYS = 90;

    private static final Set<String> TOP = Set.of("schemaVersion", "about", "lastVerified", "documents");
    private static final Set<String> DOC = Set.of("id", "provider", "title", "channel", "sourceUrl", "timeless",
            "region", "notes", "versions");
    private static final Set<String> VERSION = Set.of("effective", "until", "published", "dateBasis", "sourceUrl",
            "lastChecked", "notes", "source", "facts", "clauses");
    private static final Set<String> FACTS = Set.of("regime", "outputTypes", "permittedExceptions", "namingPrefix",
            "attributionTexts", "licenceCopyRequired", "mauThreshold", "revenueThresholdUsd", "nonCommercial",
            "derivativesIncludeOutputTraining", "restrictionsPassThrough", "authorizationRequired", "survival",
            "retentionDays", "excludedRegions", "confidence", "cites");
    private static final Set<String> CLAUSE = Set.of("id", "section", "heading", "paraphrase", "quote", "tags",
            "confidence");

    private final String about;
    private final LocalDate lastVerified;
    private final Map<String, TermsDocument> documents;
    /** The recorded texts, by file name, as the load verified them. */
    private final Map<String, String> texts;

    private TermsCatalog(String about, LocalDate lastVerified, Map<String, TermsDocument> documents,
                         Map<String, String> texts) {
        this.about = about;
        this.lastVerified = lastVerified;
        this.documents = Collections.unmodifiableMap(documents);
        this.texts = Map.copyOf(texts);
    }

    /** Loads the catalog shipped inside the application. */
    public static TermsCatalog loadShipped() {
        try (InputStream in = TermsCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new TermsDataException(RESOURCE + ": not found on the classpath; the build did not pack assets/");
            }
            return load(in, "assets/terms/catalog.json", RecordedTexts.shipped());
        } catch (IOException e) {
            throw new TermsDataException(RESOURCE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Parses and validates a catalog against its recorded texts: every version names the text it rests on
     * with its provenance, the text is there with the SHA-256 the catalog gives, every clause's quote is found
     * word for word in it, and every fact cites the clauses it comes from.
     *
     * @param source name used in error messages (a file name)
     * @param texts  where the recorded texts are
     */
    public static TermsCatalog load(InputStream in, String source, RecordedTexts texts) {
        JsonNode root = JsonFields.readVersionedObject(in, source, TOP, SCHEMA_VERSION);
        JsonFields f = new JsonFields(source);
        JsonNode docs = f.array(root, "$", "documents", true);
        LocalDate lastVerified = f.date(root, "$", "lastVerified");
        VersionEvidence evidence = new VersionEvidence(f, texts);
        Map<String, TermsDocument> byId = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            TermsDocument d = readDocument(f, evidence, docs.get(i), "$.documents[" + i + "]");
            if (byId.put(d.id(), d) != null) {
                throw f.error("$.documents[" + i + "].id", "'" + d.id() + "' is used by more than one document");
            }
        }
        return new TermsCatalog(f.optText(root, "$", "about"), lastVerified, byId, evidence.verifiedTexts());
    }

    private static TermsDocument readDocument(JsonFields f, VersionEvidence evidence, JsonNode n, String path) {
        if (!n.isObject()) {
            throw f.error(path, "must be an object");
        }
        f.onlyKnown(n, path, DOC);
        String id = f.text(n, path, "id");
        if (!TermsRef.isValidDocumentId(id)) {
            throw f.error(path + ".id", "'" + id + "' is not a kebab-case id (lower-case letters, digits, '-', '.')");
        }
        String url = url(f, n, path);
        Channel channel = f.enumValue(n, path, "channel", Channel::parse, Channel.ids());
        boolean timeless = f.optBool(n, path, "timeless");
        JsonNode vs = f.array(n, path, "versions", true);
        if (vs.isEmpty()) {
            throw f.error(path + ".versions", "a document needs at least one version");
        }
        if (timeless && vs.size() != 1) {
            throw f.error(path + ".versions", "a timeless document has exactly one version (found " + vs.size() + ")");
        }
        List<TermsVersion> versions = new ArrayList<>();
        List<LocalDate> explicitUntil = new ArrayList<>();
        for (int i = 0; i < vs.size(); i++) {
            String vp = path + ".versions[" + i + "]";
            TermsVersion v = readVersion(f, evidence, vs.get(i), vp, id, url);
            if (!versions.isEmpty() && !v.effectiveOn().isAfter(versions.get(versions.size() - 1).effectiveOn())) {
                throw f.error(vp + ".effective", v.effectiveOn() + " must be later than the previous version's "
                        + versions.get(versions.size() - 1).effectiveOn() + " (list versions oldest first, no duplicates)");
            }
            versions.add(v);
            explicitUntil.add(f.optDate(vs.get(i), vp, "until"));
        }
        // A version is in force until the day before the next one, unless the file says it ended earlier.
        List<TermsVersion> ranged = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            TermsVersion v = versions.get(i);
            LocalDate until = explicitUntil.get(i);
            LocalDate next = i + 1 < versions.size() ? versions.get(i + 1).effectiveOn() : null;
            String vp = path + ".versions[" + i + "].until";
            if (until != null && until.isBefore(v.effectiveOn())) {
                throw f.error(vp, until + " is before the version's effective date " + v.effectiveOn());
            }
            if (until != null && next != null && !until.isBefore(next)) {
                throw f.error(vp, until + " overlaps the next version, effective " + next);
            }
            ranged.add(v.withInForceUntil(until != null ? until : next == null ? null : next.minusDays(1)));
        }
        return new TermsDocument(id, f.optText(n, path, "provider"), f.text(n, path, "title"), channel, url,
                DocumentOrigin.CATALOG, timeless, f.optText(n, path, "region"), f.optText(n, path, "notes"), ranged);
    }

    private static String url(JsonFields f, JsonNode n, String path) {
        String url = f.text(n, path, "sourceUrl");
        if (!url.startsWith("https://")) {
            throw f.error(path + ".sourceUrl", "'" + url + "' must be an https:// address");
        }
        return url;
    }

    private static TermsVersion readVersion(JsonFields f, VersionEvidence evidence, JsonNode n, String path,
                                            String docId, String docUrl) {
        if (!n.isObject()) {
            throw f.error(path, "must be an object");
        }
        f.onlyKnown(n, path, VERSION);
        LocalDate effective = f.date(n, path, "effective");
        String basis = f.optText(n, path, "dateBasis");
        if (!basis.isEmpty() && !DATE_BASES.contains(basis)) {
            throw f.error(path + ".dateBasis", "'" + basis + "' is not one of " + DATE_BASES);
        }
        String url = n.has("sourceUrl") ? url(f, n, path) : docUrl;
        if (basis.isEmpty()) {
            throw f.error(path + ".dateBasis", "missing: say whether the date is one the text states (effective) or"
                    + " the day it was recorded (recorded)");
        }
        LocalDate lastChecked = f.date(n, path, "lastChecked");
        VersionEvidence.Recorded recorded = evidence.source(n, path, effective, basis);
        JsonNode factsNode = f.object(n, path, "facts");
        OutputUseFacts facts = readFacts(f, factsNode, path + ".facts");
        JsonNode cs = f.array(n, path, "clauses", true);
        if (cs.isEmpty()) {
            throw f.error(path + ".clauses", "a version needs at least one clause");
        }
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            clauses.add(readClause(f, recorded, cs.get(i), path + ".clauses[" + i + "]"));
        }
        Map<String, List<String>> citations = evidence.citations(factsNode, path + ".facts", clauses);
        return new TermsVersion(docId, effective, null, f.optDate(n, path, "published"), basis, url, lastChecked,
                facts, clauses, f.optText(n, path, "notes"), recorded.provenance(), citations);
    }

    private static OutputUseFacts readFacts(JsonFields f, JsonNode n, String path) {
        f.onlyKnown(n, path, FACTS);
        Regime regime = f.enumValue(n, path, "regime", Regime::parse, Regime.ids());
        List<OutputUseFacts.PermittedException> exceptions = new ArrayList<>();
        JsonNode ex = f.array(n, path, "permittedExceptions", false);
        if (ex != null) {
            for (int i = 0; i < ex.size(); i++) {
                String ep = path + ".permittedExceptions[" + i + "]";
                f.onlyKnown(ex.get(i), ep, Set.of("id", "description"));
                String id = f.text(ex.get(i), ep, "id");
                if (!TermsRef.isValidDocumentId(id)) {
                    throw f.error(ep + ".id", "'" + id + "' is not a kebab-case id");
                }
                exceptions.add(new OutputUseFacts.PermittedException(id, f.text(ex.get(i), ep, "description")));
            }
        }
        List<String> survivalIds = Arrays.stream(OutputUseFacts.Survival.values()).map(OutputUseFacts.Survival::id).toList();
        OutputUseFacts.Survival survival = f.optEnum(n, path, "survival",
                t -> Arrays.stream(OutputUseFacts.Survival.values()).filter(s -> s.id().equals(t)).findFirst(),
                survivalIds);
        Long retention = f.optLong(n, path, "retentionDays");
        String prefix = f.optText(n, path, "namingPrefix");
        return new OutputUseFacts(regime, f.strings(n, path, "outputTypes", false), exceptions,
                prefix.isEmpty() ? null : prefix, f.strings(n, path, "attributionTexts", false),
                f.optBool(n, path, "licenceCopyRequired"), f.optLong(n, path, "mauThreshold"),
                f.optLong(n, path, "revenueThresholdUsd"), f.optBool(n, path, "nonCommercial"),
                f.optBool(n, path, "derivativesIncludeOutputTraining"), f.optBool(n, path, "restrictionsPassThrough"),
                f.optBool(n, path, "authorizationRequired"), survival,
                retention == null ? null : Math.toIntExact(retention), f.strings(n, path, "excludedRegions", false),
                f.enumValue(n, path, "confidence", Confidence::parse, Confidence.ids()));
    }

    private static Clause readClause(JsonFields f, VersionEvidence.Recorded recorded, JsonNode n, String path) {
        if (!n.isObject()) {
            throw f.error(path, "must be an object");
        }
        f.onlyKnown(n, path, CLAUSE);
        String id = f.text(n, path, "id");
        if (!TermsRef.isValidDocumentId(id)) {
            throw f.error(path + ".id", "'" + id + "' is not a kebab-case id");
        }
        String quote = f.text(n, path, "quote");
        int words = QuoteLocator.normalize(quote).split(" ").length;
        if (words > MAX_QUOTE_WORDS) {
            throw f.error(path + ".quote", words + " words, more than " + MAX_QUOTE_WORDS
                    + "; quote the words the paraphrase rests on and paraphrase the rest");
        }
        Clause.TextSpan anchor = recorded.anchor(quote, path + ".quote");
        List<Tag> tags = new ArrayList<>();
        Set<Tag> seen = new HashSet<>();
        List<String> raw = f.strings(n, path, "tags", false);
        if (!n.has("tags")) {
            throw f.error(path + ".tags", "missing (an array of tags, possibly empty, is required)");
        }
        for (int i = 0; i < raw.size(); i++) {
            String t = raw.get(i);
            int idx = i;
            Tag tag = Tag.parse(t).filter(x -> x.id().equals(t))
                    .orElseThrow(() -> f.error(path + ".tags[" + tags.size() + "]", "'" + t + "' is not in the tag vocabulary "
                            + Tag.ids()));
            if (seen.add(tag)) {
                tags.add(tag);
            }
        }
        return new Clause(id, f.optText(n, path, "section"), f.text(n, path, "heading"), f.text(n, path, "paraphrase"),
                quote, tags, f.enumValue(n, path, "confidence", Confidence::parse, Confidence.ids()), anchor);
    }

    /** The catalog's own description (shown in the UI's about box). */
    public String about() {
        return about;
    }

    /** The day the catalog's facts were last checked against their recorded texts. */
    public LocalDate lastVerified() {
        return lastVerified;
    }

    /** True when the catalog was last verified more than {@link #STALE_AFTER_DAYS} days before {@code today}. */
    public boolean isStale(LocalDate today) {
        return lastVerified.plusDays(STALE_AFTER_DAYS).isBefore(today);
    }

    /** The recorded text a catalog version rests on; empty for a version the catalog does not hold. */
    public Optional<String> text(TermsRef ref) {
        return version(ref).flatMap(TermsVersion::provenance).map(p -> texts.get(p.textFile()));
    }

    /** All documents in file order. */
    public List<TermsDocument> documents() {
        return List.copyOf(documents.values());
    }

    public Optional<TermsDocument> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    /** The version a reference names exactly; empty when the document or that date is not catalogued. */
    public Optional<TermsVersion> version(TermsRef ref) {
        if (ref.effectiveOn() == null) {
            return document(ref.documentId()).flatMap(TermsDocument::latest);
        }
        return document(ref.documentId()).flatMap(d -> d.version(ref.effectiveOn()));
    }
}
