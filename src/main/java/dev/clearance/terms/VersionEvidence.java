package dev.clearance.terms;

import dev.clearance.domain.Digests;
import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.Provenance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks what a catalog version rests on while the catalog loads: the recorded text and its provenance, the
 * quotes of its clauses (found word for word in that text, and anchored there), and the clauses each fact
 * cites. Any gap fails the load with the file, the JSON path and what is missing.
 */
final class VersionEvidence {
    private static final Set<String> SOURCE = Set.of("repository", "url", "path", "commit", "recordedOn", "effective",
            "sha256", "text", "secondHand");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");
    private static final Pattern TEXT_FILE = Pattern.compile("[a-z0-9][a-z0-9.-]*@\\d{4}-\\d{2}-\\d{2}\\.(md|txt)");
    /** Facts that need no citation: the version's overall confidence, and the citations themselves. */
    private static final Set<String> UNCITED = Set.of("confidence", "cites");

    private final JsonFields f;
    private final RecordedTexts texts;
    /** The texts verified so far, by file name: the catalog keeps them rather than read them again. */
    private final Map<String, String> verified = new LinkedHashMap<>();

    VersionEvidence(JsonFields f, RecordedTexts texts) {
        this.f = f;
        this.texts = texts;
    }

    /** The recorded text of one version, with a locator for its quotes. */
    record Recorded(Provenance provenance, QuoteLocator locator, JsonFields f) {
        Clause.TextSpan anchor(String quote, String path) {
            return locator.find(quote).orElseThrow(() -> f.error(path, "not found word for word in the recorded text "
                    + provenance.textFile() + ": \"" + Excerpt.of(quote) + "\""));
        }
    }

    Recorded source(JsonNode version, String path, LocalDate effective, String dateBasis) {
        String sp = path + ".source";
        JsonNode s = version.get("source");
        if (s == null || !s.isObject()) {
            throw f.error(sp, s == null ? "missing: every version rests on a recorded text (repository or url, path,"
                    + " commit, recordedOn, effective, sha256, text)" : "must be an object");
        }
        f.onlyKnown(s, sp, SOURCE);
        boolean hasRepo = s.has("repository");
        if (hasRepo == s.has("url")) {
            throw f.error(sp, "name either a repository (with path and commit) or a url");
        }
        String repository = "";
        String url = "";
        String filePath = "";
        String commit = "";
        if (hasRepo) {
            repository = f.text(s, sp, "repository");
            if (!REPOSITORY.matcher(repository).matches()) {
                throw f.error(sp + ".repository", "'" + repository + "' is not owner/name");
            }
            filePath = f.text(s, sp, "path");
            commit = f.text(s, sp, "commit");
            if (!COMMIT.matcher(commit).matches()) {
                throw f.error(sp + ".commit", "'" + commit + "' is not a 40-digit lower-case hex commit id");
            }
        } else {
            url = f.text(s, sp, "url");
            if (!url.startsWith("https://")) {
                throw f.error(sp + ".url", "'" + url + "' must be an https:// address");
            }
            filePath = f.optText(s, sp, "path");
        }
        LocalDate recordedOn = f.date(s, sp, "recordedOn");
        LocalDate stated = s.hasNonNull("effective") ? f.date(s, sp, "effective") : null;
        if (!s.has("effective")) {
            throw f.error(sp + ".effective", "missing: the effective date the text states, or null when it states none");
        }
        if ("effective".equals(dateBasis) && !effective.equals(stated)) {
            throw f.error(path + ".dateBasis", "'effective' but the text's stated effective date is " + stated
                    + ", not " + effective);
        }
        if ("recorded".equals(dateBasis) && !effective.equals(recordedOn)) {
            throw f.error(path + ".dateBasis", "'recorded' but the text was recorded on " + recordedOn + ", not "
                    + effective);
        }
        String sha = f.text(s, sp, "sha256");
        if (!SHA256.matcher(sha).matches()) {
            throw f.error(sp + ".sha256", "must be 64 lower-case hex digits");
        }
        String file = f.text(s, sp, "text");
        if (!TEXT_FILE.matcher(file).matches()) {
            throw f.error(sp + ".text", "'" + file + "' is not a text file name like document-id@YYYY-MM-DD.md");
        }
        byte[] bytes = texts.bytes(file).orElseThrow(() -> f.error(sp + ".text", "the recorded text " + file
                + " is missing from assets/terms/texts/"));
        String actual = Digests.sha256Hex(bytes);
        if (!actual.equals(sha)) {
            throw f.error(sp + ".sha256", file + " has SHA-256 " + actual + ", not " + sha
                    + ": the text changed since it was catalogued");
        }
        String text;
        try {
            text = RecordedTexts.decode(bytes);
        } catch (TermsDataException e) {
            throw f.error(sp + ".text", file + " is not valid UTF-8");
        }
        boolean secondHand = f.optBool(s, sp, "secondHand");
        Provenance p = new Provenance(repository, url, filePath, commit, recordedOn, stated, sha, file, secondHand);
        verified.put(file, text);
        return new Recorded(p, new QuoteLocator(text), f);
    }

