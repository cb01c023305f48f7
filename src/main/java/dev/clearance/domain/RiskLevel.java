package dev.clearance.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Risk of using a dataset, declared (and so compared) from {@link #CLEAR} to {@link #BLOCKED}. {@link #UNKNOWN} means the
 * inventory lacks a fact a rule needs; it ranks between medium and high so that it is never hidden
 * behind a clear or low result, but never masks a real high or blocked one.
 */
public enum RiskLevel {
    CLEAR(0), LOW(1), MEDIUM(2), UNKNOWN(3), HIGH(4), BLOCKED(5);

    private final int rank;

    RiskLevel(int rank) {
        this.rank = rank;
    }

    /** The contract spelling: lower case ({@code "high"}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isAtLeast(RiskLevel other) {
        return rank >= other.rank;
    }

    public static RiskLevel worst(RiskLevel a, RiskLevel b) {
        return a.rank >= b.rank ? a : b;
    }

    public static Optional<RiskLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.id().equals(t)).findFirst();
    }
}
