package dev.clearance.terms;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads fields of a JSON tree with messages that name the file, the JSON path and the problem, so a
 * broken data file fails fast and says where.
 */
final class JsonFields {
    private final String file;

    /**
     * Reads a shipped data file's top-level object and checks its schema version, failing with the
     * file, line and column for bad JSON.
     */
    static JsonNode readVersionedObject(java.io.InputStream in, String source, java.util.Set<String> topLevelKeys,
                                        int schemaVersion) {
        JsonNode root;
        try {
            root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new TermsDataException(source + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            throw new TermsDataException(source + ": cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new TermsDataException(source + ": the top level must be a JSON object");
        }
        JsonFields f = new JsonFields(source);
        f.onlyKnown(root, "$", topLevelKeys);
        JsonNode schema = root.get("schemaVersion");
        if (schema == null || !schema.isInt() || schema.asInt() != schemaVersion) {
            throw f.error("$.schemaVersion", "must be " + schemaVersion + " (found " + schema + ")");
        }
        return root;
    }

    JsonFields(String file) {
        this.file = file;
    }

    TermsDataException error(String path, String problem) {
        return new TermsDataException(file + ": " + path + ": " + problem);
    }

    void onlyKnown(JsonNode node, String path, Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw error(path + "." + name, "unknown field; expected one of " + known.stream().sorted().toList());
            }
        }
    }

    JsonNode object(JsonNode parent, String path, String field) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isObject()) {
            throw error(path + "." + field, n == null ? "missing (an object is required)" : "must be an object");
        }
        return n;
    }

    JsonNode array(JsonNode parent, String path, String field, boolean required) {
        JsonNode n = parent.get(field);
        if (n == null && !required) {
            return null;
        }
        if (n == null || !n.isArray()) {
            throw error(path + "." + field, n == null ? "missing (an array is required)" : "must be an array");
        }
        return n;
    }

    String text(JsonNode parent, String path, String field) {
        JsonNode n = parent.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw error(path + "." + field, n == null ? "missing (text is required)" : "must be non-empty text");
        }
        return n.asText().strip();
    }

    String optText(JsonNode parent, String path, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return "";
        }
        if (!n.isTextual()) {
            throw error(path + "." + field, "must be text");
        }
        return n.asText().strip();
    }

    LocalDate date(JsonNode parent, String path, String field) {
        LocalDate d = optDate(parent, path, field);
        if (d == null) {
            throw error(path + "." + field, "missing (a date YYYY-MM-DD is required)");
        }
        return d;
    }

    LocalDate optDate(JsonNode parent, String path, String field) {
        String t = optText(parent, path, field);
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw error(path + "." + field, "'" + t + "' is not a date YYYY-MM-DD");
        }
    }

    boolean optBool(JsonNode parent, String path, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            throw error(path + "." + field, "must be true or false");
        }
        return n.asBoolean();
    }

    Long optLong(JsonNode parent, String path, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.canConvertToLong() || !n.isIntegralNumber() || n.asLong() <= 0) {
            throw error(path + "." + field, "must be a positive whole number");
        }
        return n.asLong();
    }

    List<String> strings(JsonNode parent, String path, String field, boolean required) {
        JsonNode arr = array(parent, path, field, required);
        List<String> out = new ArrayList<>();
        if (arr == null) {
            return out;
        }
        for (int i = 0; i < arr.size(); i++) {
            JsonNode n = arr.get(i);
            if (!n.isTextual() || n.asText().isBlank()) {
                throw error(path + "." + field + "[" + i + "]", "must be non-empty text");
            }
            out.add(n.asText().strip());
        }
        if (required && out.isEmpty()) {
            throw error(path + "." + field, "must not be empty");
        }
        return out;
    }

    <E> E enumValue(JsonNode parent, String path, String field, Function<String, Optional<E>> parser,
                    List<String> ids) {
        String t = text(parent, path, field);
        return parser.apply(t).orElseThrow(() -> error(path + "." + field, "'" + t + "' is not one of " + ids));
    }

    <E> E optEnum(JsonNode parent, String path, String field, Function<String, Optional<E>> parser,
                  List<String> ids) {
        return optText(parent, path, field).isEmpty() ? null : enumValue(parent, path, field, parser, ids);
    }
}
