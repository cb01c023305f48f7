package dev.clearance.inventory;

/**
 * Where in an input file something was found.
 *
 * @param file  the file's name as the user knows it (no folder), e.g. {@code inventory.csv}
 * @param line  1-based line (or spreadsheet row); 0 when not known
 * @param field the column, field or JSON path, e.g. {@code collected_on} or {@code $.datasets[3].records}; "" for none
 */
public record SourceLocation(String file, long line, String field) {
    public SourceLocation {
        field = field == null ? "" : field;
    }

    public static SourceLocation of(String file) {
        return new SourceLocation(file, 0, "");
    }

    public SourceLocation atLine(long newLine) {
        return new SourceLocation(file, newLine, field);
    }

    public SourceLocation field(String newField) {
        return new SourceLocation(file, line, newField);
    }

    /** {@code file:line:field}, leaving out the parts that are not known. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        if (!field.isEmpty()) {
            s.append(':').append(field);
        }
        return s.toString();
    }
}
