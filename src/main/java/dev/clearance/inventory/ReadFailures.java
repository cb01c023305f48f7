package dev.clearance.inventory;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;

/** Turns a parser's failure into a problem a person can act on. */
final class ReadFailures {
    private ReadFailures() {
    }

    /**
     * @param rowStart where the row or value being read began; used when the parser's own position
     *                 (often the end of the file, for an unclosed quote) would mislead
     */
    static ImportProblem toProblem(IOException e, SourceLocation rowStart) {
        if (e instanceof StrictUtf8Reader.NotUtf8Exception n) {
            return ImportProblem.error(rowStart.atLine(n.line()).field(""),
                    String.format(Locale.ROOT, "The file is not UTF-8 text: byte 0x%02X on this line is not UTF-8 "
                            + "(Latin-1 or Windows-1252 accents look like this).", n.firstByte()),
                    "Save it as UTF-8 (in Excel: \"CSV UTF-8\"; in an editor: encoding UTF-8).");
        }
        if (e instanceof CharacterCodingException) {
            return ImportProblem.error(rowStart.field(""), "The file is not UTF-8 text.",
                    "Save it as UTF-8 (in Excel: \"CSV UTF-8\"; in an editor: encoding UTF-8).");
        }
        if (e instanceof StreamConstraintsException) {
            String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("nesting depth")) {
                return ImportProblem.error(rowStart, "Values are nested more than " + InputLimits.MAX_NESTING
                        + " levels deep.", "An inventory is a flat list of datasets; remove the nesting.");
            }
            return ImportProblem.error(rowStart, "A value is longer than "
                            + String.format(Locale.ROOT, "%,d", InputLimits.MAX_VALUE_CHARS) + " characters.",
                    "Inventories describe datasets, they do not hold them: shorten the value or link to a document.");
        }
        String original = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        String text = original == null ? e.getClass().getSimpleName() : firstLine(original);
        SourceLocation at = rowStart;
        if (e instanceof JsonProcessingException j && j.getLocation() != null
                && j.getLocation() != JsonLocation.NA && j.getLocation().getLineNr() > 0) {
            at = rowStart.atLine(j.getLocation().getLineNr());
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("missing closing quote")) {
            return ImportProblem.error(rowStart,
                    "A quoted value that starts in this row is never closed (a \" is missing); the rest of the "
                            + "file was read as part of it.",
                    "Close the quote, and write a quote inside a quoted value as two quotes (\"\").");
        }
        if (lower.contains("duplicate field") || lower.contains("duplicate key")) {
            return ImportProblem.error(at, "A field appears twice in the same object: " + text + ".",
                    "Keep one of them.");
        }
        if (lower.contains("anchor") || lower.contains("alias")) {
            return anchorsRefused(at);
        }
        return ImportProblem.error(at, "The file cannot be read: " + text + ".",
                "Check the syntax near this line (an editor with syntax highlighting helps).");
    }

    static ImportProblem anchorsRefused(SourceLocation at) {
        return ImportProblem.error(at, "YAML anchors and aliases (&name, *name) are not accepted in inventories.",
                "Write each value out in full; this also keeps the file safe from alias bombs.");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
