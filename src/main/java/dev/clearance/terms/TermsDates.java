package dev.clearance.terms;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates a terms version may carry: from {@value #EARLIEST_TEXT} (before any provider published terms for
 * an AI service, or a web service at all) to {@value #YEARS_AHEAD} years from today (terms are announced
 * ahead of their effective date, never decades ahead). A date outside is a typo or a hostile input; it is
 * refused before anything is written, and a stored version outside is skipped when read.
 */
public final class TermsDates {
    static final String EARLIEST_TEXT = "1990-01-01";
    public static final LocalDate EARLIEST = LocalDate.parse(EARLIEST_TEXT);
    public static final int YEARS_AHEAD = 2;

    private TermsDates() {
    }

    /** The last plausible date, {@code today} + {@value #YEARS_AHEAD} years. */
    public static LocalDate latest(LocalDate today) {
        return today.plusYears(YEARS_AHEAD);
    }

    public static boolean plausible(LocalDate date, LocalDate today) {
        return date != null && !date.isBefore(EARLIEST) && !date.isAfter(latest(today));
    }

    /** {@code "1990-01-01 to 2028-12-04 (today + 2 years)"}. */
    public static String range(LocalDate today) {
        return EARLIEST + " to " + latest(today) + " (today + " + YEARS_AHEAD + " years)";
    }

    /**
     * Refuses an implausible date.
     *
     * @param what what the date is, e.g. "version" or "--version"
     * @throws TermsInputException saying the range
     */
    public static LocalDate requirePlausible(LocalDate date, LocalDate today, String what) {
        Objects.requireNonNull(today, "today");
        if (date == null) {
            throw new TermsInputException(what + " is missing: give the version's effective date as YYYY-MM-DD");
        }
        if (!plausible(date, today)) {
            throw new TermsInputException(what + " " + date + " is not a plausible date for a terms version: use a"
                    + " date from " + range(today) + "; nothing was written");
        }
        return date;
    }
}
