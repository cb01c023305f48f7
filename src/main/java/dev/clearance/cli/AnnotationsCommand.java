package dev.clearance.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.clearance.annotation.AnnotationFilter;
import dev.clearance.annotation.AnnotationInputException;
import dev.clearance.annotation.AnnotationService;
import dev.clearance.annotation.Excerpts;
import dev.clearance.annotation.ImportReport;
import dev.clearance.annotation.ReAnchorService;
import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.annotation.PreviousAnchor;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance annotations list|export|import|reanchor --project NAME …}: a project's clause annotations
 * as a table or JSON, as a W3C Web Annotation file ({@code .jsonld}), and carried onto a new terms version.
 * Exit codes: 0 ok, 1 usage, 2 bad input (unknown project, malformed file, unknown version; nothing written).
 */
@Command(name = "annotations", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCode.USAGE,
        description = "Clause annotations of a project: list, export and import as W3C Web Annotations "
                + "(JSON-LD), re-anchor onto a new terms version.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:done (an import may have refused some annotations: it lists them)", "1:usage error",
            "2:bad input (unknown project, malformed file, no annotation of the file could be imported); nothing written"})
public final class AnnotationsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Supplier<AnnotationService> annotations;
    private final Supplier<ReAnchorService> reAnchoring;
    private final Function<String, OptionalLong> projectIds;

    @Spec
    private CommandSpec spec;

    /**
     * Services are asked for only when a subcommand runs, so {@code --help} opens no database.
     *
     * @param projectIds a project's id by its name, empty when there is no such project
     */
    public AnnotationsCommand(Supplier<AnnotationService> annotations, Supplier<ReAnchorService> reAnchoring,
                              Function<String, OptionalLong> projectIds) {
        this.annotations = Objects.requireNonNull(annotations, "annotations");
        this.reAnchoring = Objects.requireNonNull(reAnchoring, "reAnchoring");
        this.projectIds = Objects.requireNonNull(projectIds, "projectIds");
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private int badInput(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: " + message);
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    private OptionalLong project(String name) {
        return projectIds.apply(name);
    }

    private int unknownProject(String name) {
        return badInput("no project named \"" + name + "\"; 'clearance projects' lists them");
    }

    // ---- list

    @Command(name = "list", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCode.USAGE,
            description = "List a project's annotations with their status.")
    int list(@Option(names = "--project", required = true, paramLabel = "NAME") String projectName,
             @Option(names = "--tag", paramLabel = "TAG", description = "only this tag (of the vocabulary, or one of the project's own)") String tag,
             @Option(names = "--status", paramLabel = "STATUS", description = "anchored, moved, changed or orphaned") String status,
             @Option(names = "--creator", paramLabel = "NAME", description = "only this author") String creator,
             @Option(names = "--document", paramLabel = "ID[@VERSION]", description = "only this document or version") String document,
             @Option(names = "--format", defaultValue = "text", description = "text or json") OutputFormat format) {
        OptionalLong id = project(projectName);
        if (id.isEmpty()) {
            return unknownProject(projectName);
        }
        AnnotationFilter filter = AnnotationFilter.all().withCreator(creator);
        if (tag != null) {
            Tag vocabulary = Tag.parse(tag).orElse(null);
            filter = vocabulary != null ? filter.withTag(vocabulary) : filter.withOwnTag(tag.strip());
        }
        if (status != null) {
            filter = filter.withStatus(AnchorStatus.parse(status).orElse(null));
            if (filter.status() == null) {
                return badInput("--status " + status + " is not one of " + AnchorStatus.ids());
            }
        }
        if (document != null) {
            try {
                filter = filter.withVersion(TermsRef.parse(document));
            } catch (IllegalArgumentException e) {
                return badInput("--document: " + e.getMessage());
            }
        }
        List<Annotation> found = annotations.get().list(id.getAsLong(), filter);
        if (format == OutputFormat.json) {
            printJson(Map.of("project", projectName, "annotations", found.stream().map(AnnotationsCommand::json).toList()));
            return ExitCode.OK;
        }
        printTable(found);
        return ExitCode.OK;
    }

    private void printTable(List<Annotation> found) {
        PrintWriter o = out();
        o.printf("%-45s %-40s %-13s %-22s %-9s %s%n", "ID", "TARGET", "RANGE", "TAG", "STATUS", "EXCERPT");
        for (Annotation a : found) {
            o.printf("%-45s %-40s %-13s %-22s %-9s %s%n", a.id(), a.target(), a.start() + ".." + a.end(),
                    tags(a), a.status().id(),
                    a.exact().isEmpty() ? "(gone)" : "\"" + Excerpts.shorten(a.exact(), 60) + "\"");
            if (a.status().needsReview() && a.previous() != null) {
                PreviousAnchor p = a.previous();
                o.printf("    the clause you annotated %s; it read (%s %d..%d): \"%s\"%n",
                        a.status() == AnchorStatus.ORPHANED ? "is gone" : "changed", p.target(), p.start(), p.end(),
                        Excerpts.shorten(p.exact(), 100));
            }
        }
        long review = found.stream().filter(a -> a.status().needsReview()).count();
        o.printf("%d annotation(s); %d need review (changed or orphaned).%n", found.size(), review);
        o.flush();
    }

    private static String tags(Annotation a) {
        List<String> all = new java.util.ArrayList<>();
        if (a.tag() != null) {
            all.add(a.tag().id());
        }
        all.addAll(a.ownTags());
        return all.isEmpty() ? "-" : String.join(", ", all);
    }

    private static Map<String, Object> json(Annotation a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("target", a.target().toString());
        m.put("start", a.start());
        m.put("end", a.end());
        m.put("exact", a.exact());
        m.put("tag", a.tag() == null ? null : a.tag().id());
        m.put("ownTags", a.ownTags());
        m.put("comment", a.comment());
        m.put("links", a.links());
        m.put("creator", a.creator());
        m.put("status", a.status().id());
        m.put("created", a.created().toString());
        m.put("modified", a.modified().toString());
        if (a.previous() != null) {
            PreviousAnchor p = a.previous();
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("target", p.target().toString());
            pm.put("start", p.start());
            pm.put("end", p.end());
            pm.put("exact", p.exact());
            m.put("previous", pm);
        }
        return m;
    }

    private void printJson(Object value) {
        try {
            out().println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
        out().flush();
    }

    // ---- export

    @Command(name = "export", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCode.USAGE,
            description = "Write a project's annotations as a W3C Web Annotation collection (JSON-LD).")
    int export(@Option(names = "--project", required = true, paramLabel = "NAME") String projectName,
               @Option(names = "--out", required = true, paramLabel = "FILE.jsonld") Path file) {
        OptionalLong id = project(projectName);
        if (id.isEmpty()) {
            return unknownProject(projectName);
        }
        AnnotationService service = annotations.get();
        String json = service.exportJsonLd(id.getAsLong(), "Clause annotations of project " + projectName);
        int count = service.list(id.getAsLong(), AnnotationFilter.all()).size();
        try {
            Path absolute = file.toAbsolutePath();
            Path temp = Files.createTempFile(absolute.getParent(), ".annotations-", ".tmp");
            try {
                Files.writeString(temp, json, StandardCharsets.UTF_8);
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            return badInput("cannot write " + file + ": " + e.getMessage());
        }
        out().printf("exported %d annotation(s) of project %s to %s%n", count, projectName, file);
        out().flush();
        return ExitCode.OK;
    }

    // ---- import

    @Command(name = "import", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCode.USAGE,
            description = {"Read W3C Web Annotations (one, an array, a page, a collection, or a Hypothesis API search "
                + "result) into a project, as Clearance, Hypothesis, Recogito or INCEpTION write them.",
                "Each annotation that anchors on a stored text is imported; the others are refused, each with its "
                + "JSON path and why. Annotations with ids already in the project replace them.",
                "Exit 2 only when nothing could be imported."})
    int importFile(@Option(names = "--project", required = true, paramLabel = "NAME") String projectName,
                   @Parameters(paramLabel = "FILE.jsonld") Path file) {
        OptionalLong id = project(projectName);
        if (id.isEmpty()) {
            return unknownProject(projectName);
        }
        java.util.Optional<String> notRegular = dev.clearance.domain.InputFiles.notRegular(file);
        if (notRegular.isPresent()) {
            return badInput(file + ": " + notRegular.get() + "; nothing was imported");
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            return badInput(file + " is not UTF-8 text; nothing was imported");
        } catch (IOException e) {
            return badInput("cannot read " + file + ": " + e.getMessage());
        }
        ImportReport report;
        try {
            report = annotations.get().importJsonLd(id.getAsLong(), json);
        } catch (AnnotationInputException e) {
            return badInput(file + " was refused; nothing was imported.\n" + e.getMessage());
        }
        if (report.nothingImported()) {
            return badInput(file + ": none of its " + report.refused().size() + " annotation(s) could be anchored; "
                    + "nothing was imported.\n  refused " + String.join("\n  refused ",
                    report.refused().stream().map(ImportReport.Problem::toString).toList()));
        }
        List<Annotation> imported = report.imported();
        long review = imported.stream().filter(a -> a.status().needsReview()).count();
        PrintWriter o = out();
        o.printf("imported %d annotation(s) into project %s; %d need review (changed or orphaned); %d refused%n",
                imported.size(), projectName, review, report.refused().size());
        report.refused().forEach(p -> o.println("  refused " + p));
        report.notes().forEach(p -> o.println("  note " + p));
        o.flush();
        return ExitCode.OK;
    }

    // ---- reanchor

    @Command(name = "reanchor", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCode.USAGE,
            description = "Carry a project's annotations on one version of a document onto a newer one.")
    int reanchor(@Option(names = "--project", required = true, paramLabel = "NAME") String projectName,
                 @Parameters(index = "0", paramLabel = "FROM", description = "document@YYYY-MM-DD annotated") String from,
                 @Parameters(index = "1", paramLabel = "TO", description = "document@YYYY-MM-DD to carry them to") String to) {
        OptionalLong id = project(projectName);
        if (id.isEmpty()) {
            return unknownProject(projectName);
        }
        ReAnchorService.Report report;
        try {
            report = reAnchoring.get().reAnchor(id.getAsLong(), TermsRef.parse(from), TermsRef.parse(to));
        } catch (IllegalArgumentException | AnnotationInputException e) {
            return badInput(e.getMessage());
        }
        PrintWriter o = out();
        for (ReAnchorService.Outcome outcome : report.outcomes()) {
            Annotation a = outcome.after();
            o.printf("%-9s %s %d..%d %s%n", a.status().id(), a.id(), a.start(), a.end(),
                    a.exact().isEmpty() ? "(gone) was \"" + Excerpts.shorten(outcome.before().exact(), 60) + "\""
                            : "\"" + Excerpts.shorten(a.exact(), 60) + "\"");
        }
        Map<AnchorStatus, Integer> counts = report.countsByStatus();
        o.printf("%d annotation(s) carried from %s to %s: %d anchored, %d moved, %d changed, %d orphaned%n",
                report.outcomes().size(), report.from(), report.to(), counts.get(AnchorStatus.ANCHORED),
                counts.get(AnchorStatus.MOVED), counts.get(AnchorStatus.CHANGED), counts.get(AnchorStatus.ORPHANED));
        o.flush();
        return ExitCode.OK;
    }
}
