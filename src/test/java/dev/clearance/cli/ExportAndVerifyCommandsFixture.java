package dev.clearance.cli;

import dev.clearance.export.PackageVerifier;
import dev.clearance.export.ReviewPackageExporter;
import dev.clearance.export.ReviewerKeys;
import dev.clearance.review.ReviewFixture;
import java.nio.file.Path;
import java.util.Map;

/** A sample project signed off through the command line, ready to export and verify. */
final class ExportAndVerifyCommandsFixture implements AutoCloseable {
    static final Map<String, String> ENV = Map.of("CLEARANCE_KEY_PASSPHRASE", "s3cret passphrase");

    final ReviewFixture f;
    final ReviewerKeys keys;
    final String project;

    ExportAndVerifyCommandsFixture(Path dir, boolean signed) {
        f = new ReviewFixture(dir);
        keys = new ReviewerKeys(dir.resolve("keys.p12"), f.clock);
        project = f.importSample("support-assistant");
        if (signed) {
            f.completeReview(project, "Dana Whitfield");
            CommandRun.of(new SignoffCommand(() -> f.reviews, () -> keys, ENV::get),
                    "--project", project, "--reviewer", "Dana Whitfield", "--role", "Outside counsel");
        }
    }

    CommandRun export(Map<String, String> env, String... args) {
        return CommandRun.of(new ExportCommand(() -> f.reviews, () -> new ReviewPackageExporter(keys), env::get), args);
    }

    static CommandRun verify(String... args) {
        return CommandRun.of(new VerifyCommand(PackageVerifier::new), args);
    }

    @Override
    public void close() {
        f.close();
    }
}
