package dev.clearance.terms;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.domain.terms.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The restriction detector's lexicon ({@code assets/terms/lexicon.json}): per tag, the phrases and patterns
 * that mark a passage, the tag's role, and the words of a prohibition. The file's {@code about} field
 * documents the format. A broken file fails fast with the file, the JSON path and the problem.
 */
public final class RestrictionLexicon {
    public static final String RESOURCE = "/assets/terms/lexicon.json";
    public static final int SCHEMA_VERSION = 1;

    /** How a tag counts in a passage. */
    public enum Role {
        /** Counts on its own and lets qualifiers count. */
        SUBSTANTIVE,
        /** Counts on its own. */
        STANDALONE,
        /** Counts only in a passage that also has a substantive tag. */
        QUALIFIER;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Role> parse(String s) {
            for (Role r : values()) {
                if (r.id().equals(s)) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }

    /** The compiled entry of one tag. */
    public record Entry(Tag tag, Role role, boolean onlyInProhibitions, List<Pattern> patterns) {
        public boolean matches(String passage) {
            return patterns.stream().anyMatch(p -> p.matcher(passage).find());
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Set<String> TOP = Set.of("schemaVersion", "about", "fragments", "negation", "tags");
    private static final Set<String> FRAGMENT = Set.of("description", "pattern");
    private static final Set<String> NEGATION = Set.of("description", "phrases", "patterns");
    private static final Set<String> TAG = Set.of("description", "role", "onlyInProhibitions", "phrases", "patterns");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9-]*)}");

    private static volatile RestrictionLexicon shipped;

    private final Map<Tag, Entry> entries;
    private final List<Pattern> negation;

    private RestrictionLexicon(Map<Tag, Entry> entries, List<Pattern> negation) {
        this.entries = Collections.unmodifiableMap(entries);
        this.negation = List.copyOf(negation);
    }

    /** The lexicon shipped inside the application, read once. */
    public static RestrictionLexicon shipped() {
        RestrictionLexicon l = shipped;
        if (l == null) {
            synchronized (RestrictionLexicon.class) {
                if (shipped == null) {
                    shipped = loadShipped();
                }
                l = shipped;
            }
        }
        return l;
    }