    /**
     * The clause ids each stated fact cites. Every fact with a value other than its default (false, none,
     * all outputs, survival not stated) must cite at least one clause of the version, and {@code regime} always.
     */
    /** Every text verified by {@link #source}, by file name. */
    Map<String, String> verifiedTexts() {
        return verified;
    }

    Map<String, List<String>> citations(JsonNode facts, String path, List<Clause> clauses) {
        Set<String> ids = clauses.stream().map(Clause::id).collect(Collectors.toSet());
        if (ids.size() != clauses.size()) {
            throw f.error(path.replace(".facts", ".clauses"), "clause ids must be unique within a version");
        }
        JsonNode cites = facts.get("cites");
        String cp = path + ".cites";
        if (cites == null || !cites.isObject()) {
            throw f.error(cp, cites == null ? "missing: name the clauses each fact comes from" : "must be an object");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = cites.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!facts.has(e.getKey()) || UNCITED.contains(e.getKey())) {
                throw f.error(cp + "." + e.getKey(), "cites clauses for a fact this version does not state");
            }
            List<String> refs = f.strings(cites, cp, e.getKey(), true);
            if (refs.isEmpty()) {
                throw f.error(cp + "." + e.getKey(), "names no clause");
            }
            for (int i = 0; i < refs.size(); i++) {
                if (!ids.contains(refs.get(i))) {
                    throw f.error(cp + "." + e.getKey() + "[" + i + "]", "'" + refs.get(i)
                            + "' is not a clause of this version; its clauses: " + ids.stream().sorted().toList());
                }
            }
            out.put(e.getKey(), List.copyOf(refs));
        }
        Iterator<Map.Entry<String, JsonNode>> facts2 = facts.fields();
        List<String> uncited = new ArrayList<>();
        while (facts2.hasNext()) {
            Map.Entry<String, JsonNode> e = facts2.next();
            if (!UNCITED.contains(e.getKey()) && stated(e.getKey(), e.getValue()) && !out.containsKey(e.getKey())) {
                uncited.add(e.getKey());
            }
        }
        if (!uncited.isEmpty()) {
            throw f.error(cp, "no clause cited for " + uncited + ": every fact rests on the words of a clause");
        }
        return out;
    }

    private static boolean stated(String fact, JsonNode value) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isArray()) {
            return !value.isEmpty() && !("outputTypes".equals(fact) && value.size() == 1
                    && "all".equals(value.get(0).asText()));
        }
        return !("survival".equals(fact) && "not-stated".equals(value.asText()));
    }

    /** A short excerpt for error messages. */
    static final class Excerpt {
        private Excerpt() {
        }

        static String of(String s) {
            String n = QuoteLocator.normalize(s);
            return n.length() <= 80 ? n : n.substring(0, 77) + "…";
        }
    }

}
