package dev.clearance.annotation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.annotation.PreviousAnchor;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and checks a Web Annotation file for {@link WebAnnotationCodec}; collects every problem with its path. */
final class WebAnnotationReader {
    private static final int MAX_PROBLEMS = 50;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** W3C properties we accept and do not keep. */
    private static final Set<String> IGNORED = Set.of("@context", "motivation", "rights", "generator", "generated",
            "audience", "canonical", "via", "stylesheet", "label");
    private static final Set<String> KNOWN = Set.of("id", "type", "created", "modified", "creator", "body", "target",
            "clearance:status", "clearance:previous");

    private final VersionTexts texts;
    private final long projectId;
    private final List<String> problems = new ArrayList<>();
    /** Every problem found, also those beyond {@link #MAX_PROBLEMS} that are not listed. */
    private int found;
    private final Map<TermsRef, Optional<String>> textCache = new HashMap<>();

    WebAnnotationReader(VersionTexts texts, long projectId) {
        this.texts = texts;
        this.projectId = projectId;
    }

    List<Annotation> read(String json) {
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
        List<Annotation> out = new ArrayList<>();
        Map<String, String> firstPathOfId = new HashMap<>();
        for (Map.Entry<String, JsonNode> item : items(root).entrySet()) {
            Annotation a = annotation(item.getKey(), item.getValue());
            if (a != null) {
                String earlier = firstPathOfId.putIfAbsent(a.id(), item.getKey());
                if (earlier != null) {
                    problem(item.getKey() + ".id", a.id() + " appears twice (first at " + earlier + ")");
                }
                out.add(a);
            }
        }
        if (!problems.isEmpty()) {
            throw new AnnotationFormatException(problems);
        }
        return out;
    }

