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
 * sentences and enumerated items, and matches hand-written patterns. It is a reviewer's aid: it suggests
 * where to look, it does not decide. Its precision and recall on the shared fixtures are measured by
 * {@code RestrictionDetectorTest}.
 */
public final class RestrictionDetector {
    /** Longest excerpt shown, in characters. */
    public static final int MAX_EXCERPT = 240;
    /** Passages shorter than this (headings, enumerators) are joined to the next passage. */
    private static final int MIN_SEGMENT = 30;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String COMPETE = "compet(?:e|es|ing|itive|itor|itors)\\b";
    private static final String MODELS = "(?:ai|artificial intelligence|machine[- ]learning|ml|models?|model\\(s\\)|llms?"
            + "|(?:large )?language models?|ai technology|ai services?)\\b";
    private static final String NEGATION = "\\b(?:not|no|never|prohibit\\w*|may not|must not|shall not|cannot|don't"
            + "|won't|refrain|forbid\\w*|restrict\\w*)\\b";

    /** Patterns per tag; a passage gets the tag when any pattern is found in it. */
    private static final Map<Tag, List<Pattern>> RULES = Map.ofEntries(
            rule(Tag.COMPETING_MODEL_BAN,
                    "\\b(?:develop|build|create|train|improve|fine-tune|distil)\\w*\\b[^.;]{0,120}?\\b" + COMPETE,
                    "\\b" + COMPETE + "\\s+(?:with\\s+\\w+\\s+)?(?:ai\\s+|machine[- ]learning\\s+|ml\\s+)?"
                            + "(?:models?|products?|services?|offerings?)\\b",
                    "\\bsimilar to the services\\b"),
            rule(Tag.ANY_MODEL_BAN,
                    "\\b(?:train|improve|develop|create|build|fine-tune)\\w*\\b[^.;]{0,80}?\\b(?:any|other|another)\\b"
                            + "[^.;]{0,40}?\\b" + MODELS,
                    "\\bdistill?(?:ing|ation|ed|s)?\\b",
                    "\\bmodel scraping\\b"),
            rule(Tag.OUTPUT_USE_PERMITTED,
                    "\\bassign\\w*\\s+to\\s+you\\b[^.;]{0,120}?\\boutputs?\\b",
                    "\\b(?:you|customer)\\s+(?:are|is)\\s+the\\s+(?:sole\\s+)?owners?\\s+of\\b[^.;]{0,20}?\\boutputs?\\b",
                    "\\b(?:you|customer)\\b[^.;]{0,60}?\\bown(?:s)?\\s+(?:all\\s+)?(?:the\\s+)?outputs?\\b",
                    "\\b(?:you\\s+)?(?:can|may)\\s+use\\s+(?:content|outputs?)\\s+for\\s+any\\s+purpose",
                    "\\b(?:we|openai|licensor)\\s+(?:does|do)\\s+not\\s+claim\\b[^.;]{0,60}?\\boutputs?\\b"),
            rule(Tag.NAMING_CONDITION,
                    "\\bname\\w*\\b[^.;]{0,60}?\\b(?:begin|start)s?\\s+with\\b",
                    "\\bprimary name\\b"),
            rule(Tag.ATTRIBUTION,
                    "[\"']built with\\b",
                    "[\"']improved using\\b",
                    "\\bprominently display\\b"),
            rule(Tag.LICENCE_COPY,
                    "\\b(?:give|provide|include|accompan|distribut|furnish|deliver)\\w*\\b[^.;]{0,80}?\\bcopy of"
                            + " (?:this|the) (?:agreement|licen[cs]e)\\b"),
            rule(Tag.PASS_THROUGH,
                    "\\b(?:include|impose|pass|incorporat)\\w*\\b[^.;]{0,80}?\\b(?:use restrictions|same restrictions"
                            + "|these restrictions)\\b",
                    "\\benforceable agreement\\b"),
            rule(Tag.DERIVATIVE_DEFINITION,
                    "[\"']?(?:model )?derivatives?[\"']?\\s+(?:means|shall mean|include|includes)\\b",
                    "\\bderivative\\w*\\b[^.;]{0,120}?\\b(?:distillation|synthetic data|transfer of patterns)\\b"),
            rule(Tag.NON_COMMERCIAL,
                    "\\bnon-?commercial\\b",
                    "\\bresearch purposes\\b",
                    "\\bnon-?production\\b"),
            rule(Tag.MAU_THRESHOLD,
                    "\\bmonthly active users\\b",
                    "\\bMAU\\b"),
            rule(Tag.PERMITTED_EXCEPTION,
                    "\\bpermitted exceptions?\\b",
                    "\\bhowever,?\\s+you\\s+(?:can|may)\\s+use\\s+outputs?\\b"),
            rule(Tag.AUTHORIZATION_REQUIRED,
                    "\\b(?:prior|express|written)\\s+(?:written\\s+)?(?:authori[sz]ation|approval|consent|permission)\\b",
                    "\\bwithout\\b[^.;]{0,30}?\\b(?:authori[sz]ation|permission)\\b",
                    "\\b(?:unless|except as)\\b[^.;]{0,30}?\\b(?:expressly\\s+)?(?:approved|authori[sz]ed)\\b"),
            rule(Tag.RETENTION,
                    "\\b(?:retain\\w*|retention|stor(?:e|es|ed|ing)|keeps?|kept|preserv\\w*|log(?:s|ged)?)\\b[^.;]{0,80}?\\b"
                            + "(?:\\d+|thirty|sixty|ninety)\\s*(?:\\(\\d+\\)\\s*)?days?\\b",
                    "\\bzero data retention\\b",
                    "\\bdata retention\\b"),
            rule(Tag.SURVIVAL,
                    "\\bsurviv\\w*"),
            rule(Tag.REVERSE_ENGINEERING,
                    "\\breverse[- ]?engineer\\w*",
                    "\\bdecompil\\w*",
                    "\\breverse (?:assemble|compile)\\b",
                    "\\bdisassembl\\w*",
                    "\\bmodel (?:extraction|stealing)\\b",
                    "\\b(?:extract|replicat)\\w*\\b[^.;]{0,60}?\\b(?:weights|parameters)\\b"),
            rule(Tag.SCRAPING,
                    "\\bscrap(?:e|es|ed|ing)\\b",
                    "\\bweb harvesting\\b",
                    "\\b(?:automatic|automated|programmatic)\\w*\\b[^.;]{0,40}?\\bextract\\w*",
                    "\\bsystematically collect\\w*"));

