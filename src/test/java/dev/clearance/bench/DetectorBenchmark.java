package dev.clearance.bench;

import dev.clearance.terms.DetectorEvaluation;
import dev.clearance.terms.RestrictionDetector;

/**
 * Prints the restriction detector's per-text and total recall, precision and flag rate (flagged lines
 * among non-blank lines) on the development and the held-out set: {@code bin/benchmark detector}.
 */
public final class DetectorBenchmark {
    private DetectorBenchmark() {
    }

    public static void main(String[] args) {
        DetectorEvaluation.report(new RestrictionDetector()).forEach(System.out::println);
    }
}
