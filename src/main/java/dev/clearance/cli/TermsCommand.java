package dev.clearance.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.clearance.domain.terms.Channel;
import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.OutputUseFacts;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsVersion;
import dev.clearance.terms.AddRequest;
import dev.clearance.terms.AddResult;
import dev.clearance.terms.ClauseChange;
import dev.clearance.terms.DetectedClause;
import dev.clearance.terms.DiffResult;
import dev.clearance.terms.TermsInputException;
import dev.clearance.terms.TermsService;
import dev.clearance.terms.VersionView;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code clearance terms list | show ID[@VERSION] | add FILE --document ID --version YYYY-MM-DD [--title T]
 * | remove ID@VERSION | diff ID V1 V2}, each with {@code --format text|json}; the app adds {@code sync} ({@link TermsSyncCommand}). Registered by the root command with
 * {@code addSubcommand}; prints only through the picocli {@code CommandLine}'s writers.
 * Exit codes: 0 ok, 1 usage, 2 bad input (unreadable file, unknown document or version; nothing written).
 */
@Command(name = "terms", exitCodeOnInvalidInput = TermsCommand.USAGE,
        description = "Terms catalog: list and show documents, print their recorded texts, add your own versions, diff"
                + " versions, sync from an Open Terms Archive clone (terms sync --from DIR).")
