package dev.clearance.bench;

import dev.clearance.export.PackageVerifier;
import dev.clearance.export.PackageWriter;
import dev.clearance.export.ReviewPackageExporter;
import dev.clearance.export.ReviewerKeys;
import dev.clearance.export.Verification;
import dev.clearance.review.ReviewExport;
import dev.clearance.review.ReviewFixture;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Times the export of a signed review of a 1,000-dataset project (review.json from the database, the
 * report laid out and signed by two reviewers, the zip written) and the verification of that package.
 * Prints the median wall and CPU time of the timed runs after warm-up (CPU time is the fairer figure on a
 * shared machine; the work runs on one thread). Run after {@code mvn test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) dev.clearance.bench.ReviewPackageBenchmark [datasets]}
 */
public final class ReviewPackageBenchmark {
    private static final int WARM_UP_RUNS = 2;
    private static final int TIMED_RUNS = 5;
    private static final char[] PASSPHRASE = "benchmark".toCharArray();
    private static final String[][] GENERATORS = {
        {"gpt-4o-2024-08-06", "openai", "api"}, {"Llama-3.1-70B-Instruct", "meta", "weights"},
        {"gemma-2-27b-it", "google", "weights"}, {"DeepSeek-R1", "deepseek", "weights"},
        {"Qwen2.5-72B-Instruct", "alibaba", "weights"}, {"claude-3-5-sonnet", "anthropic", "api"}};
    private static final String[] LICENCES = {"CC-BY-4.0", "CC0-1.0", "Apache-2.0", "MIT", "CC-BY-NC-4.0"};

    private ReviewPackageBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path work = Files.createTempDirectory("clearance-bench");
        try (ReviewFixture f = new ReviewFixture(work)) {
            Path inventory = work.resolve("inventory.csv");
            Files.writeString(inventory, inventory(count, new Random(20261128L)), StandardCharsets.UTF_8);
            String project = f.importPath(inventory, "Benchmark assistant");
            f.completeReview(project, "Dana Whitfield");
            ReviewerKeys keys = new ReviewerKeys(work.resolve("keys.p12"), f.clock);
            f.reviews.signOff(project, "Dana Whitfield", "Outside counsel", "", keys.keyFor("Dana Whitfield", PASSPHRASE).fingerprint());
            f.reviews.signOff(project, "Sam Okafor", "Founder", "", keys.keyFor("Sam Okafor", PASSPHRASE).fingerprint());
            ReviewPackageExporter exporter = new ReviewPackageExporter(keys);
            Path zip = work.resolve("review.zip");

            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] export = new long[TIMED_RUNS];
            long[] exportCpu = new long[TIMED_RUNS];
            long[] verify = new long[TIMED_RUNS];
            long[] verifyCpu = new long[TIMED_RUNS];
            Verification last = null;
            for (int i = 0; i < WARM_UP_RUNS + TIMED_RUNS; i++) {
                long start = System.nanoTime();
                long startCpu = threads.getCurrentThreadCpuTime();
                ReviewExport e = f.reviews.export(project).orElseThrow();
                new PackageWriter().write(exporter.build(e, PASSPHRASE), zip);
                long exported = System.nanoTime();
                long exportedCpu = threads.getCurrentThreadCpuTime();
                last = new PackageVerifier().verify(zip);
                if (i >= WARM_UP_RUNS) {
                    int run = i - WARM_UP_RUNS;
                    export[run] = exported - start;
                    exportCpu[run] = exportedCpu - startCpu;
                    verify[run] = System.nanoTime() - exported;
                    verifyCpu[run] = threads.getCurrentThreadCpuTime() - exportedCpu;
                }
            }
            System.out.printf(Locale.ROOT, "datasets: %d, package: %,d bytes, verification: %s%n", count, Files.size(zip),
                    last.outcome());
            System.out.printf(Locale.ROOT, "export (review.json + signed PDF/A report + zip): median %.2f s wall, %.2f s CPU "
                    + "(wall runs %s)%n", median(export), median(exportCpu), seconds(export));
            System.out.printf(Locale.ROOT, "verify (hashes, manifest and PDF signatures): median %.3f s wall, %.3f s CPU "
                    + "(wall runs %s)%n", median(verify), median(verifyCpu), seconds(verify));
            System.out.printf(Locale.ROOT, "load average while measuring: %.1f on %d cores%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        }
    }

    static String inventory(int count, Random random) {
        StringBuilder csv = new StringBuilder("id,name,source_type,generator_model,generator_provider,access,collected_on,"
                + "license,uses,records,terms,owner,notes\n");
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < count; i++) {
            String id = String.format(Locale.ROOT, "ds-%04d", i);
            if (i % 5 == 4) {
                csv.append(id).append(",Licensed corpus ").append(i).append(",licensed,,,,,")
                        .append(LICENCES[random.nextInt(LICENCES.length)]).append(",fine-tuning,").append(1000 + i).append(",,data-team,\n");
                continue;
            }
            String[] g = GENERATORS[random.nextInt(GENERATORS.length)];
            csv.append(id).append(",Synthetic set ").append(i).append(" (").append(g[0]).append("),synthetic,").append(g[0]).append(',')
                    .append(g[1]).append(',').append(g[2]).append(',').append(first.plusDays(random.nextInt(700)))
                    .append(",,fine-tuning,").append(500 + random.nextInt(100_000)).append(",,ml-team,\n");
        }
        return csv.toString();
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e9;
    }

    private static String seconds(long[] nanos) {
        return Arrays.toString(Arrays.stream(nanos).mapToObj(n -> String.format(Locale.ROOT, "%.2f", n / 1e9)).toArray());
    }
}
