package dev.clearance.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.clearance.domain.ProgressMonitor;
import dev.clearance.domain.terms.Provenance;
import dev.clearance.domain.terms.Tag;
import dev.clearance.review.ReviewService;
import dev.clearance.review.TermsSyncService;
import dev.clearance.terms.TermsInputException;
import dev.clearance.terms.ota.OtaRepositoryException;
import dev.clearance.terms.ota.SyncReport;
import dev.clearance.terms.ota.SyncedVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code clearance terms sync --from DIR [--repository OWNER/NAME] [--format text|json]}: stores the versions an
 * Open Terms Archive clone recorded since the catalog's and the database's newest, one line each on stdout
 * ({@code DOCUMENT VERSION COMMIT +added -removed ~changed}), remarks on stderr. Exit 2, nothing changed, when
 * the folder is not a usable versions repository.
 */
@Command(name = "sync", exitCodeOnInvalidInput = ExitCode.USAGE,
        description = {"Store the versions a local clone of an Open Terms Archive versions repository recorded since"
                + " the newest the catalog and this database have: text, provenance (repository, path, commit,"
                + " dates) and detected clauses; annotations follow, and signed-off reviews relying on changed"
                + " terms become stale. One transaction: a malformed repository changes nothing (exit 2).",
            "Prints one line per stored version: DOCUMENT VERSION COMMIT +added -removed ~changed clauses."},
        footer = {"", "--format json prints {\"repository\", \"directory\", \"head\", \"documents\", \"recordings\",",
            "  \"versions\": [{\"document\", \"version\", \"ref\", \"kind\" (new|text|re-recorded), \"dateBasis\"",
            "  (effective|recorded), \"path\", \"commit\", \"recordedOn\", \"statedEffective\", \"sha256\", \"previous\",",
            "  \"clauses\": {\"detected\", \"added\", \"removed\", \"changed\"}, \"clauseChange\", \"tagsIntroduced\",",
            "  \"tagsDropped\", \"superseded\"}], \"staleReviews\": [{\"project\", \"revision\", \"changes\"}], \"notes\"}."})
public final class TermsSyncCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DIR",
            description = "a clone of OpenTermsArchive/GenAI-versions or OpenTermsArchive/genai-eu-versions")
    private Path from;

    @Option(names = "--repository", paramLabel = "OWNER/NAME",
            description = "which repository DIR is a clone of, when its remote and README do not say")
    private String repository;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    private TermsCommand.Format format;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    private final Supplier<TermsSyncService> services;

    public TermsSyncCommand(Supplier<TermsSyncService> services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        TermsSyncService.Result result;
        try {
            result = services.get().sync(from, repository, ProgressMonitor.NONE);
        } catch (OtaRepositoryException | TermsInputException e) {
            err.println("error: " + e.getMessage());
            err.println("Nothing was changed.");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        if (format == TermsCommand.Format.json) {
            printJson(json(result));
        } else {
            printText(result);
        }
        return ExitCode.OK;
    }

    private void printText(TermsSyncService.Result result) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SyncReport r = result.report();
        for (SyncedVersion v : r.versions()) {
            out.println(v.documentId() + " " + v.ref().effectiveOn() + " " + v.source().commit() + " +" + v.added() + " -"
                    + v.removed() + " ~" + v.changed() + remarks(v));
        }
        out.flush();
        err.println("synced " + r.repository() + " at " + r.head().substring(0, 12) + ": " + r.versions().size()
                + " version(s) stored from " + r.recordings() + " recording(s) of " + r.documents() + " document(s)");
        r.notes().forEach(n -> err.println("note: " + n));
        for (ReviewService.StaleReview s : result.staleReviews()) {
            err.println("stale: \"" + s.project() + "\" revision " + s.revision() + ": " + String.join("; ", s.changes()));
        }
        err.flush();
    }

    private static String remarks(SyncedVersion v) {
        StringBuilder b = new StringBuilder();
        if (v.kind() != SyncedVersion.Kind.NEW) {
            b.append(" ").append(v.kind().id());
        }
        b.append(v.dateBasis().equals("effective") ? " (stated effective)" : " (recorded"
                + (v.source().statedEffective() == null ? "" : "; states " + v.source().statedEffective()) + ")");
        if (v.previous() == null) {
            b.append(" first text, ").append(v.detected()).append(" clause(s) detected");
        } else if (!v.clauseChange()) {
            b.append(" no clause change");
        }
        if (!v.tagsIntroduced().isEmpty()) {
            b.append(" tags +").append(String.join(",", v.tagsIntroduced().stream().map(Tag::id).toList()));
        }
        if (!v.tagsDropped().isEmpty()) {
            b.append(" tags -").append(String.join(",", v.tagsDropped().stream().map(Tag::id).toList()));
        }
        if (!v.superseded().isEmpty()) {
            b.append(" (last of ").append(v.superseded().size() + 1).append(" recordings)");
        }
        return b.toString();
    }

    /** The {@code --format json} document (documented in the command's help). */
    static Map<String, Object> json(TermsSyncService.Result result) {
        SyncReport r = result.report();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("repository", r.repository());
        m.put("directory", r.directory().toString());
        m.put("head", r.head());
        m.put("documents", r.documents());
        m.put("recordings", r.recordings());
        m.put("versions", r.versions().stream().map(TermsSyncCommand::versionJson).toList());
        m.put("staleReviews", result.staleReviews().stream().map(s -> {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("project", s.project());
            sm.put("revision", s.revision());
            sm.put("changes", s.changes());
            return sm;
        }).toList());
        m.put("notes", r.notes());
        return m;
    }

    private static Map<String, Object> versionJson(SyncedVersion v) {
        Provenance p = v.source();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", v.documentId());
        m.put("version", v.ref().effectiveOn().toString());
        m.put("ref", v.ref().toString());
        m.put("kind", v.kind().id());
        m.put("dateBasis", v.dateBasis());
        m.put("path", p.path());
        m.put("commit", p.commit());
        m.put("recordedOn", p.recordedOn().toString());
        m.put("statedEffective", p.statedEffective() == null ? null : p.statedEffective().toString());
        m.put("sha256", p.sha256());
        m.put("previous", v.previous() == null ? null : v.previous().toString());
        Map<String, Object> clauses = new LinkedHashMap<>();
        clauses.put("detected", v.detected());
        clauses.put("added", v.added());
        clauses.put("removed", v.removed());
        clauses.put("changed", v.changed());
        m.put("clauses", clauses);
        m.put("clauseChange", v.clauseChange());
        m.put("tagsIntroduced", ids(v.tagsIntroduced()));
        m.put("tagsDropped", ids(v.tagsDropped()));
        m.put("superseded", v.superseded());
        return m;
    }

    private static List<String> ids(List<Tag> tags) {
        return tags.stream().map(Tag::id).toList();
    }

    private void printJson(Object value) {
        PrintWriter out = spec.commandLine().getOut();
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
        out.flush();
    }
}
