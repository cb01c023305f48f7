package dev.clearance.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of a CSV file or spreadsheet: which cell holds which contract field. Unknown
 * columns are ignored with a warning; a missing required column or a repeated one is an error.
 */
final class TabularHeader {
    private final List<String> fieldByCell;

    private TabularHeader(List<String> fieldByCell) {
        this.fieldByCell = fieldByCell;
    }

    /** @param cellLabel names a header cell in messages, e.g. its spreadsheet reference */
    static TabularHeader of(List<String> cells, SourceLocation headerLine, java.util.function.IntFunction<String> cellLabel,
                            ImportProblems problems) {
        List<String> fields = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String raw = cells.get(i) == null ? "" : cells.get(i);
            String field = InventoryColumns.normalise(raw);
            SourceLocation at = headerLine.field(cellLabel.apply(i));
            if (field.isEmpty()) {
                fields.add(null);
                continue;
            }
            if (!InventoryColumns.ALL.contains(field)) {
                problems.warning(at, "Column \"" + raw.strip() + "\" is not part of the inventory contract; it is ignored.",
                        "Known columns: " + String.join(", ", InventoryColumns.ALL) + ".");
                fields.add(null);
                continue;
            }
            Integer earlier = seen.putIfAbsent(field, i);
            if (earlier != null) {
                problems.error(at, "Column \"" + field + "\" appears twice in the header (also as "
                        + cellLabel.apply(earlier) + ").", "Keep one of the two columns.");
                fields.add(null);
                continue;
            }
            fields.add(field);
        }
        for (String required : InventoryColumns.REQUIRED) {
            if (!seen.containsKey(required)) {
                problems.error(headerLine.field(required), "The header has no \"" + required + "\" column.",
                        "The first row must name the columns; " + String.join(", ", InventoryColumns.REQUIRED)
                                + " are required.");
            }
        }
        return new TabularHeader(fields);
    }

    int width() {
        return fieldByCell.size();
    }

    /** The contract field of a cell, or null for an ignored column. */
    String field(int cell) {
        return cell < fieldByCell.size() ? fieldByCell.get(cell) : null;
    }
}