public final class TermsCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int BAD_INPUT = 2;

    /** Output formats. */
    public enum Format { text, json }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    private final Supplier<TermsService> services;

    /** @param services gives the service when a subcommand runs, so {@code --help} opens no database */
    public TermsCommand(Supplier<TermsService> services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    public TermsCommand(TermsService service) {
        this(() -> service);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(err());
        return USAGE;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * The service, after saying on stderr which stored versions are skipped (a date no terms version can have,
     * written by an earlier Clearance): the command still runs on the others.
     */
    private TermsService service() {
        TermsService s = services.get();
        List<String> skipped = s.unusableStoredVersions();
        if (!skipped.isEmpty()) {
            skipped.forEach(w -> err().println("warning: " + w));
            err().flush();
        }
        return s;
    }

    private int badInput(TermsInputException e) {
        err().println("error: " + e.getMessage());
        err().flush();
        return BAD_INPUT;
    }

    private void printJson(Object value) {
        try {
            out().println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
        out().flush();
    }

    // ---- list

    @Command(name = "list", exitCodeOnInvalidInput = USAGE,
            description = "List terms documents: the catalog and your own.")
    int list(@Option(names = "--format", defaultValue = "text", description = "text or json") Format format,
             @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.") boolean help) {
        List<TermsDocument> docs = service().listDocuments();
        if (format == Format.json) {
            printJson(Map.of("documents", docs.stream().map(TermsJson::documentJson).toList()));
            return OK;
        }
        PrintWriter o = out();
        o.printf("%-40s %-13s %-11s %-10s %-8s %s%n", "ID", "CHANNEL", "PROVIDER", "LATEST", "VERIFIED", "TITLE");
        for (TermsDocument d : docs) {
            TermsVersion latest = d.latest().orElse(null);
            boolean verified = d.versions().stream().allMatch(TermsVersion::isVerified);
            o.printf("%-40s %-13s %-11s %-10s %-8s %s%s%n", d.id(), d.channel() == null ? "-" : d.channel().id(),
                    d.provider().isEmpty() ? "-" : d.provider(), latest == null ? "-" : latest.effectiveOn(),
                    verified ? "yes" : "NO", d.title(), d.origin().id().equals("user") ? " (yours)" : "");
        }
        o.printf("%d documents. Paraphrases are ours; check the live text before relying on them.%n", docs.size());
        o.flush();
        return OK;
    }

    // ---- show

    @Command(name = "show", exitCodeOnInvalidInput = USAGE,
            description = "Show a version: dates, facts, clauses in our words, and any text you added.")
    int show(@Parameters(paramLabel = "ID[@VERSION]", description = "document id, optionally @YYYY-MM-DD") String ref,
             @Option(names = "--format", defaultValue = "text", description = "text or json") Format format,
             @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.") boolean help) {
        VersionView view;
        try {
            view = service().showVersion(ref);
        } catch (TermsInputException e) {
            return badInput(e);
        }
        if (format == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("document", TermsJson.documentHeaderJson(view.document()));
            m.put("version", TermsJson.versionJson(view.version(), true));
            view.stored().ifPresent(s -> m.put("stored", TermsJson.storedJson(s)));
            printJson(m);
            return OK;
        }
        printVersion(view);
        return OK;
    }

    private void printVersion(VersionView view) {
        PrintWriter o = out();
        TermsDocument d = view.document();
        TermsVersion v = view.version();
        o.println(d.title());
        o.println(v.ref() + "   channel " + (d.channel() == null ? "-" : d.channel().id())
                + (d.provider().isEmpty() ? "" : "   provider " + d.provider())
                + (d.region().isEmpty() ? "" : "   region " + d.region()));
        o.println("In force: " + v.effectiveOn() + " to " + (v.inForceUntil() == null ? "now" : v.inForceUntil())
                + (d.timeless() ? " (fixed licence text: applies whatever the date)" : "")
                + (v.dateBasis().equals("effective") ? "" : "   [date basis: " + v.dateBasis() + "]")
                + (v.publishedOn() == null ? "" : "   published " + v.publishedOn()));
        o.println("Live page: " + v.sourceUrl() + "   last checked " + (v.lastChecked() == null ? "-" : v.lastChecked()));
        o.println("Recorded text: " + v.provenance().map(p -> p.describe() + ", SHA-256 " + p.sha256()
                + "   ('terms text " + v.ref() + "' prints it)").orElse("none"));
        if (v.isVerified()) {
            o.println("Confidence: verified");
        } else {
            o.println("UNVERIFIED: " + String.join("; ", v.unverifiedItems()));
        }
        OutputUseFacts f = v.facts();
        o.println();
        o.println("Output use: " + f.regime().id() + " (" + f.confidence().id() + ")"
                + (f.limitedToSomeOutputTypes() ? " - only for " + String.join(", ", f.outputTypes()) + " outputs" : ""));
        for (OutputUseFacts.PermittedException ex : f.permittedExceptions()) {
            o.println("  exception " + ex.id() + ": " + ex.description());
        }
        if (f.namingPrefix() != null) {
            o.println("  model name must begin with \"" + f.namingPrefix() + "\"");
        }
        if (!f.attributionTexts().isEmpty()) {
            o.println("  show: " + f.attributionTexts().stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(" or ")));
        }
        if (f.licenceCopyRequired()) {
            o.println("  a copy of the licence must go with the model or materials");
        }
        if (f.mauThreshold() != null) {
            o.printf(Locale.ROOT, "  licence needed above %,d monthly active users%n", f.mauThreshold());
        }
        if (f.revenueThresholdUsd() != null) {
            o.printf(Locale.ROOT, "  licence needed above USD %,d annual revenue%n", f.revenueThresholdUsd());
        }
        if (f.nonCommercial()) {
            o.println("  research / non-commercial use only");
        }
        if (f.restrictionsPassThrough()) {
            o.println("  models trained on outputs are derivatives that must carry the use restrictions");
        }
        if (f.authorizationRequired()) {
            o.println("  allowed only with the provider's prior authorization");
        }
        if (f.survival() != OutputUseFacts.Survival.NOT_STATED) {
            o.println("  survives termination: " + f.survival().id());
        }
        if (f.retentionDays() != null) {
            o.println("  provider keeps inputs/outputs up to " + f.retentionDays() + " days by default");
        }
        if (!f.excludedRegions().isEmpty()) {
            o.println("  not licensed in: " + String.join(", ", f.excludedRegions()));
        }
        o.println();
        o.println("Clauses (our paraphrase):");
        for (Clause c : v.clauses()) {
            o.println("- " + (c.section().isEmpty() ? "" : "§" + c.section() + " ") + c.heading() + "  ["
                    + tagIds(c.tags()) + "]" + (c.confidence().isVerified() ? "" : "  (" + c.confidence().id() + ")"));
            o.println("    " + c.paraphrase());
            if (!c.quote().isEmpty()) {
                o.println("    The text: \"" + c.quote() + "\"");
            }
        }
        if (!v.notes().isEmpty()) {
            o.println();
            o.println("Notes: " + v.notes());
        }
        if (!d.notes().isEmpty()) {
            o.println("About the document: " + d.notes());
        }
        view.stored().ifPresent(s -> {
            o.println();
            o.println("Stored text: " + s.sourceFile() + ", " + s.fullText().length() + " characters, SHA-256 "
                    + s.textSha256() + ", added " + s.addedAt());
            for (var c : s.clauses()) {
                o.println("  " + c.ordinal() + ":" + c.tagsColumn() + ": " + c.excerpt());
            }
        });
        o.flush();
    }

    // ---- text

    @Command(name = "text", exitCodeOnInvalidInput = USAGE,
            description = {"Print the recorded text a version rests on: the text stored in your database for it,"
                    + " else the one shipped with the catalog.", "Exit 2 when the version has no text."})
    int text(@Parameters(paramLabel = "ID@VERSION", description = "document id, optionally @YYYY-MM-DD (else the latest)")
             String ref,
             @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.") boolean help) {
        VersionView view;
        try {
            view = service().showVersion(ref);
        } catch (TermsInputException e) {
            return badInput(e);
        }
        if (view.fullText().isEmpty()) {
            err().println("error: " + view.version().ref() + " has no recorded text; add one with 'terms add FILE"
                    + " --document " + view.document().id() + " --version " + view.version().effectiveOn() + "'");
            err().flush();
            return BAD_INPUT;
        }
        String text = view.fullText().get();
        out().print(text.endsWith("\n") ? text : text + "\n");
        out().flush();
        return OK;
    }

    // ---- add

    @Command(name = "add", exitCodeOnInvalidInput = USAGE,
            description = "Add a version from a .txt, .md, .html or .pdf file; prints one line per detected clause"
                    + " as <line>:<tags>: <excerpt>.")
    int add(@Parameters(paramLabel = "FILE") Path file,
            @Option(names = "--document", required = true, paramLabel = "ID", description = "document id") String id,
            @Option(names = "--version", required = true, paramLabel = "YYYY-MM-DD",
                    description = "effective date of this version") LocalDate version,
            @Option(names = "--title", paramLabel = "T", description = "title of a new document") String title,
            @Option(names = "--provider", paramLabel = "P", description = "provider of a new document") String provider,
            @Option(names = "--channel", paramLabel = "C", description = "weights, api, app, cloud or usage-policy")
            String channel,
            @Option(names = "--url", paramLabel = "URL", description = "where the text comes from") String url,
            @Option(names = "--format", defaultValue = "text", description = "text or json") Format format,
            @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.") boolean help) {
        Channel ch = null;
        if (channel != null) {
            ch = Channel.parse(channel).orElse(null);
            if (ch == null) {
                err().println("error: --channel '" + channel + "' is not one of " + Channel.ids());
                err().flush();
                return USAGE;
            }
        }
        AddResult r;
        try {
            r = service().addVersion(new AddRequest(file, id, version, title, provider, ch, url));
        } catch (TermsInputException e) {
            return badInput(e);
        }
        if (format == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("document", r.document().documentId());
            m.put("version", r.version().effectiveOn().toString());
            m.put("ref", r.version().ref().toString());
            m.put("newDocument", r.newDocument());
            m.put("replacedExisting", r.replacedExisting());
            m.put("sourceFile", r.version().sourceFile());
            m.put("sha256", r.version().textSha256());
            m.put("linesMatchFile", r.linesMatchFile());
            m.put("clauses", r.clauses().stream().map(TermsJson::detectedJson).toList());
            m.put("warnings", r.warnings());
            printJson(m);
        } else {
            for (DetectedClause c : r.clauses()) {
                out().println(c.line() + ":" + c.tagIds() + ": " + c.excerpt());
            }
            out().flush();
            err().println("added " + r.version().ref() + ": " + r.clauses().size() + " clause(s) detected"
                    + (r.newDocument() ? " (new document)" : ""));
            r.warnings().forEach(w -> err().println("warning: " + w));
            err().flush();
        }
        return OK;
    }

    // ---- remove

    @Command(name = "remove", exitCodeOnInvalidInput = USAGE,
            description = {"Remove a version stored in this database (added with 'terms add' or 'terms sync'): its text"
                    + " and detected clauses. A document of your own left without versions goes too; a catalogued"
                    + " version stays in the catalog.", "Exit 2 when no such version is stored (nothing removed)."})
    int remove(@Parameters(paramLabel = "ID@VERSION", description = "document id @YYYY-MM-DD") String ref,
               @Option(names = "--format", defaultValue = "text", description = "text or json") Format format,
               @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.") boolean help) {
        TermsService.Removal r;
        try {
            r = services.get().removeVersion(ref);
        } catch (TermsInputException e) {
            return badInput(e);
        }
        if (format == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("removed", r.ref());
            m.put("clauses", r.clauses());
            m.put("documentRemoved", r.documentRemoved());
            m.put("catalogVersionRemains", r.catalogVersionRemains());
            printJson(m);
            return OK;
        }
        err().println("removed " + r.ref() + " and its " + r.clauses() + " detected clause(s)"
                + (r.documentRemoved() ? "; the document had no other version and was removed too" : "")
                + (r.catalogVersionRemains() ? "; the catalogued version stays" : ""));
        err().flush();
        return OK;
    }

    // ---- diff

    @Command(name = "diff", exitCodeOnInvalidInput = USAGE,
            description = "Show what changed between two versions, clause by clause, with tags.")
    int diff(@Parameters(index = "0", paramLabel = "ID") String id,
             @Parameters(index = "1", paramLabel = "V1", description = "older version YYYY-MM-DD") LocalDate from,
             @Parameters(index = "2", paramLabel = "V2", description = "newer version YYYY-MM-DD") LocalDate to,
             @Option(names = "--restrictions-only", description = "only clauses that restrict or permit output use")
             boolean restrictionsOnly,
             @Option(names = "--format", defaultValue = "text", description = "text or json") Format format,
             @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.") boolean help) {
        DiffResult d;
        try {
            d = service().diff(id, from, to);
        } catch (TermsInputException e) {
            return badInput(e);
        }
        List<ClauseChange> changes = restrictionsOnly ? d.diff().restrictionChanges() : d.diff().changes();
        if (format == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", d.from().toString());
            m.put("to", d.to().toString());
            m.put("basis", d.basis());
            m.put("unchanged", d.diff().unchanged());
            m.put("tagsIntroduced", ids(d.diff().tagsIntroduced()));
            m.put("tagsDropped", ids(d.diff().tagsDropped()));
            m.put("changes", changes.stream().map(TermsJson::changeJson).toList());
            printJson(m);
            return OK;
        }
        PrintWriter o = out();
        o.println("diff " + d.from() + " -> " + d.to() + " (" + d.basis() + "): " + d.diff().changes().size()
                + " changed clause(s), " + d.diff().restrictionChanges().size() + " touching output use");
        // Catalog versions have no text: their changes are numbered by clause, not by line.
        String unit = d.basis().equals("full-text") ? "line " : "clause ";
        for (ClauseChange c : changes) {
            String where = switch (c.kind()) {
                case ADDED -> unit + c.newLine();
                case REMOVED -> unit + c.oldLine();
                case CHANGED -> unit + c.oldLine() + " -> " + c.newLine();
            };
            o.println(c.kind().id() + " " + where + " [" + tagIds(c.tags()) + "]"
                    + (c.tagsAdded().isEmpty() ? "" : " +" + tagIds(c.tagsAdded()))
                    + (c.tagsRemoved().isEmpty() ? "" : " -" + tagIds(c.tagsRemoved())));
            switch (c.kind()) {
                case ADDED -> o.println("  + " + shorten(c.newText()));
                case REMOVED -> o.println("  - " + shorten(c.oldText()));
                case CHANGED -> c.words().forEach(w -> o.println("  " + (w.before().isEmpty() ? "" : "…" + w.before() + " ")
                        + (w.oldWords().isEmpty() ? "" : "-[" + w.oldWords() + "] ")
                        + (w.newWords().isEmpty() ? "" : "+[" + w.newWords() + "]")));
            }
        }
        o.println("tags introduced: " + orNone(d.diff().tagsIntroduced()) + "; tags dropped: " + orNone(d.diff().tagsDropped()));
        o.flush();
        return OK;
    }

    // ---- rendering helpers

    private static String orNone(List<Tag> tags) {
        return tags.isEmpty() ? "none" : tagIds(tags);
    }

    private static String tagIds(List<Tag> tags) {
        return String.join(",", ids(tags));
    }

    private static List<String> ids(List<Tag> tags) {
        return tags.stream().map(Tag::id).toList();
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= 300 ? t : t.substring(0, 299) + "…";
    }

    /** For tests and the root command: a {@link CommandLine} for this command alone. */
    public static CommandLine commandLine(TermsService service) {
        return new CommandLine(new TermsCommand(service));
    }
}