    /** Every annotation node by its JSON path, whatever the container. */
    private Map<String, JsonNode> items(JsonNode root) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                out.put("$[" + i + "]", root.get(i));
            }
            return out;
        }
        if (!root.isObject()) {
            problem("$", "expected an Annotation, an array of them, an AnnotationCollection or an AnnotationPage");
            throw new AnnotationFormatException(problems);
        }
        String type = root.path("type").asText("");
        switch (type) {
            case "Annotation" -> out.put("$", root);
            case "AnnotationPage" -> pageItems("$", root, out);
            case "AnnotationCollection" -> {
                JsonNode first = root.get("first");
                if (first == null || first.isNull()) {
                    if (root.path("total").asInt(-1) != 0) {
                        problem("$.first", "missing: expected the first AnnotationPage, embedded");
                    }
                } else if (!first.isObject()) {
                    problem("$.first", "expected an embedded AnnotationPage; pages by reference are not read");
                } else {
                    pageItems("$.first", first, out);
                }
            }
            default -> problem("$.type", "expected \"Annotation\", \"AnnotationPage\" or \"AnnotationCollection\", found "
                    + (root.has("type") ? root.get("type").toString() : "nothing"));
        }
        if (!problems.isEmpty()) {
            throw new AnnotationFormatException(problems);
        }
        return out;
    }

    private void pageItems(String path, JsonNode page, Map<String, JsonNode> out) {
        if (!"AnnotationPage".equals(page.path("type").asText())) {
            problem(path + ".type", "expected \"AnnotationPage\"");
            return;
        }
        JsonNode items = page.get("items");
        if (items == null || !items.isArray()) {
            problem(path + ".items", "expected an array of annotations");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            out.put(path + ".items[" + i + "]", items.get(i));
        }
        JsonNode next = page.get("next");
        if (next != null && next.isObject()) {
            pageItems(path + ".next", next, out);
        } else if (next != null && !next.isNull()) {
            problem(path + ".next", "expected an embedded AnnotationPage; pages by reference are not read");
        }
    }

    private Annotation annotation(String path, JsonNode n) {
        int before = found;
        if (!n.isObject()) {
            problem(path, "expected an Annotation object");
            return null;
        }
        n.fieldNames().forEachRemaining(name -> {
            if (!KNOWN.contains(name) && !IGNORED.contains(name)) {
                problem(path + "." + name, "unknown property");
            }
        });
        if (!"Annotation".equals(n.path("type").asText())) {
            problem(path + ".type", "expected \"Annotation\"");
        }
        String id = text(path + ".id", n.get("id"), true);
        if (id != null && !Annotation.isValidId(id)) {
            problem(path + ".id", "'" + id + "' is not a urn:uuid: IRI with a lower-case UUID");
        }
        Instant created = instant(path + ".created", n.get("created"));
        Instant modified = instant(path + ".modified", n.get("modified"));
        String creator = creator(path + ".creator", n.get("creator"));
        AnchorStatus status = AnchorStatus.ANCHORED; // a plain W3C annotation: on the text it quotes
        if (n.has("clearance:status")) {
            String s = text(path + ".clearance:status", n.get("clearance:status"), true);
            Optional<AnchorStatus> parsed = AnchorStatus.parse(s);
            if (s != null && parsed.isEmpty()) {
                problem(path + ".clearance:status", "'" + s + "' is not one of " + AnchorStatus.ids());
            }
            status = parsed.orElse(null);
        }
        Bodies bodies = bodies(path + ".body", n.get("body"));
        Anchor anchor = anchor(path + ".target", n.get("target"), true, status);
        PreviousAnchor previous = null;
        if (n.has("clearance:previous")) {
            Anchor p = anchor(path + ".clearance:previous", n.get("clearance:previous"), false, status);
            previous = p == null ? null : new PreviousAnchor(p.version(), p.start(), p.end(), p.exact());
        }
        if (found > before || anchor == null) {
            return null;
        }
        try {
            return new Annotation(id, projectId, anchor.version(), anchor.start(), anchor.end(), anchor.exact(),
                    anchor.prefix(), anchor.suffix(), bodies.tag(), bodies.comment(), bodies.links(), creator, created,
                    modified, status, previous);
        } catch (IllegalArgumentException e) {
            problem(path, e.getMessage());
            return null;
        }
    }

    private record Bodies(Tag tag, String comment, List<String> links) {
    }

    private Bodies bodies(String path, JsonNode body) {
        Tag tag = null;
        String comment = "";
        List<String> links = new ArrayList<>();
        if (body == null) {
            return new Bodies(null, "", List.of());
        }
        List<JsonNode> list = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(list::add);
        } else {
            list.add(body);
        }
        boolean tagged = false;
        boolean commented = false;
        for (int i = 0; i < list.size(); i++) {
            String p = body.isArray() ? path + "[" + i + "]" : path;
            JsonNode b = list.get(i);
            String type = b.path("type").asText("");
            String purpose = b.path("purpose").asText("");
            if (type.equals("TextualBody") && purpose.equals("tagging")) {
                String value = text(p + ".value", b.get("value"), true);
                Optional<Tag> t = Tag.parse(value);
                if (value != null && t.isEmpty()) {
                    problem(p + ".value", "'" + value + "' is not a tag; expected one of " + Tag.ids());
                } else if (tagged) {
                    problem(p, "a second tag; an annotation carries one");
                }
                tag = t.orElse(null);
                tagged = true;
            } else if (type.equals("TextualBody") && purpose.equals("commenting")) {
                String value = text(p + ".value", b.get("value"), false);
                if (commented) {
                    problem(p, "a second comment; an annotation carries one");
                }
                comment = value == null ? "" : value;
                commented = true;
            } else if (type.equals("SpecificResource") && purpose.equals("linking")) {
                String source = text(p + ".source", b.get("source"), true);
                if (source != null && !Annotation.isValidLink(source)) {
                    problem(p + ".source", "'" + source + "' is not an IRI such as checklist:<walkKey>#<questionId>");
                } else if (source != null) {
                    links.add(source);
                }
            } else {
                problem(p, "expected a TextualBody with purpose tagging or commenting, or a SpecificResource with "
                        + "purpose linking; found type \"" + type + "\" purpose \"" + purpose + "\"");
            }
        }
        return new Bodies(tag, comment, links);
    }

    private record Anchor(TermsRef version, int start, int end, String exact, String prefix, String suffix) {
    }

    /** A target (checked against the stored text) or a previous anchor (shape only). */
    private Anchor anchor(String path, JsonNode target, boolean checkText, AnchorStatus status) {
        if (target == null || !target.isObject()) {
            problem(path, target == null ? "missing: expected {source, selector}" : "expected one object {source, selector}");
            return null;
        }
        String source = text(path + ".source", target.get("source"), true);
        TermsRef version = null;
        if (source != null) {
            if (!source.startsWith(WebAnnotationCodec.SOURCE_PREFIX)) {
                problem(path + ".source", "expected " + WebAnnotationCodec.SOURCE_PREFIX + "<document>@<YYYY-MM-DD>");
            } else {
                try {
                    version = TermsRef.parse(source.substring(WebAnnotationCodec.SOURCE_PREFIX.length()));
                    if (version.effectiveOn() == null) {
                        problem(path + ".source", "name a version: " + source + "@YYYY-MM-DD");
                        version = null;
                    }
                } catch (IllegalArgumentException e) {
                    problem(path + ".source", e.getMessage());
                }
            }
        }
        JsonNode selector = target.get("selector");
        if (selector == null) {
            problem(path + ".selector", "missing: expected a TextQuoteSelector and a TextPositionSelector");
            return null;
        }
        JsonNode quote = null;
        JsonNode position = null;
        String quotePath = null;
        String positionPath = null;
        int count = selector.isArray() ? selector.size() : 1;
        for (int i = 0; i < count; i++) {
            JsonNode s = selector.isArray() ? selector.get(i) : selector;
            String p = selector.isArray() ? path + ".selector[" + i + "]" : path + ".selector";
            switch (s.path("type").asText("")) {
                case "TextQuoteSelector" -> { quote = s; quotePath = p; }
                case "TextPositionSelector" -> { position = s; positionPath = p; }
                default -> problem(p + ".type", "expected TextQuoteSelector or TextPositionSelector");
            }
        }
        if (quote == null || position == null) {
            problem(path + ".selector", "expected both a TextQuoteSelector and a TextPositionSelector");
            return null;
        }
        String exact = text(quotePath + ".exact", quote.get("exact"), false);
        String prefix = quote.has("prefix") ? text(quotePath + ".prefix", quote.get("prefix"), false) : "";
        String suffix = quote.has("suffix") ? text(quotePath + ".suffix", quote.get("suffix"), false) : "";
        Integer start = wholeNumber(positionPath + ".start", position.get("start"));
        Integer end = wholeNumber(positionPath + ".end", position.get("end"));
        if (start != null && end != null && end < start) {
            problem(positionPath + ".end", end + " is before start " + start);
            return null;
        }
        if (exact != null && exact.isEmpty() && checkText && status != null && status != AnchorStatus.ORPHANED) {
            problem(quotePath + ".exact", "empty; only an orphaned annotation has no quote");
        }
        if (version == null || exact == null || start == null || end == null || prefix == null || suffix == null) {
            return null;
        }
        if (checkText && !matchesText(version, start, end, exact, path, positionPath, quotePath)) {
            return null;
        }
        return new Anchor(version, start, end, exact, prefix, suffix);
    }

    private boolean matchesText(TermsRef version, int start, int end, String exact, String path, String positionPath,
                                String quotePath) {
        Optional<String> text = textCache.computeIfAbsent(version, texts::fullText);
        if (text.isEmpty()) {
            problem(path + ".source", version + " has no stored full text; add it with 'terms add' first");
            return false;
        }
        int length = CodePoints.length(text.get());
        if (end > length) {
            problem(positionPath + ".end", end + " is beyond the end of " + version + " (" + length + " code points)");
            return false;
        }
        String there = CodePoints.slice(text.get(), start, end);
        if (!there.equals(exact)) {
            problem(quotePath + ".exact", "the text at " + start + ".." + end + " of " + version + " is \""
                    + Excerpts.shorten(there, 60) + "\", not \"" + Excerpts.shorten(exact, 60) + "\"");
            return false;
        }
        return true;
    }

    private String text(String path, JsonNode node, boolean nonBlank) {
        if (node == null || node.isNull()) {
            problem(path, "missing");
            return null;
        }
        if (!node.isTextual()) {
            problem(path, "expected a string");
            return null;
        }
        if (nonBlank && node.asText().isBlank()) {
            problem(path, "empty");
            return null;
        }
        return node.asText();
    }

    private Integer wholeNumber(String path, JsonNode node) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            problem(path, node == null ? "missing: expected a whole number" : "expected a whole number");
            return null;
        }
        if (node.intValue() < 0) {
            problem(path, node.intValue() + " is negative");
            return null;
        }
        return node.intValue();
    }

    private Instant instant(String path, JsonNode node) {
        String s = text(path, node, true);
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            problem(path, "'" + s + "' is not a date-time like 2026-11-28T12:00:00Z");
            return null;
        }
    }

    private String creator(String path, JsonNode node) {
        if (node == null) {
            return "";
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isObject()) {
            String name = text(path + ".name", node.get("name"), false);
            return name == null ? "" : name;
        }
        problem(path, "expected a Person {type, name} or a name");
        return "";
    }

    private void problem(String path, String message) {
        found++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(path + ": " + message);
        } else if (problems.size() == MAX_PROBLEMS) {
            problems.add("… more problems not listed; fix these first");
        }
    }
}
