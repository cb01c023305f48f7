package dev.clearance.checklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.domain.Distribution;
import dev.clearance.domain.Purpose;
import dev.clearance.domain.terms.Regime;
import dev.clearance.domain.terms.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the checklist template and refuses a malformed one at once, naming the file, the field and the
 * problem ({@code checklist.json: sections[3].questions[1].answerType: 'maybe' is not one of …}).
 */
public final class ChecklistLoader {
    /** Where the shipped checklist lives, in the source tree and on the class path. */
    public static final String RESOURCE = "/assets/checklist/checklist.json";
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String source;

    private ChecklistLoader(String source) {
        this.source = source;
    }

    /** The checklist shipped with the application (from the class path). */
    public static Checklist shipped() {
        try (InputStream in = ChecklistLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ChecklistFormatException(RESOURCE + ": not found on the class path; the build must copy assets/");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": cannot be read", e);
        }
    }

    public static Checklist load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        }
    }

    /** Parses checklist JSON; {@code source} names it in error messages. */
    public static Checklist parse(String json, String source) {
        ChecklistLoader loader = new ChecklistLoader(source);
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ChecklistFormatException(source + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
        return loader.checklist(root);
    }

    private Checklist checklist(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw fail("$", "expected a JSON object with schemaVersion and sections");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isInt()) {
            throw fail("schemaVersion", "missing or not a whole number");
        }
        if (version.intValue() != SCHEMA_VERSION) {
            throw fail("schemaVersion", version.intValue() + " is not supported; this version reads " + SCHEMA_VERSION);
        }
        JsonNode sections = array(root, "sections", "sections");
        if (sections.isEmpty()) {
            throw fail("sections", "needs at least one section");
        }
        List<ChecklistSection> out = new ArrayList<>();
        Set<String> questionIds = new HashSet<>();
        Set<String> sectionIds = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            ChecklistSection s = section(sections.get(i), "sections[" + i + "]", questionIds);
            if (!sectionIds.add(s.id())) {
                throw fail("sections[" + i + "].id", "'" + s.id() + "' is used twice");
            }
            if (s.number() != i + 1) {
                throw fail("sections[" + i + "].number", s.number() + " is out of order; expected " + (i + 1));
            }
            out.add(s);
        }
        return new Checklist(SCHEMA_VERSION, out);
    }

    private ChecklistSection section(JsonNode node, String path, Set<String> questionIds) {
        String id = text(node, "id", path);
        JsonNode number = node.get("number");
        if (number == null || !number.isInt()) {
            throw fail(path + ".number", "missing or not a whole number");
        }
        JsonNode questions = array(node, "questions", path + ".questions");
        List<ChecklistQuestion> out = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String qPath = path + ".questions[" + i + "]";
            ChecklistQuestion q = question(questions.get(i), qPath);
            if (!questionIds.add(q.id())) {
                throw fail(qPath + ".id", "'" + q.id() + "' is used twice");
            }
            if (!q.id().startsWith(id + ".")) {
                throw fail(qPath + ".id", "'" + q.id() + "' must start with its section id '" + id + ".'");
            }
            out.add(q);
        }
        return new ChecklistSection(id, number.intValue(), text(node, "title", path), out);
    }

    private ChecklistQuestion question(JsonNode node, String path) {
        AnswerType type = AnswerType.parse(text(node, "answerType", path)).orElseThrow(() -> fail(path + ".answerType",
                "'" + node.get("answerType").asText() + "' is not one of " + AnswerType.ids()));
        List<Choice> choices = new ArrayList<>();
        if (node.has("choices")) {
            JsonNode array = array(node, "choices", path + ".choices");
            for (int i = 0; i < array.size(); i++) {
                String cPath = path + ".choices[" + i + "]";
                choices.add(new Choice(text(array.get(i), "id", cPath), text(array.get(i), "label", cPath)));
            }
        }
        if (type == AnswerType.CHOICE && choices.isEmpty()) {
            throw fail(path + ".choices", "a choice question needs choices");
        }
        JsonNode required = node.get("required");
        if (required != null && !required.isBoolean()) {
            throw fail(path + ".required", "must be true or false");
        }
        return new ChecklistQuestion(text(node, "id", path), text(node, "text", path), text(node, "hint", path),
                optionalText(node, "example", path), type, choices, optionalText(node, "evidence", path),
                required != null && required.booleanValue(), appliesWhen(node.get("appliesWhen"), path + ".appliesWhen"),
                words(node.get("clauseTags"), path + ".clauseTags", Tag::parse, Tag.ids()).stream().toList());
    }

    private AppliesWhen appliesWhen(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return AppliesWhen.ALWAYS;
        }
        if (!node.isObject()) {
            throw fail(path, "expected an object with regimes, purposes and distributions");
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!Set.of("regimes", "purposes", "distributions").contains(name)) {
                throw fail(path + "." + name, "unknown condition; use regimes, purposes or distributions");
            }
        });
        return new AppliesWhen(words(node.get("regimes"), path + ".regimes", Regime::parse, Regime.ids()),
                words(node.get("purposes"), path + ".purposes", Purpose::parse, Purpose.ids()),
                words(node.get("distributions"), path + ".distributions", Distribution::parse, Distribution.ids()));
    }

    private <E> Set<E> words(JsonNode node, String path, Function<String, Optional<E>> parse, List<String> allowed) {
        Set<E> out = new LinkedHashSet<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            throw fail(path, "expected a list");
        }
        for (int i = 0; i < node.size(); i++) {
            String word = node.get(i).asText();
            out.add(parse.apply(word).orElseThrow(() -> fail(path + "[" + out.size() + "]",
                    "'" + word + "' is not one of " + allowed)));
        }
        return out;
    }

    private JsonNode array(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw fail(path, "missing or not a list");
        }
        return value;
    }

    private String text(JsonNode node, String field, String path) {
        if (node == null || !node.isObject()) {
            throw fail(path, "expected an object");
        }
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw fail(path + "." + field, "missing or empty");
        }
        return value.asText();
    }

    private String optionalText(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw fail(path + "." + field, "must be text");
        }
        return value.asText();
    }

    private ChecklistFormatException fail(String path, String problem) {
        return new ChecklistFormatException(source + ": " + path + ": " + problem);
    }
}
