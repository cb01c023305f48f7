package dev.clearance.inventory;

import java.util.Map;
import java.util.Set;

/**
 * One dataset (or the project block) as read from a file, keyed by the contract's field names.
 *
 * @param at     where the row starts; its {@code field} is the JSON path of the row, or ""
 * @param fields present fields only; a field missing in the file is absent
 */
record RawRow(SourceLocation at, Map<String, RawValue> fields) {
    RawValue get(String field) {
        RawValue v = fields.get(field);
        return v == null ? RawValue.of(RawValue.Kind.NULL, locate(field)) : v;
    }

    Set<String> names() {
        return fields.keySet();
    }

    /** The location of a field of this row: where the file has it, or where it is missing. */
    SourceLocation locate(String field) {
        RawValue present = fields.get(field);
        if (present != null) {
            return present.at();
        }
        return at.field(at.field().isEmpty() ? field : at.field() + "." + field);
    }
}
