package dev.clearance.annotation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.annotation.ImportReport.Problem;
import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.annotation.PreviousAnchor;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a Web Annotation file for {@link WebAnnotationCodec}: ours, and those other tools write (Hypothesis API
 * rows, Recogito, INCEpTION and other W3C JSON-LD). Each annotation is taken or refused on its own; it is refused
 * only when it cannot be anchored on a stored text (or its {@code clearance:} extension terms are unreadable), with
 * its JSON path and why. Whole-file problems (not JSON, no annotations container) throw
 * {@link AnnotationFormatException}.
 */
final class WebAnnotationReader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Body purposes that carry a tag; every other textual body is a comment. */
    private static final Set<String> TAGGING = Set.of("tagging", "classifying");

    /** One annotation taken, with where it was in the file. */
    record Read(String path, Annotation annotation) {
    }

    /** What the file held: the annotations taken, those refused, and notes. */
    record Reading(List<Read> annotations, List<Problem> refused, List<Problem> notes) {
    }

    /** An annotation that cannot be taken: why, at which path. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String path;

        Refusal(String path, String reason) {
            super(reason, null, false, false);
            this.path = path;
        }
    }

    private final VersionTexts texts;
    private final long projectId;
    private final Instant now;
    private final List<Problem> refused = new ArrayList<>();
    private final List<Problem> notes = new ArrayList<>();
    private final List<String> fileProblems = new ArrayList<>();
    private final Map<TermsRef, Optional<String>> textCache = new HashMap<>();

    WebAnnotationReader(VersionTexts texts, long projectId, Instant now) {
        this.texts = texts;
        this.projectId = projectId;
        this.now = now;
    }

    Reading read(String json) {
        JsonNode root;
        try {
            // A byte-order mark, as some Windows editors write, is not JSON but says nothing wrong about the file.
            root = JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (JsonProcessingException e) {
            throw new AnnotationFormatException(List.of("$: not JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")")));
        }
        if (root == null || root.isMissingNode()) {
            throw new AnnotationFormatException(List.of("$: the file is empty"));
        }
        List<Read> out = new ArrayList<>();
        Map<String, String> firstPathOfId = new HashMap<>();
        for (Map.Entry<String, JsonNode> item : items(root).entrySet()) {
            String path = item.getKey();
            try {
                Annotation a = annotation(path, item.getValue());
                String earlier = firstPathOfId.putIfAbsent(a.id(), path);
                if (earlier != null) {
                    throw new Refusal(path + ".id", a.id() + " appears twice (first at " + earlier + ")");
                }
                out.add(new Read(path, a));
            } catch (Refusal r) {
                refused.add(new Problem(r.path, r.getMessage()));
            }
        }
        return new Reading(out, refused, notes);
    }

    // ---- containers

    /** Every annotation node by its JSON path, whatever the container. */
    private Map<String, JsonNode> items(JsonNode root) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                out.put("$[" + i + "]", root.get(i));
            }
            return out;
        }
        if (!root.isObject()) {
            throw new AnnotationFormatException(List.of("$: expected an Annotation, an array of them, an "
                    + "AnnotationCollection, an AnnotationPage or a Hypothesis search result {rows}"));
        }
        String type = typeOf(root);
        if (type.equals("AnnotationPage")) {
            pageItems("$", root, out);
        } else if (type.equals("AnnotationCollection")) {
            JsonNode first = root.get("first");
            if (first == null || first.isNull()) {
                if (root.path("total").asInt(-1) != 0) {
                    fileProblems.add("$.first: missing: expected the first AnnotationPage, embedded");
                }
            } else if (!first.isObject()) {
                fileProblems.add("$.first: expected an embedded AnnotationPage; pages by reference are not read");
            } else {
                pageItems("$.first", first, out);
            }
        } else if (type.isEmpty() && root.path("rows").isArray()) {
            // The Hypothesis API's search result: {"total": n, "rows": [annotation, …]}
            JsonNode rows = root.get("rows");
            for (int i = 0; i < rows.size(); i++) {
                out.put("$.rows[" + i + "]", rows.get(i));
            }
        } else if (isAnnotationType(type) || type.isEmpty() && root.has("target")) {
            out.put("$", root);
        } else {
            fileProblems.add("$.type: expected \"Annotation\", \"AnnotationPage\" or \"AnnotationCollection\", found "
                    + (root.has("type") ? root.get("type").toString() : "nothing"));
        }
        if (!fileProblems.isEmpty()) {
            throw new AnnotationFormatException(fileProblems);
        }
        return out;
    }

    private void pageItems(String path, JsonNode page, Map<String, JsonNode> out) {
        JsonNode items = page.get("items");
        if (items == null || !items.isArray()) {
            fileProblems.add(path + ".items: expected an array of annotations");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            out.put(path + ".items[" + i + "]", items.get(i));
        }
        JsonNode next = page.get("next");
        if (next != null && next.isObject()) {
            pageItems(path + ".next", next, out);
        } else if (next != null && !next.isNull()) {
            notes.add(new Problem(path + ".next", "a page by reference is not read; only the embedded pages were"));
        }
    }

    /** The type, from {@code type} or {@code @type}, a string or the first of an array; "" when none. */
    private static String typeOf(JsonNode n) {
        JsonNode t = n.has("type") ? n.get("type") : n.get("@type");
        if (t == null) {
            return "";
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (isAnnotationType(x.asText())) {
                    return "Annotation";
                }
            }
            return t.size() == 0 ? "" : t.get(0).asText();
        }
        return t.asText("");
    }

    private static boolean isAnnotationType(String type) {
        return type.equals("Annotation") || type.equals("oa:Annotation") || type.equals("http://www.w3.org/ns/oa#Annotation");
    }

    // ---- one annotation

    private Annotation annotation(String path, JsonNode n) {
        if (!n.isObject()) {
            throw new Refusal(path, "expected an Annotation object");
        }
        String type = typeOf(n);
        if (!type.isEmpty() && !isAnnotationType(type)) {
            throw new Refusal(path + ".type", "expected \"Annotation\", found \"" + type + "\"");
        }
        String id = id(path, n);
        Instant modified = instant(path + ".modified", n.has("modified") ? n.get("modified") : n.get("updated"));
        Instant created = instant(path + ".created", n.get("created"));
        created = created != null ? created : modified != null ? modified : now;
        modified = modified != null ? modified : created;
        if (modified.isBefore(created)) {
            modified = created;
        }
        String creator = creator(path, n);
        AnchorStatus status = AnchorStatus.ANCHORED; // a plain W3C annotation: on the text it quotes
        if (n.has("clearance:status")) {
            String s = n.get("clearance:status").asText("");
            status = AnchorStatus.parse(s).orElseThrow(() -> new Refusal(path + ".clearance:status",
                    "'" + s + "' is not one of " + AnchorStatus.ids()));
        }
        Bodies bodies = bodies(path, n);
        Anchor anchor = target(path, n, status, created);
        PreviousAnchor previous = n.has("clearance:previous") ? previous(path + ".clearance:previous",
                n.get("clearance:previous")) : null;
        try {
            return new Annotation(id, projectId, anchor.version(), anchor.start(), anchor.end(), anchor.exact(),
                    anchor.prefix(), anchor.suffix(), bodies.tag, List.copyOf(bodies.ownTags),
                    String.join("\n\n", bodies.comments), bodies.links, creator, created, modified, status, previous);
        } catch (IllegalArgumentException e) {
            throw new Refusal(path, e.getMessage());
        }
    }

    /** The annotation's IRI as given; the Hypothesis page of a Hypothesis row; else one minted from its content. */
    private String id(String path, JsonNode n) {
        JsonNode given = n.has("id") ? n.get("id") : n.get("@id");
        String id = given != null && given.isTextual() ? given.asText().strip() : "";
        String html = n.path("links").path("html").asText("");
        if (!id.isEmpty() && !id.contains(":") && Annotation.isValidId(html)) {
            return html; // a Hypothesis row: its id is a key, its IRI the annotation's page
        }
        if (Annotation.isValidId(id)) {
            return id;
        }
        if (given != null && !given.isNull()) {
            notes.add(new Problem(path + ".id", "'" + Excerpts.shorten(given.asText(given.toString()), 60)
                    + "' is not an IRI; the annotation gets an id of its own"));
        }
        String seed = projectId + "\n" + path + "\n" + n;
        return "urn:uuid:" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    }

    private Instant instant(String path, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String s = node.asText("").strip();
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            // other ISO 8601 spellings below
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // below
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // below
        }
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            notes.add(new Problem(path, "'" + Excerpts.shorten(s, 40) + "' is not a date-time like 2026-11-28T12:00:00Z;"
                    + " not used"));
            return null;
        }
    }

    /** A name: a string (a name or an IRI), a Person's name or nickname, a Hypothesis user's display name. */
    private static String creator(String path, JsonNode n) {
        JsonNode c = n.get("creator");
        if (c == null || c.isNull()) {
            String display = n.path("user_info").path("display_name").asText("");
            if (!display.isBlank()) {
                return display.strip();
            }
            if (!n.path("user").asText("").isBlank()) {
                return n.path("user").asText().strip();
            }
            // Recogito puts the creator on each body: the first named one wrote the annotation.
            JsonNode body = n.get("body");
            for (JsonNode b : body == null ? List.<JsonNode>of() : body.isArray() ? List.copyOf(toList(body)) : List.of(body)) {
                if (b.has("creator") && !agentName(b.get("creator")).isEmpty()) {
                    return agentName(b.get("creator"));
                }
            }
            return "";
        }
        if (c.isArray()) {
            List<String> names = new ArrayList<>();
            c.forEach(x -> names.add(agentName(x)));
            return String.join(", ", names.stream().filter(s -> !s.isEmpty()).toList());
        }
        return agentName(c);
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static String agentName(JsonNode c) {
        if (c.isTextual()) {
            return c.asText().strip();
        }
        for (String key : List.of("name", "nickname", "id", "@id")) {
            if (c.path(key).isTextual() && !c.path(key).asText().isBlank()) {
                return c.path(key).asText().strip();
            }
        }
        return "";
    }

    // ---- bodies

    private static final class Bodies {
        Tag tag;
        final Set<String> ownTags = new LinkedHashSet<>();
        final List<String> comments = new ArrayList<>();
        final List<String> links = new ArrayList<>();
    }

    private Bodies bodies(String path, JsonNode n) {
        Bodies b = new Bodies();
        String motivation = motivation(n.get("motivation"));
        JsonNode body = n.get("body");
        if (body != null && !body.isNull()) {
            if (body.isArray()) {
                for (int i = 0; i < body.size(); i++) {
                    body(path + ".body[" + i + "]", body.get(i), body.size() == 1 ? motivation : "", b);
                }
            } else {
                body(path + ".body", body, motivation, b);
            }
        }
        if (n.path("bodyValue").isTextual()) {
            textual(path + ".bodyValue", n.get("bodyValue").asText(), motivation, b);
        }
        // Hypothesis rows: "text" is the note, "tags" its tags.
        if (n.path("text").isTextual() && !n.has("body")) {
            textual(path + ".text", n.get("text").asText(), "commenting", b);
        }
        if (n.path("tags").isArray() && !n.has("body")) {
            JsonNode tags = n.get("tags");
            for (int i = 0; i < tags.size(); i++) {
                textual(path + ".tags[" + i + "]", tags.get(i).asText(""), "tagging", b);
            }
        }
        return b;
    }

    private static String motivation(JsonNode m) {
        if (m == null) {
            return "";
        }
        return m.isArray() ? (m.size() == 1 ? m.get(0).asText("") : "") : m.asText("");
    }

    private void body(String path, JsonNode body, String motivation, Bodies b) {
        if (body.isTextual()) {
            String s = body.asText().strip();
            if (Annotation.isValidLink(s)) {
                b.links.add(s);
            } else {
                textual(path, s, motivation, b);
            }
            return;
        }
        if (!body.isObject()) {
            notes.add(new Problem(path, "not a body object; skipped"));
            return;
        }
        String purpose = body.path("purpose").asText(motivation);
        String type = body.path("type").asText("");
        if (body.has("value")) {
            if (!body.get("value").isTextual()) {
                notes.add(new Problem(path + ".value", "expected a string; skipped"));
                return;
            }
            textual(path + ".value", body.get("value").asText(), purpose, b);
            return;
        }
        String source = body.path("source").isTextual() ? body.get("source").asText()
                : body.path("id").isTextual() ? body.get("id").asText() : "";
        if (!source.isEmpty() && Annotation.isValidLink(source)) {
            if (TAGGING.contains(purpose)) {
                textual(path + ".source", source, "tagging", b);
            } else {
                b.links.add(source);
            }
            return;
        }
        notes.add(new Problem(path, "a body of type \"" + type + "\" with no value or link; skipped"));
    }

    private void textual(String path, String value, String purpose, Bodies b) {
        if (TAGGING.contains(purpose)) {
            String t = value.strip();
            if (t.isEmpty()) {
                return;
            }
            Optional<Tag> vocabulary = Tag.parse(t);
            if (vocabulary.isPresent()) {
                if (b.tag == null) {
                    b.tag = vocabulary.get();
                } else if (b.tag != vocabulary.get()) {
                    notes.add(new Problem(path, "a second vocabulary tag '" + t + "'; an annotation carries one, '"
                            + b.tag.id() + "' is kept"));
                }
            } else if (Annotation.isValidOwnTag(t)) {
                b.ownTags.add(t);
            } else {
                notes.add(new Problem(path, "'" + Excerpts.shorten(t, 40) + "' cannot be a tag (one line, at most "
                        + Annotation.MAX_OWN_TAG_LENGTH + " characters); skipped"));
            }
        } else if (!value.isBlank()) {
            b.comments.add(value);
        }
    }

    // ---- target

    private record Anchor(TermsRef version, int start, int end, String exact, String prefix, String suffix) {
    }

    /** The first target that anchors on a stored text; the refusal of the first target when none does. */
    private Anchor target(String path, JsonNode n, AnchorStatus status, Instant created) {
        JsonNode target = n.get("target");
        if (target == null || target.isNull()) {
            throw new Refusal(path + ".target", "missing: expected {source, selector}");
        }
        String fallbackSource = n.path("uri").asText(""); // Hypothesis rows name the page here
        if (!target.isArray()) {
            return anchor(path + ".target", target, fallbackSource, status, created);
        }
        Refusal first = null;
        for (int i = 0; i < target.size(); i++) {
            try {
                return anchor(path + ".target[" + i + "]", target.get(i), fallbackSource, status, created);
            } catch (Refusal r) {
                first = first == null ? r : first;
            }
        }
        throw first != null ? first : new Refusal(path + ".target", "empty: expected {source, selector}");
    }

    private Anchor anchor(String path, JsonNode target, String fallbackSource, AnchorStatus status, Instant created) {
        if (target.isTextual()) {
            throw new Refusal(path, "names a whole resource, not a passage: expected {source, selector}");
        }
        if (!target.isObject()) {
            throw new Refusal(path, "expected {source, selector}");
        }
        JsonNode sourceNode = target.get("source");
        String source = sourceNode == null ? fallbackSource
                : sourceNode.isObject() ? sourceNode.path("id").asText("") : sourceNode.asText("");
        if (source.isBlank()) {
            throw new Refusal(path + ".source", "missing: expected " + WebAnnotationCodec.SOURCE_PREFIX
                    + "<document>@<YYYY-MM-DD> or the address of a catalog document");
        }
        List<TermsRef> candidates = versions(path + ".source", source.strip());
        Selectors sel = selectors(path, target.get("selector"), status);
        if (sel.exact != null && sel.exact.isEmpty()) {
            return orphan(path, candidates, sel);
        }
        // Find the passage on each candidate version; keep the ones it is found on.
        Map<TermsRef, QuoteAnchor.Found> found = new LinkedHashMap<>();
        boolean anyText = false;
        for (TermsRef v : candidates) {
            Optional<String> text = text(v);
            if (text.isEmpty()) {
                continue;
            }
            anyText = true;
            QuoteAnchor.Found f = sel.exact != null
                    ? QuoteAnchor.find(text.get(), sel.exact, sel.prefix, sel.suffix, sel.start)
                    : sel.start >= 0 && sel.end > sel.start && sel.end <= CodePoints.length(text.get())
                    ? new QuoteAnchor.Found(sel.start, sel.end, QuoteAnchor.How.POSITION, 1) : null;
            if (f != null) {
                found.put(v, f);
            }
        }
        String versions = candidates.size() == 1 ? candidates.get(0).toString()
                : "any version of " + candidates.get(0).documentId() + " (" + candidates.size() + " tried)";
        if (!anyText) {
            throw new Refusal(path + ".source", versions + " has no stored full text; add it with 'terms add' first");
        }
        if (found.isEmpty()) {
            throw new Refusal(sel.exact != null ? sel.quotePath + ".exact" : sel.positionPath,
                    sel.exact != null ? "\"" + Excerpts.shorten(sel.exact, 60) + "\" is not in " + versions
                            : sel.start + ".." + sel.end + " is not a passage of " + versions);
        }
        TermsRef version = choose(found, created);
        if (candidates.size() > 1) {
            notes.add(new Problem(path + ".source", source + " read as " + version + (found.size() > 1
                    ? " (the quote is in " + found.size() + " versions; this one was in force on "
                    + LocalDate.ofInstant(created, ZoneOffset.UTC) + " or is the latest)" : "")));
        }
        QuoteAnchor.Found f = found.get(version);
        String text = text(version).orElseThrow();
        if (f.how() == QuoteAnchor.How.QUOTE && sel.start >= 0) {
            notes.add(new Problem(sel.positionPath, sel.start + ".." + sel.end + " does not hold the quote in " + version
                    + " (positions count the tool's rendering); anchored by the quote at " + f.start() + ".." + f.end()));
        } else if (f.how() == QuoteAnchor.How.NORMALIZED) {
            notes.add(new Problem(sel.quotePath + ".exact", "found with spacing, quotes and emphasis marks disregarded, at "
                    + f.start() + ".." + f.end() + " of " + version));
        }
        if (f.occurrences() > 1) {
            notes.add(new Problem(sel.quotePath + ".exact", "the quote occurs " + f.occurrences() + " times in " + version
                    + "; the one whose context matches best was taken, at " + f.start() + ".." + f.end()));
        }
        boolean keepContext = f.how() == QuoteAnchor.How.POSITION && sel.hasContext;
        return new Anchor(version, f.start(), f.end(), CodePoints.slice(text, f.start(), f.end()),
                keepContext ? sel.prefix : CodePoints.before(text, f.start(), Annotation.CONTEXT_LENGTH),
                keepContext ? sel.suffix : CodePoints.after(text, f.end(), Annotation.CONTEXT_LENGTH));
    }

    /** An orphaned annotation of ours: an empty quote at the place where the passage would have been. */
    private Anchor orphan(String path, List<TermsRef> candidates, Selectors sel) {
        if (candidates.size() != 1) {
            throw new Refusal(path + ".source", "an orphaned annotation names its version");
        }
        TermsRef version = candidates.get(0);
        String text = text(version).orElseThrow(() -> new Refusal(path + ".source",
                version + " has no stored full text; add it with 'terms add' first"));
        if (sel.start < 0 || sel.end != sel.start) {
            throw new Refusal(sel.positionPath, "an orphaned annotation has an empty range");
        }
        if (sel.start > CodePoints.length(text)) {
            throw new Refusal(sel.positionPath + ".end", sel.end + " is beyond the end of " + version + " ("
                    + CodePoints.length(text) + " code points)");
        }
        return new Anchor(version, sel.start, sel.end, "", sel.prefix, sel.suffix);
    }

    /** The version in force on the annotation's date if the passage is in it, else the latest one it is in. */
    private static TermsRef choose(Map<TermsRef, QuoteAnchor.Found> found, Instant created) {
        LocalDate on = LocalDate.ofInstant(created, ZoneOffset.UTC);
        TermsRef inForce = null;
        TermsRef latest = null;
        for (TermsRef v : found.keySet()) {
            if (!v.effectiveOn().isAfter(on) && (inForce == null || v.effectiveOn().isAfter(inForce.effectiveOn()))) {
                inForce = v;
            }
            if (latest == null || v.effectiveOn().isAfter(latest.effectiveOn())) {
                latest = v;
            }
        }
        return inForce != null ? inForce : latest;
    }

    /** The versions a source may mean: the one it names, every version of the document it names or is the address of. */
    private List<TermsRef> versions(String path, String source) {
        if (source.startsWith(WebAnnotationCodec.SOURCE_PREFIX)) {
            TermsRef ref;
            try {
                ref = TermsRef.parse(source.substring(WebAnnotationCodec.SOURCE_PREFIX.length()));
            } catch (IllegalArgumentException e) {
                throw new Refusal(path, e.getMessage());
            }
            if (ref.effectiveOn() != null) {
                return List.of(ref);
            }
            List<TermsRef> all = texts.versionsOf(ref.documentId());
            if (all.isEmpty()) {
                throw new Refusal(path, "no versions of " + ref.documentId() + " are known; name a version: " + source
                        + "@YYYY-MM-DD");
            }
            return all;
        }
        if (VersionTexts.normalizeUrl(source).isPresent()) {
            String document = texts.documentAt(source).orElseThrow(() -> new Refusal(path,
                    "no catalog document has the address " + source));
            List<TermsRef> all = texts.versionsOf(document);
            if (all.isEmpty()) {
                throw new Refusal(path, source + " is " + document + ", which has no versions");
            }
            return all;
        }
        throw new Refusal(path, "'" + Excerpts.shorten(source, 80) + "' is neither " + WebAnnotationCodec.SOURCE_PREFIX
                + "<document>@<YYYY-MM-DD> nor the address of a catalog document");
    }

    private Optional<String> text(TermsRef version) {
        return textCache.computeIfAbsent(version, texts::fullText);
    }

    // ---- selectors

    private static final class Selectors {
        String exact;
        String prefix = "";
        String suffix = "";
        boolean hasContext;
        int start = -1;
        int end = -1;
        String quotePath;
        String positionPath;
    }

    private Selectors selectors(String path, JsonNode selector, AnchorStatus status) {
        if (selector == null || selector.isNull()) {
            throw new Refusal(path + ".selector", "missing: expected a TextQuoteSelector or a TextPositionSelector");
        }
        Selectors s = new Selectors();
        int count = selector.isArray() ? selector.size() : 1;
        JsonNode position = null;
        for (int i = 0; i < count; i++) {
            JsonNode one = selector.isArray() ? selector.get(i) : selector;
            String p = selector.isArray() ? path + ".selector[" + i + "]" : path + ".selector";
            String type = typeOf(one);
            if (type.equals("TextQuoteSelector") && s.quotePath == null) {
                s.quotePath = p;
                JsonNode exact = one.get("exact");
                if (exact == null || !exact.isTextual()) {
                    throw new Refusal(p + ".exact", exact == null ? "missing" : "expected a string");
                }
                s.exact = exact.asText();
                s.hasContext = one.path("prefix").isTextual() && one.path("suffix").isTextual();
                s.prefix = one.path("prefix").asText("");
                s.suffix = one.path("suffix").asText("");
            } else if (type.equals("TextPositionSelector") && s.positionPath == null) {
                s.positionPath = p;
                position = one;
            }
        }
        if (s.quotePath == null && s.positionPath == null) {
            throw new Refusal(path + ".selector", "no TextQuoteSelector or TextPositionSelector: the passage cannot be "
                    + "found (RangeSelector, XPath and CSS selectors describe a web page, not the recorded text)");
        }
        if (s.exact != null && s.exact.isEmpty() && status != AnchorStatus.ORPHANED) {
            throw new Refusal(s.quotePath + ".exact", "empty; only an orphaned annotation has no quote");
        }
        if (position != null) {
            String problem = positionProblem(s.positionPath, position);
            if (problem == null) {
                s.start = position.get("start").intValue();
                s.end = position.get("end").intValue();
            } else if (s.exact == null || s.exact.isEmpty()) {
                throw new Refusal(problem.substring(0, problem.indexOf(": ")), problem.substring(problem.indexOf(": ") + 2));
            } else {
                notes.add(new Problem(problem.substring(0, problem.indexOf(": ")),
                        problem.substring(problem.indexOf(": ") + 2) + "; anchored by the quote"));
            }
        }
        return s;
    }

    /** Why a TextPositionSelector is unusable ("path: reason"), or null. */
    private static String positionProblem(String path, JsonNode position) {
        for (String key : List.of("start", "end")) {
            JsonNode v = position.get(key);
            if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
                return path + "." + key + ": " + (v == null ? "missing: expected a whole number" : "expected a whole number");
            }
            if (v.intValue() < 0) {
                return path + "." + key + ": " + v.intValue() + " is negative";
            }
        }
        if (position.get("end").intValue() < position.get("start").intValue()) {
            return path + ".end: " + position.get("end").intValue() + " is before start " + position.get("start").intValue();
        }
        return null;
    }

    /** Our {@code clearance:previous}: the anchor the reviewer saw (shape only: its version may be gone). */
    private PreviousAnchor previous(String path, JsonNode p) {
        if (p == null || !p.isObject()) {
            throw new Refusal(path, "expected {source, selector}");
        }
        String source = p.path("source").asText("");
        if (!source.startsWith(WebAnnotationCodec.SOURCE_PREFIX)) {
            throw new Refusal(path + ".source", "expected " + WebAnnotationCodec.SOURCE_PREFIX + "<document>@<YYYY-MM-DD>");
        }
        TermsRef version;
        try {
            version = TermsRef.parse(source.substring(WebAnnotationCodec.SOURCE_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new Refusal(path + ".source", e.getMessage());
        }
        Selectors s = selectors(path, p.get("selector"), AnchorStatus.ORPHANED);
        if (s.exact == null || s.start < 0) {
            throw new Refusal(path + ".selector", "expected a TextQuoteSelector and a TextPositionSelector");
        }
        try {
            return new PreviousAnchor(version, s.start, s.end, s.exact);
        } catch (IllegalArgumentException e) {
            throw new Refusal(path, e.getMessage());
        }
    }
}
