package dev.clearance.inventory;

import java.util.List;

/**
 * One value as the file spelled it, before validation: CSV and spreadsheet cells are always
 * {@link Kind#TEXT} (or NUMBER/BOOLEAN for typed spreadsheet cells); JSON and YAML keep their types
 * so that a list where text belongs is reported, not silently flattened.
 *
 * @param text  the scalar's text ("" for lists, objects and null)
 * @param items the items of a list of scalars; empty otherwise
 */
record RawValue(Kind kind, String text, List<String> items, SourceLocation at) {
    enum Kind {
        TEXT("text"), NUMBER("a number"), BOOLEAN("true/false"), LIST("a list"), OBJECT("an object"), NULL("null");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    static RawValue text(String text, SourceLocation at) {
        return new RawValue(Kind.TEXT, text, List.of(), at);
    }

    static RawValue scalar(Kind kind, String text, SourceLocation at) {
        return new RawValue(kind, text, List.of(), at);
    }

    static RawValue list(List<String> items, SourceLocation at) {
        return new RawValue(Kind.LIST, "", List.copyOf(items), at);
    }

    static RawValue of(Kind kind, SourceLocation at) {
        return new RawValue(kind, "", List.of(), at);
    }

    boolean isBlank() {
        return switch (kind) {
            case NULL -> true;
            case LIST -> items.isEmpty();
            case OBJECT -> false;
            default -> text.isBlank();
        };
    }

    /** How the value is shown inside a message: quoted text, or what kind of thing it is. */
    String shown() {
        return switch (kind) {
            case TEXT, NUMBER, BOOLEAN -> "\"" + abbreviate(text) + "\"";
            default -> kind.description();
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
