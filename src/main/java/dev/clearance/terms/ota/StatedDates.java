package dev.clearance.terms.ota;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a terms text states for itself near its top: "Effective: May 28, 2026", "_Effective 27 May 2025_",
 * "Effective date: April 29, 2026", "Last updated: July 8th, 2025", "UpdatedNovember 14, 2023",
 * "Release date: April 22, 2026", "Published: 30 July 2025", "2025-06-17". An effective date wins over an
 * update, release or publication date, whichever comes first in the text.
 */
public final class StatedDates {
    /** Only the head of a text states its own date; later dates are about other things (notice periods …). */
    static final int HEAD_CHARS = 4000;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    /** Month D, YYYY | D Month YYYY | YYYY-MM-DD, with the groups named so one pattern reads all three. */
    private static final String DATE = "(?:" + MONTH.replace("(jan", "(?<m1>jan") + "\\s*" + DAY.replace("(\\d", "(?<d1>\\d")
            + ",?\\s*(?<y1>\\d{4})" + "|" + DAY.replace("(\\d", "(?<d2>\\d") + "\\s*(?:of\\s+)?"
            + MONTH.replace("(jan", "(?<m2>jan") + ",?\\s*(?<y2>\\d{4})" + "|(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2}))";
    // A label may follow Markdown emphasis ("_Effective"), so no \b: '_' is a word character.
    /** Between a label and its date: spaces, Markdown emphasis, quote marks, a colon, "on", "as of", "from". */
    private static final String GAP = "[\\s*_>:：|-]*(?:(?:on|as of|from|is)\\b[\\s*_:]*)?";
    private static final Pattern EFFECTIVE = Pattern.compile(
            "(?<![a-z])effective(?:\\s+date)?" + GAP + DATE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OTHER = Pattern.compile(
            "(?<![a-z])(?:last\\s+updated?|updated|last\\s+(?:modified|revised)|revised|release\\s+date|released|published"
                    + "|date\\s+of\\s+last\\s+revision)" + GAP + DATE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private StatedDates() {
    }

    /** The effective date the text states, else its update/release/publication date; empty when none. */
    public static Optional<LocalDate> stated(String text) {
        String head = text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text;
        Optional<LocalDate> effective = first(EFFECTIVE, head);
        return effective.isPresent() ? effective : first(OTHER, head);
    }

    private static Optional<LocalDate> first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = date(m);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(Matcher m) {
        try {
            if (m.group("y1") != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group("y1")), month(m.group("m1")),
                        Integer.parseInt(m.group("d1"))));
            }
            if (m.group("y2") != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group("y2")), month(m.group("m2")),
                        Integer.parseInt(m.group("d2"))));
            }
            return Optional.of(LocalDate.of(Integer.parseInt(m.group("y3")), Integer.parseInt(m.group("m3")),
                    Integer.parseInt(m.group("d3"))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }
}
