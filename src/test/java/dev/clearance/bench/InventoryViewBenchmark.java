package dev.clearance.bench;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.SourceType;
import dev.clearance.inventory.InventoryEditService;
import dev.clearance.store.Database;
import dev.clearance.store.JdbcAuditRepository;
import dev.clearance.store.JdbcDatasetRepository;
import dev.clearance.store.JdbcProjectRepository;
import dev.clearance.ui.UndoHistory;
import dev.clearance.ui.workbench.InventoryViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How fast a large project opens in the inventory area and how fast its filters answer:
 * {@code bin/benchmark inventory-view [--rows N]}. Generates the project in a temporary database,
 * then times opening (reading every dataset and building the search index) and typical filters,
 * each the median of several runs. Targets: open under 2 s and filter under 100 ms at 100,000 rows.
 */
public final class InventoryViewBenchmark {
    private static final String[] MODELS = {"gpt-4o-2024-08-06", "Llama-3.1-70B-Instruct", "gemma-2-27b-it",
        "DeepSeek-R1", "Qwen2.5-72B-Instruct", "claude-3-5-sonnet", "Mistral-7B-Instruct-v0.3"};
    private static final String[] ACCESS = {"api", "weights", "weights", "weights", "weights", "api", "weights"};

    public static void main(String[] args) throws Exception {
        int rows = 100_000;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--rows")) {
                rows = Integer.parseInt(args[i + 1]);
            }
        }
        Path dir = Files.createTempDirectory("clearance-bench-view");
        try (Database db = Database.open(dir.resolve("db"))) {
            JdbcDatasetRepository datasets = new JdbcDatasetRepository(db);
            long projectId = new JdbcProjectRepository(db).create(ProjectSettings.named("Benchmark")).id();
            datasets.saveAll(projectId, generate(rows));
            InventoryEditService edits = new InventoryEditService(datasets, new JdbcAuditRepository(db), Clock.systemUTC());

            double open = median(5, () -> new InventoryViewModel(projectId, datasets, edits, "bench", new UndoHistory(10)).load());
            InventoryViewModel vm = new InventoryViewModel(projectId, datasets, edits, "bench", new UndoHistory(10));
            vm.load();
            double text = median(9, () -> {
                vm.searchProperty().set("support 4217");
                vm.searchProperty().set("");
            }) / 2;
            double combined = median(9, () -> {
                vm.sourceFilterProperty().set(SourceType.SYNTHETIC);
                vm.generatorFilterProperty().set("gemma-2-27b-it");
                vm.searchProperty().set("dialogues");
                vm.clearFilters();
            }) / 4;
            System.out.printf("Inventory view, %,d datasets (median of runs):%n", rows);
            System.out.printf("  open project (read + index): %8.1f ms   target < 2000 ms%n", open);
            System.out.printf("  text filter:                 %8.1f ms   target <  100 ms%n", text);
            System.out.printf("  one filter change (avg of source, generator, text, clear): %.1f ms%n", combined);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<Dataset> generate(int rows) {
        List<Dataset> out = new ArrayList<>(rows);
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < rows; i++) {
            int m = i % MODELS.length;
            boolean synthetic = i % 4 != 0;
            out.add(synthetic
                    ? new Dataset("ds-" + i, "Synthetic support dialogues batch " + i, SourceType.SYNTHETIC, MODELS[m], "",
                            ACCESS[m], start.plusDays(i % 700), "", List.of("fine-tuning"), 1000L + i, "", "ml-team", "", false)
                    : new Dataset("ds-" + i, "Licensed conversations part " + i, SourceType.LICENSED, "", "", "", null,
                            "CC-BY-4.0", List.of("fine-tuning"), 500L, "", "legal", "", false));
        }
        return out;
    }

    private static double median(int runs, Runnable work) {
        double[] ms = new double[runs];
        work.run(); // warm-up
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
