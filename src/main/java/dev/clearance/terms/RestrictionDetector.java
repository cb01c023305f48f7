package dev.clearance.terms;

import dev.clearance.domain.terms.Tag;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the passages of a full terms text that restrict or permit using outputs (competing-model and
 * any-model bans, distillation, derivatives, naming and attribution, non-commercial limits, retention,
 * survival, reverse engineering, scraping …) and suggests tags from the fixed vocabulary.
 *
 * <p>It works line by line (a line of a terms file is a paragraph or a list item), splits each line into
 * sentences and enumerated items, and matches the phrases and patterns of its lexicon
 * ({@link RestrictionLexicon}, {@code assets/terms/lexicon.json}). It is a reviewer's aid: it suggests
 * where to look, it does not decide. Its recall, precision and flag rate on a development and a held-out set are
 * measured by {@code RestrictionDetectorTest}, {@code HeldOutEvaluationTest} and {@code bin/benchmark detector}.
 */
public final class RestrictionDetector {
    /** Longest excerpt shown, in characters. */
    public static final int MAX_EXCERPT = 240;
    /** Passages shorter than this (headings, enumerators) are joined to the next passage. */
    private static final int MIN_SEGMENT = 30;

    /**
     * Where a line splits into passages: after a sentence end, or before an enumerator such as "(iii)"
     * or "(b)" that follows a space. Chinese and Japanese sentences end at a full-width "。", "；", "！" or "？",
     * with or without a space after it, but not before a closing quote or bracket.
     */
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.;])\\s+(?=\\S)|\\s(?=\\((?:[ivx]{1,5}|[a-h])\\)\\s)"
            + "|(?<=[。；！？])\\s*(?=[^\\s。；！？”’」』）)])");

    /** A line at least this long (stripped) may be hard-wrapped and continue on the next line. */
    private static final int WRAPPED_LINE = 50;
    /**
     * Lines that start a new paragraph: list items, headings, numbered clauses, all-caps titles, items such as
     * "a) " or "a. ", and the full-width enumerators of Chinese texts ("（11）", "三、").
     */
    private static final Pattern ITEM_START = Pattern.compile(
            "\\s*(?:[*+-]\\s|#|\\d+(?:\\.\\d+)*\\\\?[.)]\\s|\\((?:[ivx]{1,5}|[a-z]|\\d{1,2})\\)\\s|[a-z][.)]\\s|[A-Z][A-Z ]{3,}$"
            + "|（(?:\\d{1,2}|[一二三四五六七八九十]{1,3})）|[一二三四五六七八九十]{1,3}、)");

    private final RestrictionLexicon lexicon;

    /** A detector with the shipped lexicon ({@code assets/terms/lexicon.json}). */
    public RestrictionDetector() {
        this(RestrictionLexicon.shipped());
    }

    public RestrictionDetector(RestrictionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Finds the restricting or permitting passages of {@code text}, at most one per line, in line order.
     * Hard-wrapped paragraphs are read as a whole, and a passage is reported on the line where it starts.
     */
    public List<DetectedClause> detect(String text) {
        // A sync or a diff reads the same few texts several times over (a version against the one before it,
        // then against the next): the last texts' results are kept.
        synchronized (recent) {
            List<DetectedClause> known = recent.get(text);
            if (known != null) {
                return known;
            }
        }
        List<DetectedClause> found = List.copyOf(detectAnew(text));
        synchronized (recent) {
            recent.put(text, found);
        }
        return found;
    }

    private final Map<String, List<DetectedClause>> recent = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<DetectedClause>> eldest) {
            return size() > 8;
        }
    };

    private List<DetectedClause> detectAnew(String text) {
        List<int[]> lines = lines(text);
        Map<Integer, Set<Tag>> tagsByLine = new TreeMap<>();
        Map<Integer, int[]> bestByLine = new TreeMap<>();
        Map<Integer, Tag> bestTagByLine = new TreeMap<>();
        // The lead-in of a list ("You may not:") whose items follow as paragraphs of their own: a ban
        // phrased as an item ("use Output to train other models") is a prohibition because of it.
        String leadIn = "";
        int i = 0;
        while (i < lines.size()) {
            if (isBlank(text, lines.get(i))) {
                i++;
                continue;
            }
            int first = i;
            boolean item = startsItem(text, lines.get(first));
            i++;
            // A line continues the paragraph only when the previous one looks hard-wrapped (long enough);
            // short lines are headings or titles of their own.
            while (i < lines.size() && !isBlank(text, lines.get(i)) && !startsItem(text, lines.get(i))
                    && text.substring(lines.get(i - 1)[0], lines.get(i - 1)[1]).strip().length() >= WRAPPED_LINE) {
                i++;
            }
            String paragraph = text.substring(lines.get(first)[0], lines.get(i - 1)[1]);
            if (!item) {
                leadIn = "";
            }
            int paragraphStart = lines.get(first)[0];
            for (int[] seg : segments(text, lines.get(first)[0], lines.get(i - 1)[1])) {
                String context = leadIn + " " + text.substring(paragraphStart, seg[0]);
                Set<Tag> tags = segmentTags(text.substring(seg[0], seg[1]), context);
                if (tags.isEmpty()) {
                    continue;
                }
                int lineNo = lineOf(lines, first, seg[0]) + 1;
                tagsByLine.computeIfAbsent(lineNo, k -> EnumSet.noneOf(Tag.class)).addAll(tags);
                Tag top = tags.iterator().next(); // EnumSet iterates in vocabulary order: most important first
                Tag best = bestTagByLine.get(lineNo);
                if (best == null || top.compareTo(best) < 0) {
                    bestTagByLine.put(lineNo, top);
                    bestByLine.put(lineNo, seg);
                }
            }
            if (endsLeadIn(paragraph)) {
                // A lead-in inside a list ("* including by:") nests in the one before it, which may hold the negation.
                leadIn = item ? leadIn + " " + paragraph : paragraph;
            }
        }
        List<DetectedClause> found = new ArrayList<>();
        for (var e : tagsByLine.entrySet()) {
            int[] seg = bestByLine.get(e.getKey());
            found.add(new DetectedClause(e.getKey(), seg[0], seg[1], List.copyOf(e.getValue()),
                    excerpt(text.substring(seg[0], seg[1]))));
        }
        return List.copyOf(found);
    }

    /** The tags the detector would suggest for a passage (a clause, a sentence, a paragraph). */
    public Set<Tag> tagsOf(String passage) {
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        for (int[] seg : segments(passage, 0, passage.length())) {
            tags.addAll(segmentTags(passage.substring(seg[0], seg[1]), passage.substring(0, seg[0])));
        }
        return tags;
    }

    /** Start and end (exclusive, without the line break) of every line. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (true) {
            int end = text.indexOf('\n', pos);
            int stop = end < 0 ? n : end;
            int lineEnd = stop > pos && text.charAt(stop - 1) == '\r' ? stop - 1 : stop;
            lines.add(new int[] {pos, lineEnd});
            if (end < 0) {
                return lines;
            }
            pos = end + 1;
        }
    }

    private static boolean isBlank(String text, int[] line) {
        for (int k = line[0]; k < line[1]; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /** A paragraph that ends in a colon (ASCII or full-width, before any closing emphasis) leads in a list. */
    private static boolean endsLeadIn(String paragraph) {
        String p = paragraph.strip().replaceAll("[*_\\s]+$", "");
        return p.endsWith(":") || p.endsWith("：");
    }

    /** Chinese, Japanese or Korean script, or full-width punctuation. */
    static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || (c >= '\u3000' && c <= '\u303F')
                || (c >= '\uFF00' && c <= '\uFFEF');
    }

    /** A list item, heading or numbered clause starts a new paragraph even without a blank line. */
    private static boolean startsItem(String text, int[] line) {
        return ITEM_START.matcher(text.substring(line[0], line[1])).lookingAt();
    }

    /** Index of the line (from {@code from} on) that contains {@code offset}. */
    private static int lineOf(List<int[]> lines, int from, int offset) {
        int k = from;
        while (k + 1 < lines.size() && lines.get(k + 1)[0] <= offset) {
            k++;
        }
        return k;
    }

    private static List<int[]> segments(String text, int start, int end) {
        List<int[]> segs = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text);
        m.region(start, end);
        int from = start;
        while (m.find()) {
            if (m.start() > from) {
                segs.add(trim(text, from, m.start()));
            }
            from = m.end();
        }
        if (from < end) {
            segs.add(trim(text, from, end));
        }
        // A short lead-in such as a bold heading ("Survival.") belongs to the sentence after it.
        List<int[]> merged = new ArrayList<>();
        int[] pending = null;
        for (int[] seg : segs) {
            int[] cur = pending == null ? seg : new int[] {pending[0], seg[1]};
            if (cur[1] - cur[0] < MIN_SEGMENT) {
                pending = cur;
            } else {
                merged.add(cur);
                pending = null;
            }
        }
        if (pending != null) {
            merged.add(pending);
        }
        return merged;
    }

    private static int[] trim(String text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        // Emphasis marks left at the end of a line ("服务。**" before a line break) belong to no passage: the
        // passage starts on the next line.
        int k = s;
        while (k < e && (text.charAt(k) == '*' || text.charAt(k) == '_')) {
            k++;
        }
        int w = k;
        boolean lineBreak = false;
        while (w < e && Character.isWhitespace(text.charAt(w))) {
            lineBreak |= text.charAt(w) == '\n';
            w++;
        }
        if (k > s && lineBreak) {
            s = w;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }

    /**
     * The tags of one passage. {@code context} is what precedes it in its paragraph, and the lead-in of the
     * list it belongs to: a ban phrased as an enumerated item ("(iii) use it to train models") takes its
     * negation from there.
     */
    private Set<Tag> segmentTags(String raw, String context) {
        // Collapse line breaks and runs of spaces so that hard-wrapped phrases still match.
        String s = normalise(raw).replaceAll("\\s+", " ");
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        Boolean prohibition = null;
        for (RestrictionLexicon.Entry e : lexicon.entries()) {
            if (e.role() == RestrictionLexicon.Role.QUALIFIER || !e.matches(s)) {
                continue;
            }
            if (e.onlyInProhibitions()) {
                if (prohibition == null) {
                    prohibition = lexicon.isProhibition(s) || lexicon.isProhibition(normalise(context));
                }
                if (!prohibition) {
                    continue;
                }
            }
            tags.add(e.tag());
        }
        boolean substantive = tags.stream().anyMatch(t -> lexicon.entry(t)
                .map(e -> e.role() == RestrictionLexicon.Role.SUBSTANTIVE).orElse(false));
        if (substantive) {
            for (RestrictionLexicon.Entry e : lexicon.entries()) {
                if (e.role() == RestrictionLexicon.Role.QUALIFIER && e.matches(s)) {
                    tags.add(e.tag());
                }
            }
        }
        return tags;
    }

    /** Lower-cases nothing (patterns ignore case) but unifies quotes and drops Markdown emphasis. */
    static String normalise(String s) {
        return s.replace('\u00A0', ' ').replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace("**", "").replace("__", "").replace("\\", "");
    }

    static String excerpt(String raw) {
        String s = normalise(raw).replaceAll("^[*+-]\\s+", "").replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("\\s+", " ").strip();
        if (s.length() > MAX_EXCERPT) {
            int cut = s.lastIndexOf(' ', MAX_EXCERPT - 1);
            s = s.substring(0, cut > MAX_EXCERPT / 2 ? cut : MAX_EXCERPT - 1) + "…";
        }
        return s;
    }
}
