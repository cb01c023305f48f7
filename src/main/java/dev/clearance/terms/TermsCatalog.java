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
    public static final int SCHEMA_VERSION = 1;
    /** Allowed values of a version's {@code dateBasis}. */
    public static final List<String> DATE_BASES =
            List.of("effective", "published", "recorded", "month-only", "first-catalogued-use", "undated");
    /** A key phrase longer than this is no longer a "short key phrase" and risks copying provider text. */
    public static final int MAX_KEY_PHRASE_WORDS = 12;

    private static final Set<String> TOP = Set.of("schemaVersion", "about", "documents");
    private static final Set<String> DOC = Set.of("id", "provider", "title", "channel", "sourceUrl", "timeless",
            "region", "notes", "versions");
    private static final Set<String> VERSION = Set.of("effective", "until", "published", "dateBasis", "sourceUrl",
            "lastChecked", "notes", "facts", "clauses");
    private static final Set<String> FACTS = Set.of("regime", "outputTypes", "permittedExceptions", "namingPrefix",
            "attributionTexts", "licenceCopyRequired", "mauThreshold", "revenueThresholdUsd", "nonCommercial",
            "derivativesIncludeOutputTraining", "restrictionsPassThrough", "authorizationRequired", "survival",
            "retentionDays", "excludedRegions", "confidence");
    private static final Set<String> CLAUSE = Set.of("section", "heading", "paraphrase", "keyPhrase", "tags",
            "confidence");

    private final String about;
    private final Map<String, TermsDocument> documents;

    private TermsCatalog(String about, Map<String, TermsDocument> documents) {
        this.about = about;
        this.documents = Collections.unmodifiableMap(documents);
    }

    /** Loads the catalog shipped inside the application. */
    public static TermsCatalog loadShipped() {
        try (InputStream in = TermsCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new TermsDataException(RESOURCE + ": not found on the classpath; the build did not pack assets/");
            }
            return load(in, "assets/terms/catalog.json");
        } catch (IOException e) {
            throw new TermsDataException(RESOURCE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Parses and validates a catalog.
     *
     * @param source name used in error messages (a file name)
     */
    public static TermsCatalog load(InputStream in, String source) {
        JsonNode root = JsonFields.readVersionedObject(in, source, TOP, SCHEMA_VERSION);
        JsonFields f = new JsonFields(source);
        JsonNode docs = f.array(root, "$", "documents", true);
        Map<String, TermsDocument> byId = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            TermsDocument d = readDocument(f, docs.get(i), "$.documents[" + i + "]");
            if (byId.put(d.id(), d) != null) {
                throw f.error("$.documents[" + i + "].id", "'" + d.id() + "' is used by more than one document");
            }
        }
        return new TermsCatalog(f.optText(root, "$", "about"), byId);
    }

    private static TermsDocument readDocument(JsonFields f, JsonNode n, String path) {
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
            TermsVersion v = readVersion(f, vs.get(i), vp, id, url);
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

    private static TermsVersion readVersion(JsonFields f, JsonNode n, String path, String docId, String docUrl) {
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
        LocalDate lastChecked = f.date(n, path, "lastChecked");
        OutputUseFacts facts = readFacts(f, f.object(n, path, "facts"), path + ".facts");
        JsonNode cs = f.array(n, path, "clauses", true);
        if (cs.isEmpty()) {
            throw f.error(path + ".clauses", "a version needs at least one clause");
        }
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            clauses.add(readClause(f, cs.get(i), path + ".clauses[" + i + "]"));
        }
        return new TermsVersion(docId, effective, null, f.optDate(n, path, "published"), basis, url, lastChecked,
                facts, clauses, f.optText(n, path, "notes"));
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

    private static Clause readClause(JsonFields f, JsonNode n, String path) {
        if (!n.isObject()) {
            throw f.error(path, "must be an object");
        }
        f.onlyKnown(n, path, CLAUSE);
        String keyPhrase = f.optText(n, path, "keyPhrase");
        if (keyPhrase.split("\\s+").length > MAX_KEY_PHRASE_WORDS) {
            throw f.error(path + ".keyPhrase", "longer than " + MAX_KEY_PHRASE_WORDS
                    + " words; quote only a short key phrase and paraphrase the rest");
        }
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
        return new Clause(f.optText(n, path, "section"), f.text(n, path, "heading"), f.text(n, path, "paraphrase"),
                keyPhrase, tags, f.enumValue(n, path, "confidence", Confidence::parse, Confidence.ids()));
    }

    /** The catalog's own description (shown in the UI's about box). */
    public String about() {
        return about;
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
