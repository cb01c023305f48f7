package dev.clearance.export;

import dev.clearance.review.ReviewExport;
import dev.clearance.review.ReviewFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The sample support-assistant review, signed off by counsel and the founder and exported: built once
 * per test class, because laying out the report takes a few seconds.
 */
final class SignedPackage {
    static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    final ReviewerKeys keys;
    final ReviewExport export;
    final Map<String, byte[]> files;
    final Path zip;
    final String counselFingerprint;

    SignedPackage(Path dir) throws IOException {
        keys = new ReviewerKeys(dir.resolve("keys.p12"), new dev.clearance.review.SteppingClock(ReviewFixture.START));
        try (ReviewFixture f = new ReviewFixture(dir)) {
            String project = f.importSample("support-assistant");
            f.completeReview(project, "Dana Whitfield");
            counselFingerprint = keys.keyFor("Dana Whitfield", PASSPHRASE).fingerprint();
            f.reviews.signOff(project, "Dana Whitfield", "Outside counsel", "I have reviewed the terms and the answers.",
                    counselFingerprint);
            f.reviews.signOff(project, "Sam Okafor", "Founder", "", keys.keyFor("Sam Okafor", PASSPHRASE).fingerprint());
            export = f.reviews.export(project).orElseThrow();
        }
        files = new ReviewPackageExporter(keys).build(export, PASSPHRASE);
        zip = dir.resolve("review.zip");
        new PackageWriter().write(files, zip);
    }
}
