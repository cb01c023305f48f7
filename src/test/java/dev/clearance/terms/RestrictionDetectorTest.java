package dev.clearance.terms;

import dev.clearance.domain.terms.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures the detector on every fixture against hand-written expectations
 * ({@code src/test/resources/detector-expected}) and asserts floors. The measured table is written to
 * {@code target/detector-metrics.txt}.
 */
class RestrictionDetectorTest {
    private static final RestrictionDetector DETECTOR = new RestrictionDetector();
    private static final List<String> REPORT = new ArrayList<>();

    static List<String> fixtures() {
        return Fixtures.names();
    }

    /** Line → tags a reviewer expects, read from the expectation file of a fixture. */
    static Map<Integer, Set<Tag>> expected(String fixture) throws IOException {
        String name = "/detector-expected/" + fixture.replace(".md", ".txt");
        try (InputStream in = RestrictionDetectorTest.class.getResourceAsStream(name)) {
            assertNotNull(in, "no expectation file " + name + " for fixture " + fixture);
            Map<Integer, Set<Tag>> map = new TreeMap<>();
            for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String line = raw.replaceAll("#.*", "").strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                Set<Tag> tags = EnumSet.noneOf(Tag.class);
                for (int i = 1; i < parts.length; i++) {
                    String id = parts[i];
                    tags.add(Tag.parse(id).orElseThrow(() -> new AssertionError(name + ": unknown tag " + id)));
                }
                map.put(Integer.parseInt(parts[0]), tags);
            }
            return map;
        }
    }

    static Map<Integer, Set<Tag>> detected(String text) {
        Map<Integer, Set<Tag>> map = new TreeMap<>();
        for (DetectedClause c : DETECTOR.detect(text)) {
            map.put(c.line(), EnumSet.copyOf(c.tags()));
        }
        return map;
    }

    record Score(int truePositives, int detected, int expected) {
        double precision() {
            return detected == 0 ? 1.0 : (double) truePositives / detected;
        }

        double recall() {
            return expected == 0 ? 1.0 : (double) truePositives / expected;
        }
    }

    static Score lineScore(Map<Integer, Set<Tag>> exp, Map<Integer, Set<Tag>> got) {
        int tp = (int) got.keySet().stream().filter(exp::containsKey).count();
        return new Score(tp, got.size(), exp.size());
    }

    static Score tagScore(Map<Integer, Set<Tag>> exp, Map<Integer, Set<Tag>> got, Set<Tag> only) {
        int tp = 0;
        int d = 0;
        int e = 0;
        for (var entry : got.entrySet()) {
            for (Tag t : entry.getValue()) {
                if (only.contains(t)) {
                    d++;
                    if (exp.getOrDefault(entry.getKey(), Set.of()).contains(t)) {
                        tp++;
                    }
                }
            }
        }
        for (Set<Tag> tags : exp.values()) {
            e += (int) tags.stream().filter(only::contains).count();
        }
        return new Score(tp, d, e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findsTheExpectedClausesOfEveryFixture(String fixture) throws IOException {
        String text = Fixtures.read(fixture);
        Map<Integer, Set<Tag>> exp = expected(fixture);
        Map<Integer, Set<Tag>> got = detected(text);
        Score lines = lineScore(exp, got);
        Score tags = tagScore(exp, got, EnumSet.allOf(Tag.class));
        long nonBlank = text.lines().filter(l -> !l.isBlank()).count();
        double flagged = (double) got.size() / nonBlank;
        REPORT.add(String.format("%-42s lines P=%.2f R=%.2f (%d/%d detected, %d expected)  tags P=%.2f R=%.2f"
                        + "  flagged %.1f%% of %d non-blank lines  missed=%s extra=%s",
                fixture, lines.precision(), lines.recall(), lines.truePositives(), lines.detected(), lines.expected(),
                tags.precision(), tags.recall(), 100 * flagged, nonBlank, missing(exp, got), missing(got, exp)));
        assertTrue(lines.recall() >= 0.8, fixture + " line recall " + lines.recall() + " missed " + missing(exp, got));
        assertTrue(lines.precision() >= 0.7, fixture + " line precision " + lines.precision() + " extra " + missing(got, exp));
        assertTrue(flagged < 0.25, fixture + " flags " + flagged + " of its lines");
    }

    private static List<Integer> missing(Map<Integer, Set<Tag>> a, Map<Integer, Set<Tag>> b) {
        return a.keySet().stream().filter(k -> !b.containsKey(k)).toList();
    }

    @Test
    void competingModelClausesAreFoundWithHighRecallAcrossAllFixtures() throws IOException {
        Set<Tag> competing = EnumSet.of(Tag.COMPETING_MODEL_BAN);
        int tp = 0;
        int exp = 0;
        int det = 0;
        for (String f : fixtures()) {
            Score s = tagScore(expected(f), detected(Fixtures.read(f)), competing);
            tp += s.truePositives();
            exp += s.expected();
            det += s.detected();
        }
        Score total = new Score(tp, det, exp);
        REPORT.add(String.format("competing-model-ban over all fixtures: P=%.2f R=%.2f (%d found of %d expected, %d flagged)",
                total.precision(), total.recall(), tp, exp, det));
        assertTrue(total.recall() >= 0.9, "competing-model recall " + total.recall());
        assertTrue(total.precision() >= 0.8, "competing-model precision " + total.precision());
    }

    @Test
    void findsTheCompetingModelClauseInEveryOpenAiVersion() {
        List<String> openai = fixtures().stream().filter(f -> f.startsWith("openai-")).toList();
        assertEquals(4, openai.size());
        for (String f : openai) {
            List<DetectedClause> hits = DETECTOR.detect(Fixtures.read(f)).stream()
                    .filter(c -> c.has(Tag.COMPETING_MODEL_BAN)).toList();
            assertEquals(1, hits.size(), f + ": " + hits);
            assertTrue(hits.get(0).excerpt().contains("develop models that compete with OpenAI"), hits.get(0).excerpt());
        }
    }

    @Test
    void offsetsPointAtTheExcerptInTheText() {
        String text = Fixtures.read("openai-terms-of-service@2023-10-16.md");
        DetectedClause c = DETECTOR.detect(text).stream().filter(x -> x.has(Tag.COMPETING_MODEL_BAN)).findFirst()
                .orElseThrow();
        assertEquals(22, c.line());
        String passage = text.substring(c.startOffset(), c.endOffset());
        assertTrue(passage.startsWith("(iii) use output from the Services to develop models that compete"), passage);
        assertTrue(c.tags().containsAll(List.of(Tag.COMPETING_MODEL_BAN, Tag.REVERSE_ENGINEERING, Tag.SCRAPING)));
        assertEquals(Tag.COMPETING_MODEL_BAN, c.tags().get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "You may not use outputs to train any other large language model.                          | any-model-ban",
        "The model name must begin with \"Llama\" and you shall display \"Built with Llama\".        | naming-condition,attribution",
        "Model Derivatives include models created through distillation or synthetic data methods.   | derivative-definition",
        "Licensees above 700 million monthly active users must request a licence.                   | mau-threshold",
        "The Outputs may be used only for Research Purposes and non-commercial use.                 | non-commercial",
        "You must give recipients a copy of this Agreement.                                         | licence-copy",
        "You must include the use restrictions in an enforceable agreement with recipients.        | pass-through",
        "Abuse monitoring logs are retained for up to 30 days.                                      | retention",
        "Unless a Permitted Exception applies, you may not use Output to develop competing models.  | competing-model-ban,permitted-exception",
        "No building competing AI models except as expressly approved by Anthropic.                 | competing-model-ban,authorization-required",
        "We may use Content to provide, maintain, develop, and improve our Services.                | ",
        "A court of competent jurisdiction will decide.                                             | ",
        "You may not sell, or transfer API keys without our prior consent.                          | ",
        "You may not use data from the AI services to create, train or improve (directly or indirectly) any AI technology. | any-model-ban",
        "Customer shall not use Output to develop machine learning models or related AI technology. | any-model-ban",
        "You will not use the content as part of any machine learning or similar algorithmic activity. | any-model-ban",
        "Do not build products or services competitive with, similar to, or a substitute for ours. | competing-model-ban",
        "You must not engage in model extraction or stealing attacks.                               | reverse-engineering",
        "You may use the Outputs for training other models, such as by model distillation.          | output-use-permitted",
        "We do not use Your Data to train our artificial intelligence models.                       | ",
        "Output may not be a substitute for professional advice.                                   | ",
    })
    void suggestsTagsForTypicalClauses(String passage, String expectedIds) {
        Set<Tag> expected = EnumSet.noneOf(Tag.class);
        if (expectedIds != null) {
            for (String id : expectedIds.split(",")) {
                expected.add(Tag.parse(id).orElseThrow());
            }
        }
        assertEquals(expected, DETECTOR.tagsOf(passage));
    }

    @Test
    void hardWrappedParagraphsAreReadAsAWholeAndReportedWhereThePassageStarts() {
        String text = "1. Restrictions\n\nCustomer shall not use any Output generated by the Services to develop\n"
                + "models that compete with the Provider. Customer shall not attempt to reverse\n"
                + "engineer the Services or give access to third parties without consent.\n"
                + "Short title\n"
                + "Provider keeps prompts and outputs for thirty (30) days.\n";
        List<DetectedClause> found = DETECTOR.detect(text);
        assertEquals(List.of(3, 4, 7), found.stream().map(DetectedClause::line).toList(), found.toString());
        assertEquals(List.of(Tag.COMPETING_MODEL_BAN), found.get(0).tags());
        assertTrue(found.get(0).excerpt().endsWith("develop models that compete with the Provider."), found.get(0).excerpt());
        assertEquals(List.of(Tag.REVERSE_ENGINEERING), found.get(1).tags());
        assertEquals(List.of(Tag.RETENTION), found.get(2).tags());
    }

    @Test
    void aBanWrittenAsAListItemTakesItsNegationFromTheLeadIn() {
        String text = "You may not:\n\n* use Output to train other models;\n* share your password.\n\n"
                + "We use Output to train other models.\n";
        List<DetectedClause> found = DETECTOR.detect(text);
        assertEquals(List.of(3), found.stream().map(DetectedClause::line).toList(), found.toString());
        assertEquals(List.of(Tag.ANY_MODEL_BAN), found.get(0).tags());
    }

    @Test
    void blankTextHasNoClauses() {
        assertTrue(DETECTOR.detect("").isEmpty());
        assertTrue(DETECTOR.detect("\n\n  \n").isEmpty());
        assertFalse(DETECTOR.detect("line one\r\nDo not scrape the Services.\r\n").isEmpty());
        assertEquals(2, DETECTOR.detect("line one\r\nDo not scrape the Services.\r\n").get(0).line());
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path out = Path.of("target", "detector-metrics.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, REPORT, StandardCharsets.UTF_8);
    }
}
