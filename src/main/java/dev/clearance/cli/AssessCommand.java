package dev.clearance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.assessment.DatasetAssessment;
import dev.clearance.domain.assessment.Finding;
import dev.clearance.domain.assessment.Obligation;
import dev.clearance.domain.assessment.ProjectAssessment;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code clearance assess --project NAME [--format text|json] [--fail-on LEVEL]}: the risk of a project's
 * training data, for people or for machines, usable as a CI gate.
 *
 * <p>{@code --fail-on LEVEL} exits 3 when the overall level is at or above LEVEL in the order
 * clear &lt; low &lt; medium &lt; unknown &lt; high &lt; blocked. So {@code --fail-on unknown} fails when any
 * dataset is unknown, high or blocked; {@code --fail-on medium} also fails on unknown; {@code --fail-on high}
 * lets unknown datasets pass (use {@code unknown} for a gate that tolerates no missing facts).
 */
@Command(name = "assess", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCode.USAGE,
        description = "Rate the risk of a project's training data, with the reasons and what to do.",
        footer = {"", "Exit codes: 0 ok, 1 usage, 2 no such project, 3 --fail-on level reached.",
            "Levels, lowest first: clear, low, medium, unknown, high, blocked."})
public final class AssessCommand implements Callable<Integer> {
    private final Function<String, Optional<ProjectAssessment>> assessments;
    private final Function<String, List<String>> reviewNotices;

    @Spec
    CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "NAME", description = "The project to assess.")
    String project;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = FailOnLevelConverter.class,
            description = "Exit 3 when the overall risk is at or above LEVEL: blocked, high, medium, low or unknown "
                    + "(unknown also fails on high and blocked).")
    RiskLevel failOn;

    /**
     * @param assessments the assessment of a project by name; empty when there is no such project
     */
    public AssessCommand(Function<String, Optional<ProjectAssessment>> assessments) {
        this(assessments, name -> List.of());
    }

    /**
     * @param assessments   the assessment of a project by name; empty when there is no such project
     * @param reviewNotices what a reader must know about the project's signed-off review (e.g. that it is
     *                      stale and why), one line each; empty when nothing
     */
    public AssessCommand(Function<String, Optional<ProjectAssessment>> assessments,
                         Function<String, List<String>> reviewNotices) {
        this.assessments = assessments;
        this.reviewNotices = reviewNotices;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ProjectAssessment> found = assessments.apply(project);
        if (found.isEmpty()) {
            err.println("clearance: there is no project named '" + project + "'.");
            err.println("See the projects with: clearance projects");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        ProjectAssessment assessment = found.get();
        if (format == OutputFormat.json) {
            out.println(json(assessment));
        } else {
            printText(out, assessment);
        }
        out.flush();
        // On stderr, so that --format json stays exactly the contract's object.
        reviewNotices.apply(project).forEach(line -> err.println("review: " + line));
        err.flush();
        if (failOn != null && assessment.overall().isAtLeast(failOn)) {
            err.println("clearance: overall risk " + assessment.overall().id() + " is at or above --fail-on "
                    + failOn.id() + ".");
            err.flush();
            return ExitCode.FAIL_ON_REACHED;
        }
        return ExitCode.OK;
    }

    /** The DESIGN.md contract: {@code project}, {@code overall}, {@code datasets[]} with findings and obligations. */
    static String json(ProjectAssessment assessment) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("project", assessment.project());
        root.put("overall", assessment.overall().id());
        ArrayNode datasets = root.putArray("datasets");
        for (DatasetAssessment d : assessment.datasets()) {
            ObjectNode dn = datasets.addObject();
            dn.put("id", d.datasetId());
            dn.put("name", d.name());
            dn.put("risk", d.risk().id());
            ArrayNode terms = dn.putArray("terms");
            d.terms().forEach(terms::add);
            ArrayNode findings = dn.putArray("findings");
            for (Finding f : d.findings()) {
                ObjectNode fn = findings.addObject();
                fn.put("rule", f.rule());
                fn.put("level", f.level().id());
                fn.put("message", f.message());
                ArrayNode clauses = fn.putArray("clauses");
                for (ClauseCitation c : f.clauses()) {
                    clauses.addObject().put("document", c.document()).put("version", c.version())
                            .put("section", c.section());
                }
                fn.put("remediation", f.remediation());
            }
            ArrayNode obligations = dn.putArray("obligations");
            for (Obligation o : d.obligations()) {
                obligations.addObject().put("kind", o.kind().id()).put("detail", o.detail());
            }
        }
        return mapper.writeValueAsString(root);
    }

    private static void printText(PrintWriter out, ProjectAssessment assessment) {
        out.println("Project: " + assessment.project());
        out.println("Overall risk: " + upper(assessment.overall()) + " (the worst of its datasets)");
        if (assessment.datasets().isEmpty()) {
            out.println();
            out.println("The project has no datasets. Import an inventory with: clearance import <file-or-folder>");
            return;
        }
        for (DatasetAssessment d : assessment.datasets()) {
            out.println();
            out.println(upper(d.risk()) + "  " + d.name() + " (" + d.datasetId() + ")");
            if (!d.terms().isEmpty()) {
                out.println("  Terms: " + String.join(", ", d.terms()));
            }
            for (Finding f : d.findings()) {
                out.println("  - " + f.level().id() + ", " + f.rule() + ": " + f.message());
                if (!f.clauses().isEmpty()) {
                    out.println("    Rests on: " + String.join("; ", f.clauses().stream().map(ClauseCitation::label).toList()));
                }
                if (!f.remediation().isBlank()) {
                    out.println("    What to do: " + f.remediation());
                }
            }
            if (!d.obligations().isEmpty()) {
                out.println("  Obligations:");
                for (Obligation o : d.obligations()) {
                    out.println("  - " + o.kind().id() + ": " + o.detail());
                }
            }
        }
    }

    private static String upper(RiskLevel level) {
        return level.id().toUpperCase(Locale.ROOT);
    }
}
