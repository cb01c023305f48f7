package dev.clearance.terms;

import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsVersion;
import dev.clearance.testing.TestTermsTexts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Scores the restriction detector line by line against hand-labelled texts: the development set (the
 * terms-version fixtures with {@code detector-expected}), the held-out set ({@code detector-eval}, never
 * used for tuning) and the catalog set (the shipped catalog's own texts, whose clauses with a training tag,
 * {@link #CATALOG_TAGS}, are the labelled passages; a second development set). Used by
 * {@code RestrictionDetectorTest}, {@code HeldOutEvaluationTest}, {@code CatalogDetectorEvaluationTest} and
 * {@code bin/benchmark detector}.
 */
public final class DetectorEvaluation {
    /** One labelled text. */
    public record Case(String name, String text, Set<Integer> labelled) {
    }

    /**
     * The labelled passages of the catalog set: clauses with one of these tags. A quote counts as found when a
     * passage the detector flags with at least one of them is reported on a line the quote covers or overlaps
     * the quote.
     */
    public static final Set<Tag> CATALOG_TAGS = EnumSet.of(Tag.COMPETING_MODEL_BAN, Tag.ANY_MODEL_BAN,
            Tag.NAMING_CONDITION, Tag.DERIVATIVE_DEFINITION, Tag.NON_COMMERCIAL, Tag.PASS_THROUGH);

    /** A labelled quote of a catalog text: the clause id and its span in chars, {@code [start, end)}. */
    public record Quote(String clauseId, int start, int end) {
    }

    /** One catalog version: its recorded text and the quotes of its clauses with a {@link #CATALOG_TAGS} tag. */
    public record CatalogCase(String name, String text, List<Quote> quotes) {
    }

    /**
     * The score of one text or of a whole set. {@code labelled} and {@code truePositives} count labelled lines
     * (catalog set: quotes) and those found; {@code flagged} counts every flagged line (the flag rate);
     * precision is {@code correctFlags / precisionBase}, the flagged lines that are labelled among the flagged
     * lines that count (on the line sets all flagged lines; on the catalog set those with a
     * {@link #CATALOG_TAGS} tag, and a line is correct when it holds or starts a labelled quote).
     */
    public record Score(String name, int labelled, int flagged, int truePositives, long nonBlankLines,
                        List<String> missed, int precisionBase, int correctFlags) {
        public Score(String name, int labelled, int flagged, int truePositives, long nonBlankLines,
                     List<String> missed) {
            this(name, labelled, flagged, truePositives, nonBlankLines, missed, flagged, truePositives);
        }

        public double recall() {
            return labelled == 0 ? 1.0 : (double) truePositives / labelled;
        }

        public double precision() {
            return precisionBase == 0 ? 1.0 : (double) correctFlags / precisionBase;
        }

        public double flagRate() {
            return nonBlankLines == 0 ? 0.0 : (double) flagged / nonBlankLines;
        }

        public String row() {
            return String.format("%-54s %8d %8d %4d  %6s %9s %6.1f%%  %s", name, labelled, flagged, truePositives,
                    labelled == 0 ? "-" : String.format("%.2f", recall()),
                    precisionBase == 0 ? "-" : String.format("%.2f", precision()), 100 * flagRate(),
                    missed.isEmpty() ? "" : "missed " + missed);
        }

        /** The figures in one line, for failure messages. */
        public String summary() {
            return String.format("%s: recall %d/%d = %.2f, precision %d/%d = %.2f, flagged %d of %d lines = %.1f %%",
                    name, truePositives, labelled, recall(), correctFlags, precisionBase, precision(), flagged,
                    nonBlankLines, 100 * flagRate());
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
        List<String> missed = c.labelled().stream().filter(l -> !flagged.contains(l)).sorted().map(String::valueOf)
                .toList();
        long nonBlank = c.text().lines().filter(l -> !l.isBlank()).count();
        return new Score(c.name(), c.labelled().size(), flagged.size(), tp, nonBlank, missed);
    }

    public static Score total(String name, List<Score> scores) {
        return new Score(name, scores.stream().mapToInt(Score::labelled).sum(),
                scores.stream().mapToInt(Score::flagged).sum(), scores.stream().mapToInt(Score::truePositives).sum(),
                scores.stream().mapToLong(Score::nonBlankLines).sum(), List.of(),
                scores.stream().mapToInt(Score::precisionBase).sum(), scores.stream().mapToInt(Score::correctFlags).sum());
    }

    /**
     * The catalog set: every version of the shipped catalog, its recorded text ({@code assets/terms/texts}) and
     * the anchored quotes of its clauses tagged with one of {@link #CATALOG_TAGS}.
     */
    public static List<CatalogCase> catalogSet() {
        TermsCatalog catalog = TermsCatalog.loadShipped();
        List<CatalogCase> cases = new ArrayList<>();
        for (TermsVersion v : catalog.documents().stream().flatMap(d -> d.versions().stream()).toList()) {
            String text = catalog.text(v.ref()).orElseThrow(() -> new IllegalStateException(v.ref() + ": no text"));
            List<Quote> quotes = new ArrayList<>();
            for (Clause c : v.clauses()) {
                if (c.tags().stream().noneMatch(CATALOG_TAGS::contains)) {
                    continue;
                }
                Clause.TextSpan a = c.anchored().orElseThrow(() -> new IllegalStateException(v.ref() + " " + c.id()
                        + ": quote not anchored"));
                quotes.add(new Quote(c.id(), text.offsetByCodePoints(0, a.start()), text.offsetByCodePoints(0, a.end())));
            }
            String name = v.provenance().map(p -> p.textFile()).filter(n -> !n.isEmpty())
                    .orElse(v.ref().documentId() + "@" + v.ref().effectiveOn());
            cases.add(new CatalogCase(name, text, List.copyOf(quotes)));
        }
        return cases;
    }

    public static Score score(RestrictionDetector detector, CatalogCase c) {
        int[] lineStarts = lineStarts(c.text());
        List<DetectedClause> found = detector.detect(c.text());
        List<DetectedClause> relevant = found.stream()
                .filter(d -> d.tags().stream().anyMatch(CATALOG_TAGS::contains)).toList();
        int hits = 0;
        List<String> missed = new ArrayList<>();
        Set<Integer> correctLines = new TreeSet<>();
        for (Quote q : c.quotes()) {
            int firstLine = lineAt(lineStarts, q.start());
            int lastLine = lineAt(lineStarts, Math.max(q.start(), q.end() - 1));
            boolean hit = false;
            for (DetectedClause d : relevant) {
                boolean onLine = d.line() >= firstLine && d.line() <= lastLine;
                boolean overlaps = d.startOffset() < q.end() && q.start() < d.endOffset();
                if (onLine || overlaps) {
                    hit = true;
                    correctLines.add(d.line());
                }
            }
            if (hit) {
                hits++;
            } else {
                missed.add(q.clauseId() + "@" + firstLine);
            }
        }
        long nonBlank = c.text().lines().filter(l -> !l.isBlank()).count();
        return new Score(c.name(), c.quotes().size(), found.size(), hits, nonBlank, List.copyOf(missed),
                relevant.size(), correctLines.size());
    }

    /** Start offset of every line. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 1-based line of an offset. */
    private static int lineAt(int[] lineStarts, int offset) {
        int k = java.util.Arrays.binarySearch(lineStarts, offset);
        return (k >= 0 ? k : -k - 2) + 1;
    }

    public static final String CATALOG_HEADER = String.format("%-54s %8s %8s %4s  %6s %9s %7s", "text", "quotes",
            "flagged", "hit", "recall", "precision", "flagged");

    /** The sets {@link #report(RestrictionDetector, Set)} can print. */
    public static final Set<String> SETS = Set.of("dev", "held-out", "catalog");

    /** The report printed by {@code bin/benchmark detector}: per text and total, for the three sets. */
    public static List<String> report(RestrictionDetector detector) {
        return report(detector, SETS);
    }

    /**
     * The report for some of the sets ({@code dev}, {@code held-out}, {@code catalog}): tuning on the development
     * sets need not print the held-out figures.
     */
    public static List<String> report(RestrictionDetector detector, Set<String> sets) {
        List<String> out = new ArrayList<>();
        if (sets.contains("dev")) {
            List<Score> dev = developmentSet().stream().map(c -> score(detector, c)).toList();
            section(out, "development set (terms-versions, detector-expected)", HEADER, dev);
        }
        if (sets.contains("held-out")) {
            List<Score> heldOut = heldOutSet().stream().map(c -> score(detector, c)).toList();
            section(out, "held-out set (detector-eval; targets over the set: recall >= 0.95, flagged <= 10 %;"
                    + " a single text's flag rate is reported, not a target)", HEADER, heldOut);
        }
        if (sets.contains("catalog")) {
            List<Score> cat = catalogSet().stream().map(c -> score(detector, c)).toList();
            section(out, "catalog set (assets/terms/texts; labelled: quotes of clauses tagged " + CATALOG_TAGS.stream()
                    .map(Tag::id).toList() + "; precision over lines flagged with one of those tags)", CATALOG_HEADER, cat);
        }
        return out;
    }

    private static void section(List<String> out, String title, String header, List<Score> scores) {
        out.add(title);
        out.add(header);
        scores.forEach(s -> out.add(s.row()));
        out.add(total("TOTAL", scores).row());
        out.add("");
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
