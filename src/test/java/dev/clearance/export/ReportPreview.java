package dev.clearance.export;

import dev.clearance.review.ReviewExport;
import dev.clearance.review.ReviewFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** Writes a signed sample package to a folder, to look at the report: {@code ReportPreview OUT_DIR}. */
public final class ReportPreview {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/review");
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("clearance-preview");
        try (ReviewFixture f = new ReviewFixture(work)) {
            String project = f.importSample(args.length > 1 ? args[1] : "support-assistant");
            f.completeReview(project, "Dana Whitfield");
            ReviewerKeys keys = new ReviewerKeys(work.resolve("keys.p12"), Clock.systemUTC());
            char[] pass = "preview".toCharArray();
            f.reviews.signOff(project, "Dana Whitfield", "Outside counsel", "I have reviewed the terms and the answers.",
                    keys.keyFor("Dana Whitfield", pass).fingerprint());
            f.reviews.signOff(project, "Sam Okafor", "Founder", "", keys.keyFor("Sam Okafor", pass).fingerprint());
            ReviewExport export = f.reviews.export(project).orElseThrow();
            var files = new ReviewPackageExporter(keys).build(export, pass);
            files.forEach((name, bytes) -> {
                try {
                    Files.write(out.resolve(name), bytes);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            new PackageWriter().write(files, out.resolve("package.zip"));
        }
    }
}
