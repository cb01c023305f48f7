package dev.clearance.inventory;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a CSV inventory (RFC 4180, comma separated, header row, UTF-8 with or without BOM, LF or CRLF). */
final class CsvInventoryReader implements InventoryReader {
    @Override
    public void read(InputStream in, String file, Handler handler, ImportProblems problems) throws IOException {
        SourceLocation rowStart = SourceLocation.of(file).atLine(1);
        try (CsvParser p = InputLimits.csv().createParser(InputLimits.utf8(in, file))) {
            p.setSchema(CsvSchema.emptySchema());
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            TabularHeader header = null;
            List<String> cells = new ArrayList<>();
            JsonToken t;
            while (!problems.isFull() && (t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    cells.clear();
                    rowStart = rowStart.atLine(p.currentLocation().getLineNr());
                } else if (t == JsonToken.VALUE_STRING) {
                    if (cells.isEmpty()) {
                        rowStart = rowStart.atLine(p.currentTokenLocation().getLineNr());
                    }
                    cells.add(p.getText());
                } else if (t == JsonToken.END_ARRAY) {
                    // Blank lines and rows of empty cells carry nothing; nor does the end of the whole file.
                    if (!cells.stream().allMatch(String::isBlank)) {
                        if (header == null) {
                            header = TabularHeader.of(cells, rowStart, i -> columnLabel(cells, i), problems);
                        } else {
                            row(cells, header, rowStart, handler, problems);
                        }
                    }
                    cells.clear();
                }
            }
            if (header == null && !problems.hasErrors()) {
                problems.error(SourceLocation.of(file), "The file is empty.",
                        "A CSV inventory starts with a header row: " + String.join(",", InventoryColumns.ALL));
            }
        } catch (IOException e) {
            problems.add(ReadFailures.toProblem(e, rowStart));
        }
    }

    private static void row(List<String> cells, TabularHeader header, SourceLocation at, Handler handler,
                            ImportProblems problems) {
        if (cells.size() > header.width()) {
            problems.error(at, "The row has " + cells.size() + " cells but the header has " + header.width() + ".",
                    "A value containing a comma must be quoted: \"like, this\".");
            return;
        }
        Map<String, RawValue> fields = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String field = header.field(i);
            if (field != null) {
                fields.put(field, RawValue.text(InventoryExporter.unneutralised(cells.get(i)), at.field(field)));
            }
        }
        handler.dataset(new RawRow(at, fields));
    }

    private static String columnLabel(List<String> cells, int i) {
        String name = cells.get(i) == null ? "" : cells.get(i).strip();
        return name.isEmpty() ? "column " + (i + 1) : name;
    }
}
