package dev.clearance.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Parsing of the kebab-case words the file contracts use for enums. */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** Finds the constant whose contract id matches {@code text}, ignoring case, blanks and '_' vs '-'. */
    public static <E> Optional<E> parse(E[] values, String text, Function<E, String> id) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(values).filter(v -> id.apply(v).equals(wanted)).findFirst();
    }

    /** The contract ids of {@code values}, for "expected one of …" messages. */
    public static <E> List<String> ids(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(id).toList();
    }
}
