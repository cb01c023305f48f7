package dev.clearance.inventory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.DatasetRepository;
import dev.clearance.domain.Project;
import dev.clearance.domain.ProjectRepository;
import dev.clearance.domain.ProjectSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Writes a project's current inventory (datasets marked removed are left out) back to CSV, JSON or
 * YAML in the contract's shape, so that exporting and importing again gives the same data. JSON and
 * YAML carry the project block; CSV carries only the datasets. Datasets are streamed from the store.
 *
 * <p>CSV cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage
 * return) are prefixed with an apostrophe, the spreadsheet convention for "this is text"; the CSV
 * importer removes exactly that apostrophe again.
 */
public final class InventoryExporter {
    private final ProjectRepository projects;
    private final DatasetRepository datasets;

    public InventoryExporter(ProjectRepository projects, DatasetRepository datasets) {
        this.projects = projects;
        this.datasets = datasets;
    }

    /** Writes the project's inventory to {@code file} (XLSX is not an export format). */
    public void export(long projectId, InventoryFormat format, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            export(projectId, format, out);
        }
    }

    public void export(long projectId, InventoryFormat format, OutputStream out) throws IOException {
        Project project = projects.findById(projectId)
                .orElseThrow(() -> new IllegalArgumentException("No project with id " + projectId));
        Consumer<Consumer<Dataset>> current = sink -> datasets.forEach(projectId, d -> {
            if (!d.removed()) {
                sink.accept(d);
            }
        });
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            switch (format) {
                case CSV -> writeCsv(current, writer);
                case JSON -> writeStructured(InputLimits.json().createGenerator(writer).useDefaultPrettyPrinter(),
                        project.settings(), current);
                case YAML -> writeStructured(YAMLFactory.builder()
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .build().createGenerator(writer), project.settings(), current);
                case XLSX -> throw new IllegalArgumentException("Inventories export to CSV, JSON or YAML");
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    /** The cell as written to CSV: text a spreadsheet would evaluate gets a leading apostrophe. */
    static String neutralised(String cell) {
        return isFormulaLike(cell) ? "'" + cell : cell;
    }

    /** The inverse of {@link #neutralised}, applied by the CSV reader. */
    static String unneutralised(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && isFormulaLike(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean isFormulaLike(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    private static void writeCsv(Consumer<Consumer<Dataset>> datasets, Writer writer) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false);
        InventoryColumns.ALL.forEach(schema::addColumn);
        try (CsvGenerator g = InputLimits.csv().createGenerator(writer)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING); // quote only where CSV needs it
            g.setSchema(schema.build());
            writeRow(g, InventoryColumns.ALL.toArray(String[]::new)); // written even for an empty inventory
            datasets.accept(d -> {
                try {
                    writeRow(g, Arrays.stream(cells(d)).map(InventoryExporter::neutralised).toArray(String[]::new));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void writeRow(CsvGenerator g, String[] cells) throws IOException {
        g.writeStartArray();
        for (String cell : cells) {
            g.writeString(cell);
        }
        g.writeEndArray();
    }

    private static String[] cells(Dataset d) {
        return new String[] {d.id(), d.name(), d.sourceType().id(), d.generatorModel(), d.generatorProvider(), d.access(),
                d.collectedOn() == null ? "" : d.collectedOn().toString(), d.license(), String.join(";", d.uses()),
                d.records() == null ? "" : d.records().toString(), d.terms(), d.owner(), d.notes()};
    }

    private static void writeStructured(JsonGenerator g, ProjectSettings project, Consumer<Consumer<Dataset>> datasets)
            throws IOException {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (g) {
            g.writeStartObject();
            g.writeObjectFieldStart("project");
            g.writeStringField("name", project.name());
            g.writeStringField("model_name", project.modelName());
            g.writeStringField("purpose", project.purpose().id());
            g.writeStringField("distribution", project.distribution().id());
            g.writeBooleanField("commercial", project.commercial());
            if (project.expectedMau() != null) {
                g.writeNumberField("expected_mau", project.expectedMau());
            }
            g.writeArrayFieldStart("regions");
            for (String region : project.regions()) {
                g.writeString(region);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("datasets");
            datasets.accept(d -> {
                try {
                    writeDataset(g, d);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeEndArray();
            g.writeEndObject();
            if (!(g instanceof YAMLGenerator)) {
                g.writeRaw('\n'); // YAML ends its last line itself
            }
        }
    }

    private static void writeDataset(JsonGenerator g, Dataset d) throws IOException {
        g.writeStartObject();
        g.writeStringField(InventoryColumns.ID, d.id());
        g.writeStringField(InventoryColumns.NAME, d.name());
        g.writeStringField(InventoryColumns.SOURCE_TYPE, d.sourceType().id());
        optional(g, InventoryColumns.GENERATOR_MODEL, d.generatorModel());
        optional(g, InventoryColumns.GENERATOR_PROVIDER, d.generatorProvider());
        optional(g, InventoryColumns.ACCESS, d.access());
        optional(g, InventoryColumns.COLLECTED_ON, d.collectedOn() == null ? "" : d.collectedOn().toString());
        optional(g, InventoryColumns.LICENSE, d.license());
        g.writeArrayFieldStart(InventoryColumns.USES);
        for (String use : d.uses()) {
            g.writeString(use);
        }
        g.writeEndArray();
        if (d.records() != null) {
            g.writeNumberField(InventoryColumns.RECORDS, d.records());
        }
        optional(g, InventoryColumns.TERMS, d.terms());
        optional(g, InventoryColumns.OWNER, d.owner());
        optional(g, InventoryColumns.NOTES, d.notes());
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (!value.isEmpty()) {
            g.writeStringField(field, value);
        }
    }
}
