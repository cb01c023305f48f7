package dev.clearance.annotation;

/**
 * Conversions between the two ways of counting positions in a text: Java and JavaFX count UTF-16 code
 * units (an emoji such as 🚫 is two), annotations count Unicode code points (the emoji is one), as the
 * W3C TextPositionSelector does. The UI converts at its edge with these methods.
 */
public final class CodePoints {
    private CodePoints() {
    }

    /** Number of code points in {@code text}. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * The code-point offset of a UTF-16 index.
     *
     * @throws IllegalArgumentException when the index is outside the text or splits a surrogate pair
     */
    public static int toCodePointOffset(String text, int utf16Index) {
        if (utf16Index < 0 || utf16Index > text.length()) {
            throw new IllegalArgumentException("index " + utf16Index + " is outside a text of " + text.length()
                    + " UTF-16 units");
        }
        if (utf16Index > 0 && utf16Index < text.length() && Character.isHighSurrogate(text.charAt(utf16Index - 1))
                && Character.isLowSurrogate(text.charAt(utf16Index))) {
            throw new IllegalArgumentException("index " + utf16Index + " falls inside a character made of two UTF-16 units");
        }
        return text.codePointCount(0, utf16Index);
    }

    /**
     * The UTF-16 index of a code-point offset.
     *
     * @throws IllegalArgumentException when the offset is outside the text
     */
    public static int toUtf16Index(String text, int codePointOffset) {
        if (codePointOffset < 0) {
            throw new IllegalArgumentException("offset " + codePointOffset + " is negative");
        }
        try {
            return text.offsetByCodePoints(0, codePointOffset);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("offset " + codePointOffset + " is beyond a text of " + length(text)
                    + " code points", e);
        }
    }

    /** The text between two code-point offsets (end exclusive). */
    public static String slice(String text, int start, int end) {
        return text.substring(toUtf16Index(text, start), toUtf16Index(text, end));
    }

    /** Up to {@code count} code points ending at code-point offset {@code end}. */
    public static String before(String text, int end, int count) {
        return slice(text, Math.max(0, end - count), end);
    }

    /** Up to {@code count} code points starting at code-point offset {@code start}. */
    public static String after(String text, int start, int count) {
        return slice(text, start, Math.min(length(text), start + count));
    }
}
