package dev.clearance.ui.annotations;

/** A passage on one line, shortened for lists, menus and the status bar. */
final class Excerpt {
    private Excerpt() {
    }

    static String of(String text, int max) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= max) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, max - 1)) + "…";
    }
}
