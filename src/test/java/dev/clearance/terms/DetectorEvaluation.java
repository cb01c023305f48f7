package dev.clearance.terms;

import dev.clearance.testing.TestTermsTexts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Scores the restriction detector line by line against hand-labelled texts: the development set (the
 * terms-version fixtures with {@code detector-expected}) and the held-out set ({@code detector-eval}, never
 * used for tuning). Used by {@code RestrictionDetectorTest}, {@code HeldOutEvaluationTest} and
 * {@code bin/benchmark detector}.
 */
public final class DetectorEvaluation {
    /** One labelled text. */
    public record Case(String name, String text, Set<Integer> labelled) {
    }

    /** The score of one text or of a whole set. */
    public record Score(String name, int labelled, int flagged, int truePositives, long nonBlankLines,
                        List<Integer> missed) {
        public double recall() {
            return labelled == 0 ? 1.0 : (double) truePositives / labelled;
        }

        public double precision() {
            return flagged == 0 ? 1.0 : (double) truePositives / flagged;
        }

        public double flagRate() {
            return nonBlankLines == 0 ? 0.0 : (double) flagged / nonBlankLines;
        }

        public String row() {
            return String.format("%-54s %8d %8d %4d  %6s %9s %6.1f%%  %s", name, labelled, flagged, truePositives,
                    labelled == 0 ? "-" : String.format("%.2f", recall()),
                    flagged == 0 ? "-" : String.format("%.2f", precision()), 100 * flagRate(),
                    missed.isEmpty() ? "" : "missed " + missed);
        }
    }

    public static final String HEADER = String.format("%-54s %8s %8s %4s  %6s %9s %7s", "text", "labelled",
            "flagged", "hit", "recall", "precision", "flagged");

    private DetectorEvaluation() {
    }

    /** The development set: every terms-version fixture with the lines of its {@code detector-expected} file. */
    public static List<Case> developmentSet() {
        List<Case> cases = new ArrayList<>();
        for (Path p : list(TestTermsTexts.dir(), n -> n.endsWith(".md") && n.contains("@"))) {
            String name = p.getFileName().toString();
            Path labels = resourceDir("/detector-expected").resolve(name.replace(".md", ".txt"));
            cases.add(new Case(name, read(p), labelledLines(labels)));
        }
        return cases;
    }

    /** The held-out set: every text in {@code detector-eval} with its {@code .expected} file. */
    public static List<Case> heldOutSet() {
        Path dir = resourceDir("/detector-eval");
        List<Case> cases = new ArrayList<>();
        for (Path p : list(dir, n -> (n.endsWith(".md") || n.endsWith(".txt")) && n.contains("@"))) {
            String name = p.getFileName().toString();
            Path labels = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected");
            cases.add(new Case(name, read(p), labelledLines(labels)));
        }
        return cases;
    }

    public static Score score(RestrictionDetector detector, Case c) {
        Set<Integer> flagged = new TreeSet<>();
        for (DetectedClause d : detector.detect(c.text())) {
            flagged.add(d.line());
        }
        int tp = (int) flagged.stream().filter(c.labelled()::contains).count();
        List<Integer> missed = c.labelled().stream().filter(l -> !flagged.contains(l)).sorted().toList();
        long nonBlank = c.text().lines().filter(l -> !l.isBlank()).count();
        return new Score(c.name(), c.labelled().size(), flagged.size(), tp, nonBlank, missed);
    }

    public static Score total(String name, List<Score> scores) {
        return new Score(name, scores.stream().mapToInt(Score::labelled).sum(),
                scores.stream().mapToInt(Score::flagged).sum(), scores.stream().mapToInt(Score::truePositives).sum(),
                scores.stream().mapToLong(Score::nonBlankLines).sum(), List.of());
    }

    /** The report printed by {@code bin/benchmark detector}: per text and total, for both sets. */
    public static List<String> report(RestrictionDetector detector) {
        List<String> out = new ArrayList<>();
        for (var set : List.of(Set.of("development set (terms-versions, detector-expected)"),
                Set.of("held-out set (detector-eval)"))) {
            String title = set.iterator().next();
            List<Case> cases = title.startsWith("development") ? developmentSet() : heldOutSet();
            List<Score> scores = cases.stream().map(c -> score(detector, c)).toList();
            out.add(title);
            out.add(HEADER);
            scores.forEach(s -> out.add(s.row()));
            out.add(total("TOTAL", scores).row());
            out.add("");
        }
        return out;
    }

    /** 1-based line numbers of a labels file: the first number on each line, {@code #} starts a comment. */
    static Set<Integer> labelledLines(Path labels) {
        if (!Files.isRegularFile(labels)) {
            throw new IllegalStateException("no labels file " + labels);
        }
        Set<Integer> lines = new TreeSet<>();
        for (String raw : read(labels).split("\n")) {
            String line = raw.replaceAll("#.*", "").strip();
            if (!line.isEmpty()) {
                lines.add(Integer.parseInt(line.split("\\s+")[0]));
            }
        }
        return lines;
    }

    static Path resourceDir(String resource) {
        URL url = DetectorEvaluation.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " not found on the test classpath (src/test/resources)");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Bad classpath location " + url, e);
        }
    }

    private static List<Path> list(Path dir, java.util.function.Predicate<String> name) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> name.test(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
