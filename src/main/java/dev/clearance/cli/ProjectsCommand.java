package dev.clearance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.domain.ProjectRepository;
import dev.clearance.domain.ProjectSummary;
import dev.clearance.domain.RiskLevel;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clearance projects}: the projects in the database. */
@Command(name = "projects", mixinStandardHelpOptions = true, description = "List the projects in the database.")
public final class ProjectsCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Supplier<ProjectRepository> projects;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    public ProjectsCommand(Supplier<ProjectRepository> projects) {
        this.projects = projects;
    }

    @Override
    public Integer call() throws Exception {
        List<ProjectSummary> list = projects.get().listSummaries();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(json(list));
        } else if (list.isEmpty()) {
            out.println("No projects yet. Import one with: clearance import <file-or-folder>");
        } else {
            printTable(out, list);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void printTable(PrintWriter out, List<ProjectSummary> list) {
        int nameWidth = Math.max(7, list.stream().mapToInt(p -> p.name().length()).max().orElse(0));
        String row = "%-" + nameWidth + "s  %8s  %-10s  %s%n";
        out.printf(row, "PROJECT", "DATASETS", "OVERALL", "LAST MODIFIED");
        for (ProjectSummary p : list) {
            out.printf(row, p.name(), p.datasetCount(), p.overall().map(RiskLevel::id).orElse("not assessed"),
                    WHEN.format(p.lastModified().atZone(ZoneId.systemDefault())));
        }
    }

    private static String json(List<ProjectSummary> list) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode array = root.putArray("projects");
        for (ProjectSummary p : list) {
            ObjectNode n = array.addObject();
            n.put("name", p.name());
            n.put("model_name", p.modelName());
            n.put("datasets", p.datasetCount());
            n.put("overall", p.overall().map(RiskLevel::id).orElse(null));
            n.put("last_modified", p.lastModified().toString());
        }
        return mapper.writeValueAsString(root);
    }
}
