package dev.clearance.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.terms.ota.OtaSamples;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clearance terms sync} as users and scripts call it. */
class TermsSyncCommandLineTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private String db() {
        return dir.resolve("db/clearance").toString();
    }

    @Test
    void printsOneLinePerStoredVersionAndNothingTheSecondTime() {
        Path clone = OtaSamples.cloneTo(dir.resolve("clone"));

        Result r = run("--db", db(), "terms", "sync", "--from", clone.toString());

        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(5, lines.size(), r.out());
        assertTrue(lines.contains("xai-terms-of-service 2026-04-10 " + OtaSamples.GROK_2026_05_18
                + " +20 -1 ~5 (stated effective) no clause change"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("xai-terms-of-service 2026-06-26 " + OtaSamples.GROK_2026_07_08 + " +")),
                r.out());
        assertTrue(r.err().contains("synced OpenTermsArchive/genai-eu-versions at fdd50925baf5: 5 version(s) stored"), r.err());

        Result again = run("--db", db(), "terms", "sync", "--from", clone.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals("", again.out());
        assertTrue(again.err().contains(": 0 version(s) stored"), again.err());

        Result show = run("--db", db(), "terms", "show", "xai-terms-of-service@2026-06-26");
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("Grok/Terms of Service.md"), show.out());
    }

    @Test
    void jsonForScripts() throws Exception {
        Path clone = OtaSamples.cloneTo(dir.resolve("clone"));

        Result r = run("--db", db(), "terms", "sync", "--from", clone.toString(), "--format", "json");

        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("repository", "directory", "head", "documents", "recordings", "versions", "staleReviews", "notes"),
                names(root));
        assertEquals("OpenTermsArchive/genai-eu-versions", root.path("repository").asText());
        assertEquals(OtaSamples.HEAD, root.path("head").asText());
        assertEquals(3, root.path("documents").asInt());
        assertEquals(5, root.path("versions").size());
        JsonNode grok = StreamSupport.stream(root.path("versions").spliterator(), false)
                .filter(v -> v.path("ref").asText().equals("xai-terms-of-service@2026-06-26")).findFirst().orElseThrow();
        assertEquals(List.of("document", "version", "ref", "kind", "dateBasis", "path", "commit", "recordedOn",
                "statedEffective", "sha256", "previous", "clauses", "clauseChange", "tagsIntroduced", "tagsDropped",
                "superseded"), names(grok));
        assertEquals("new", grok.path("kind").asText());
        assertEquals("effective", grok.path("dateBasis").asText());
        assertEquals("Grok/Terms of Service.md", grok.path("path").asText());
        assertEquals(OtaSamples.GROK_2026_07_08, grok.path("commit").asText());
        assertEquals("2026-07-08", grok.path("recordedOn").asText());
        assertEquals("2026-06-26", grok.path("statedEffective").asText());
        assertEquals("xai-terms-of-service@2026-04-10", grok.path("previous").asText());
        assertEquals(List.of("detected", "added", "removed", "changed"), names(grok.path("clauses")));
        JsonNode claude = root.path("versions").get(0);
        assertEquals("text", claude.path("kind").asText());
        assertTrue(claude.path("previous").isNull());
        assertEquals(List.of(OtaSamples.CLAUDE_2025_11_11), StreamSupport.stream(claude.path("superseded").spliterator(), false)
                .map(JsonNode::asText).toList());
    }

    @Test
    void aMalformedRepositoryExitsTwoAndChangesNothing() throws Exception {
        Path notARepository = Files.createDirectories(dir.resolve("not-a-repo"));
        Files.writeString(notARepository.resolve("Terms of Service.md"), "Effective: May 1, 2026\n");

        Result r = run("--db", db(), "terms", "sync", "--from", notARepository.toString(), "--format", "json");

        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains(notARepository.toAbsolutePath() + ": not a git repository"), r.err());
        assertTrue(r.err().contains("Nothing was changed."), r.err());
        Result list = run("--db", db(), "terms", "list", "--format", "json");
        assertTrue(!list.out().contains("(yours)") && !list.out().contains("2026-06-26"), "no version was stored");

        Result unknown = run("--db", db(), "terms", "sync", "--from", OtaSamples.cloneTo(dir.resolve("c")).toString(),
                "--repository", "Acme/terms-versions");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("OpenTermsArchive/GenAI-versions, OpenTermsArchive/genai-eu-versions"), unknown.err());
    }

    @Test
    void helpDescribesTheCommandAndItsJson() {
        Result r = run("terms", "sync", "--help");

        assertEquals(0, r.code());
        assertTrue(r.out().contains("--from=DIR") && r.out().contains("--repository=OWNER/NAME")
                && r.out().contains("\"staleReviews\""), r.out());
        assertTrue(run("terms", "--help").out().contains("sync"));
    }

    private static List<String> names(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList();
    }
}
