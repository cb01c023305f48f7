package dev.clearance.inventory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON or YAML inventory, streaming: either a list of datasets or
 * {@code {project: {...}, datasets: [...]}}. Only one dataset object is in memory at a time.
 * Locations are JSON paths ({@code $.datasets[3].records}) with the line they are on.
 */
final class StructuredInventoryReader implements InventoryReader {
    private final JsonFactory factory;

    private StructuredInventoryReader(JsonFactory factory) {
        this.factory = factory;
    }

    static StructuredInventoryReader json() {
        return new StructuredInventoryReader(InputLimits.json());
    }

    static StructuredInventoryReader yaml() {
        return new StructuredInventoryReader(InputLimits.yaml(InputLimits.MAX_TEXT_FILE_BYTES));
    }

    /** For project.yaml: the single object it holds. */
    static RawRow readObjectFile(InputStream in, String file, ImportProblems problems) throws IOException {
        SourceLocation at = SourceLocation.of(file).atLine(1);
        try (JsonParser p = InputLimits.yaml(InputLimits.MAX_PROJECT_FILE_BYTES).createParser(InputLimits.utf8(in, file))) {
            JsonToken t = next(p, at);
            if (t != JsonToken.START_OBJECT) {
                problems.error(at, "The file does not hold a set of \"key: value\" lines.",
                        "Write it like: name: Acme Support Assistant");
                return null;
            }
            return readObject(p, SourceLocation.of(file).atLine(1), "", problems);
        } catch (IOException e) {
            problems.add(ReadFailures.toProblem(e, at));
            return null;
        }
    }

    @Override
    public void read(InputStream in, String file, Handler handler, ImportProblems problems) throws IOException {
        SourceLocation at = SourceLocation.of(file).atLine(1);
        try (JsonParser p = factory.createParser(InputLimits.utf8(in, file))) {
            JsonToken t = next(p, at);
            if (t == null) {
                problems.error(at, "The file is empty.", "Write a list of datasets, or {project: …, datasets: […]}.");
                return;
            }
            if (t == JsonToken.START_ARRAY) {
                readDatasets(p, SourceLocation.of(file), "$", handler, problems);
            } else if (t == JsonToken.START_OBJECT) {
                readDocument(p, SourceLocation.of(file), handler, problems);
            } else {
                problems.error(locate(p, SourceLocation.of(file), "$"), "The file holds " + describe(t)
                        + " where a list of datasets or {project, datasets} belongs.", "See the inventory contract.");
            }
        } catch (IOException e) {
            problems.add(ReadFailures.toProblem(e, at));
        }
    }

    private void readDocument(JsonParser p, SourceLocation file, Handler handler, ImportProblems problems)
            throws IOException {
        boolean sawDatasets = false;
        while (next(p, file) == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            SourceLocation at = locate(p, file, "$." + key);
            JsonToken value = next(p, at);
            if ("project".equals(key) && value == JsonToken.START_OBJECT) {
                handler.project(readObject(p, at, "$.project", problems));
            } else if ("datasets".equals(key) && value == JsonToken.START_ARRAY) {
                sawDatasets = true;
                readDatasets(p, file, "$.datasets", handler, problems);
            } else if ("project".equals(key) || "datasets".equals(key)) {
                problems.error(at, "\"" + key + "\" holds " + describe(value) + "; it must be "
                                + ("project".equals(key) ? "an object" : "a list of datasets") + ".",
                        "See the inventory contract.");
                p.skipChildren();
            } else {
                problems.warning(at, "\"" + key + "\" is not part of the inventory contract; it is ignored.",
                        "The top level holds \"project\" and \"datasets\".");
                p.skipChildren();
            }
            if (problems.isFull()) {
                return;
            }
        }
        if (!sawDatasets) {
            problems.error(file.field("$.datasets"), "The file has no \"datasets\" list.",
                    "Write {project: {...}, datasets: [...]} or just the list of datasets.");
        }
    }

    private void readDatasets(JsonParser p, SourceLocation file, String path, Handler handler, ImportProblems problems)
            throws IOException {
        int index = 0;
        JsonToken t;
        while (!problems.isFull() && (t = next(p, file)) != JsonToken.END_ARRAY && t != null) {
            String itemPath = path + "[" + index++ + "]";
            SourceLocation at = locate(p, file, itemPath);
            if (t == JsonToken.START_OBJECT) {
                handler.dataset(readObject(p, at, itemPath, problems));
            } else {
                problems.error(at, "Item holds " + describe(t) + " where a dataset object belongs.",
                        "Each dataset is an object such as {\"id\": \"d1\", \"name\": \"…\", \"source_type\": \"web\"}.");
                p.skipChildren();
            }
        }
    }

    /** Reads the object the parser is at (START_OBJECT) into a row; nested objects are kept as OBJECT. */
    private static RawRow readObject(JsonParser p, SourceLocation start, String path, ImportProblems problems)
            throws IOException {
        Map<String, RawValue> fields = new LinkedHashMap<>();
        while (next(p, start) == JsonToken.FIELD_NAME) {
            String key = InventoryColumns.normalise(p.currentName());
            SourceLocation at = locate(p, start, path.isEmpty() ? key : path + "." + key);
            fields.put(key, readValue(p, next(p, at), at));
        }
        return new RawRow(start.field(path), fields);
    }

    private static RawValue readValue(JsonParser p, JsonToken t, SourceLocation at) throws IOException {
        return switch (t) {
            case VALUE_STRING -> RawValue.text(p.getText(), at);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> RawValue.scalar(RawValue.Kind.NUMBER, p.getText(), at);
            case VALUE_TRUE, VALUE_FALSE -> RawValue.scalar(RawValue.Kind.BOOLEAN, p.getText(), at);
            case VALUE_NULL -> RawValue.of(RawValue.Kind.NULL, at);
            case START_ARRAY -> readList(p, at);
            default -> {
                p.skipChildren();
                yield RawValue.of(RawValue.Kind.OBJECT, at);
            }
        };
    }

    /** A list of scalars; a list holding lists or objects is reported as OBJECT (not a value we accept). */
    private static RawValue readList(JsonParser p, SourceLocation at) throws IOException {
        List<String> items = new ArrayList<>();
        boolean flat = true;
        JsonToken t;
        while ((t = next(p, at)) != JsonToken.END_ARRAY && t != null) {
            if (t.isScalarValue()) {
                items.add(t == JsonToken.VALUE_NULL ? "" : p.getText());
            } else {
                flat = false;
                p.skipChildren();
            }
        }
        return flat ? RawValue.list(items, at) : RawValue.of(RawValue.Kind.OBJECT, at);
    }

    /** Every token goes through here so that YAML anchors and aliases are refused wherever they appear. */
    private static JsonToken next(JsonParser p, SourceLocation at) throws IOException {
        JsonToken t = p.nextToken();
        if (p instanceof YAMLParser y && (y.isCurrentAlias() || y.getObjectId() != null)) {
            throw InventoryImportException.of(ReadFailures.anchorsRefused(locate(p, at, at.field())));
        }
        return t;
    }

    private static SourceLocation locate(JsonParser p, SourceLocation file, String path) {
        return file.atLine(Math.max(0, p.currentTokenLocation().getLineNr())).field(path);
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }
}
