package dev.clearance.bench;

import dev.clearance.terms.DetectorEvaluation;
import dev.clearance.terms.RestrictionDetector;

import java.util.Set;

/**
 * Prints the restriction detector's per-text and total recall, precision and flag rate (flagged lines
 * among non-blank lines) on the development set, the held-out set and the catalog set: {@code bin/benchmark
 * detector}, or {@code bin/benchmark detector dev catalog} for some of them (tuning without looking at the
 * held-out figures).
 */
public final class DetectorBenchmark {
    private DetectorBenchmark() {
    }

    public static void main(String[] args) {
        Set<String> sets = args.length == 0 ? DetectorEvaluation.SETS : Set.of(args);
        if (!DetectorEvaluation.SETS.containsAll(sets)) {
            System.err.println("usage: bin/benchmark detector [dev] [held-out] [catalog]");
            System.exit(2);
        }
        DetectorEvaluation.report(new RestrictionDetector(), sets).forEach(System.out::println);
    }
}