    /** Tags that only count when the passage also carries a substantive output-use tag. */
    private static final Set<Tag> QUALIFIERS = EnumSet.of(Tag.AUTHORIZATION_REQUIRED, Tag.PERMITTED_EXCEPTION);
    private static final Set<Tag> SUBSTANTIVE = EnumSet.of(Tag.COMPETING_MODEL_BAN, Tag.ANY_MODEL_BAN,
            Tag.NAMING_CONDITION, Tag.MAU_THRESHOLD, Tag.RETENTION, Tag.NON_COMMERCIAL);
    /** Bans only count in a prohibition (not in "we may use your content to improve our services"). */
    private static final Set<Tag> NEED_NEGATION = EnumSet.of(Tag.ANY_MODEL_BAN);
    private static final Pattern NEGATION_PATTERN = Pattern.compile(NEGATION, FLAGS);

    /**
     * Where a line splits into passages: after a sentence end, or before an enumerator such as "(iii)"
     * or "(b)" that follows a space.
     */
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.;])\\s+(?=\\S)|\\s(?=\\((?:[ivx]{1,5}|[a-h])\\)\\s)");

    /** A line at least this long (stripped) may be hard-wrapped and continue on the next line. */
    private static final int WRAPPED_LINE = 50;
    /** Lines that start a new paragraph: list items, headings, numbered clauses, all-caps titles. */
    private static final Pattern ITEM_START = Pattern.compile(
            "\\s*(?:[*+-]\\s|#|\\d+(?:\\.\\d+)*\\\\?[.)]\\s|\\((?:[ivx]{1,5}|[a-z]|\\d{1,2})\\)\\s|[A-Z][A-Z ]{3,}$)");

    private static Map.Entry<Tag, List<Pattern>> rule(Tag tag, String... regexes) {
        List<Pattern> ps = new ArrayList<>();
        for (String r : regexes) {
            ps.add(Pattern.compile(r, FLAGS));
        }
        return Map.entry(tag, List.copyOf(ps));
    }

    /**
     * Finds the restricting or permitting passages of {@code text}, at most one per line, in line order.
     * Hard-wrapped paragraphs are read as a whole, and a passage is reported on the line where it starts.
     */
    public List<DetectedClause> detect(String text) {
        List<int[]> lines = lines(text);
        Map<Integer, Set<Tag>> tagsByLine = new TreeMap<>();
        Map<Integer, int[]> bestByLine = new TreeMap<>();
        Map<Integer, Tag> bestTagByLine = new TreeMap<>();
        int i = 0;
        while (i < lines.size()) {
            if (isBlank(text, lines.get(i))) {
                i++;
                continue;
            }
            int first = i;
            i++;
            // A line continues the paragraph only when the previous one looks hard-wrapped (long enough);
            // short lines are headings or titles of their own.
            while (i < lines.size() && !isBlank(text, lines.get(i)) && !startsItem(text, lines.get(i))
                    && text.substring(lines.get(i - 1)[0], lines.get(i - 1)[1]).strip().length() >= WRAPPED_LINE) {
                i++;
            }
            for (int[] seg : segments(text, lines.get(first)[0], lines.get(i - 1)[1])) {
                Set<Tag> tags = segmentTags(text.substring(seg[0], seg[1]));
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
            tags.addAll(segmentTags(passage.substring(seg[0], seg[1])));
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
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }

    private static Set<Tag> segmentTags(String raw) {
        // Collapse line breaks and runs of spaces so that hard-wrapped phrases still match.
        String s = normalise(raw).replaceAll("\\s+", " ");
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        for (Tag tag : Tag.values()) {
            List<Pattern> ps = RULES.get(tag);
            if (ps == null || QUALIFIERS.contains(tag)) {
                continue;
            }
            if (ps.stream().anyMatch(p -> p.matcher(s).find())
                    && (!NEED_NEGATION.contains(tag) || NEGATION_PATTERN.matcher(s).find())) {
                tags.add(tag);
            }
        }
        if (tags.stream().anyMatch(SUBSTANTIVE::contains)) {
            for (Tag q : QUALIFIERS) {
                if (RULES.get(q).stream().anyMatch(p -> p.matcher(s).find())) {
                    tags.add(q);
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