    /** Reads and validates the shipped lexicon. */
    public static RestrictionLexicon loadShipped() {
        try (InputStream in = RestrictionLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new TermsDataException(RESOURCE + ": not found on the classpath; the build did not pack assets/");
            }
            return load(in, "assets/terms/lexicon.json");
        } catch (IOException e) {
            throw new TermsDataException(RESOURCE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Parses and validates a lexicon.
     *
     * @param source name used in error messages (a file name)
     */
    public static RestrictionLexicon load(InputStream in, String source) {
        JsonNode root = JsonFields.readVersionedObject(in, source, TOP, SCHEMA_VERSION);
        JsonFields f = new JsonFields(source);
        Map<String, String> fragments = new LinkedHashMap<>();
        JsonNode frags = root.get("fragments");
        if (frags != null) {
            if (!frags.isObject()) {
                throw f.error("$.fragments", "must be an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = frags.fields(); it.hasNext(); ) {
                var e = it.next();
                String path = "$.fragments." + e.getKey();
                if (!REFERENCE.matcher("${" + e.getKey() + "}").matches()) {
                    throw f.error(path, "a fragment name is letters, digits and hyphens");
                }
                if (!e.getValue().isObject()) {
                    throw f.error(path, "must be an object");
                }
                f.onlyKnown(e.getValue(), path, FRAGMENT);
                String pattern = f.text(e.getValue(), path, "pattern");
                if (REFERENCE.matcher(pattern).find()) {
                    throw f.error(path + ".pattern", "a fragment may not use other fragments");
                }
                compile(f, path + ".pattern", pattern);
                fragments.put(e.getKey(), pattern);
            }
        }
        JsonNode neg = f.object(root, "$", "negation");
        f.onlyKnown(neg, "$.negation", NEGATION);
        List<Pattern> negation = patterns(f, neg, "$.negation", fragments);

        JsonNode tags = f.object(root, "$", "tags");
        Map<Tag, Entry> entries = new EnumMap<>(Tag.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = tags.fields(); it.hasNext(); ) {
            var e = it.next();
            String path = "$.tags." + e.getKey();
            Tag tag = Tag.parse(e.getKey()).orElseThrow(() -> f.error(path, "'" + e.getKey()
                    + "' is not a tag; expected one of " + Tag.ids()));
            JsonNode n = e.getValue();
            if (!n.isObject()) {
                throw f.error(path, "must be an object");
            }
            f.onlyKnown(n, path, TAG);
            f.optText(n, path, "description");
            Role role = f.enumValue(n, path, "role", Role::parse,
                    java.util.Arrays.stream(Role.values()).map(Role::id).toList());
            boolean onlyInProhibitions = f.optBool(n, path, "onlyInProhibitions");
            entries.put(tag, new Entry(tag, role, onlyInProhibitions, patterns(f, n, path, fragments)));
        }
        if (entries.isEmpty()) {
            throw f.error("$.tags", "must name at least one tag");
        }
        return new RestrictionLexicon(entries, negation);
    }

    /** The entries in vocabulary order (most important tag first). */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<Entry> entry(Tag tag) {
        return Optional.ofNullable(entries.get(tag));
    }

    /** Whether a passage reads as a prohibition or restriction. */
    public boolean isProhibition(String passage) {
        return negation.stream().anyMatch(p -> p.matcher(passage).find());
    }

    private static List<Pattern> patterns(JsonFields f, JsonNode n, String path, Map<String, String> fragments) {
        List<Pattern> out = new ArrayList<>();
        List<String> phrases = f.strings(n, path, "phrases", false);
        for (int i = 0; i < phrases.size(); i++) {
            out.add(compile(f, path + ".phrases[" + i + "]", phraseRegex(phrases.get(i))));
        }
        List<String> regexes = f.strings(n, path, "patterns", false);
        for (int i = 0; i < regexes.size(); i++) {
            out.add(compile(f, path + ".patterns[" + i + "]", expand(f, path + ".patterns[" + i + "]",
                    regexes.get(i), fragments)));
        }
        if (out.isEmpty()) {
            throw f.error(path, "needs at least one entry in 'phrases' or 'patterns'");
        }
        return out;
    }

    /**
     * A phrase as a regular expression: whole words, case-insensitive; a space also matches a hyphen or a
     * line break, and a trailing {@code *} stands for any word ending. A phrase that begins or ends in Chinese
     * or Japanese script is not bounded at that end (those scripts have no spaces between words).
     */
    static String phraseRegex(String phrase) {
        boolean stem = phrase.endsWith("*");
        String p = stem ? phrase.substring(0, phrase.length() - 1) : phrase;
        StringBuilder sb = new StringBuilder();
        if (wordChar(p.charAt(0))) {
            sb.append("\\b");
        }
        String[] words = p.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                sb.append("[\\s-]+");
            }
            sb.append(Pattern.quote(words[i]));
        }
        if (stem) {
            sb.append("\\w*");
        } else if (wordChar(p.charAt(p.length() - 1))) {
            sb.append("\\b");
        }
        return sb.toString();
    }

    /**
     * Whether a phrase that begins or ends with this character is matched as a whole word. Chinese and Japanese
     * are written without spaces, so a phrase in them ("反向工程") matches wherever it stands.
     */
    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) && !RestrictionDetector.isCjk(c);
    }

    private static String expand(JsonFields f, String path, String regex, Map<String, String> fragments) {
        Matcher m = REFERENCE.matcher(regex);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String body = fragments.get(m.group(1));
            if (body == null) {
                throw f.error(path, "uses the unknown fragment ${" + m.group(1) + "}; known: " + fragments.keySet());
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(body));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Pattern compile(JsonFields f, String path, String regex) {
        try {
            return Pattern.compile(regex, FLAGS);
        } catch (PatternSyntaxException e) {
            throw f.error(path, "not a valid regular expression: " + e.getDescription() + " near index " + e.getIndex());
        }
    }
}
