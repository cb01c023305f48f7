package dev.clearance.terms;

import dev.clearance.terms.DetectorEvaluation.Case;
import dev.clearance.terms.DetectorEvaluation.Score;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The detector on texts it was not tuned on ({@code src/test/resources/detector-eval}, labelled before
 * tuning; see its README): recall of labelled lines at least 95 % and at most 10 % of lines flagged, over
 * the whole set (the targets). A single text's flag rate is reported in the failure message, not
 * asserted: the FLUX.1 [dev] licence is one paragraph a line, most of them real clauses. The development set
 * must keep full precision and recall.
 */
class HeldOutEvaluationTest {
    private static final RestrictionDetector DETECTOR = new RestrictionDetector();

    @Test
    void findsTheTrainingClausesOfUnseenTextsWithoutFlaggingMuchElse() {
        List<Case> cases = DetectorEvaluation.heldOutSet();
        List<Score> scores = cases.stream().map(c -> DetectorEvaluation.score(DETECTOR, c)).toList();
        Score total = DetectorEvaluation.total("held-out", scores);
        // Guards against a vacuous pass (a set that lost its texts or labels). The set holds 19 texts and 13
        // labelled lines since three open-weights licences joined it; see its README.
        assertTrue(cases.size() >= 17 && total.labelled() >= 12, "held-out set too small: " + total);
        String missed = scores.stream().filter(s -> !s.missed().isEmpty()).map(s -> s.name() + " " + s.missed()).toList()
                .toString();
        String perText = scores.stream().map(s -> String.format("%s %d/%d = %.1f %%", s.name(), s.flagged(),
                s.nonBlankLines(), 100 * s.flagRate())).toList().toString();
        String figures = total.summary() + "; missed " + missed + "; flagged per text " + perText;
        assertTrue(total.recall() >= 0.95, "held-out recall below 0.95: " + figures);
        assertTrue(total.flagRate() <= 0.10, "held-out flag rate above 10 %: " + figures);
    }

    @Test
    void developmentSetKeepsFullPrecisionAndRecall() {
        List<Score> scores = DetectorEvaluation.developmentSet().stream()
                .map(c -> DetectorEvaluation.score(DETECTOR, c)).toList();
        Score total = DetectorEvaluation.total("development", scores);
        assertEquals(7, scores.size());
        assertEquals(1.0, total.recall(), "development recall; " + scores);
        assertEquals(1.0, total.precision(), "development precision; " + scores);
    }
}
