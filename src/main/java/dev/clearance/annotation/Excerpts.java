package dev.clearance.annotation;

/** Short one-line renderings of quoted passages for messages and listings. */
public final class Excerpts {
    private Excerpts() {
    }

    /** The text on one line, cut at {@code max} code points with an ellipsis. */
    public static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (CodePoints.length(oneLine) <= max) {
            return oneLine;
        }
        return CodePoints.slice(oneLine, 0, max - 1) + "…";
    }
}
