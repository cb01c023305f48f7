package dev.clearance.ui.review;

import dev.clearance.export.PackageReader;
import dev.clearance.export.PackageVerifier;
import dev.clearance.export.ReviewPackage;
import dev.clearance.export.Verification;
import dev.clearance.ui.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Verifies a review package in the background and says what was found in words: valid (who signed, with
 * their certificate fingerprints, and which revision), tampered (which file), unsigned, or not a package.
 * Needs no project and no database.
 */
public final class PackageCheck {
    /** What verifying found, for a dialog: a headline and the facts behind it. */
    public record Finding(boolean valid, String headline, List<String> details) {
    }

    private final PackageVerifier verifier;
    private final TaskRunner tasks;

    public PackageCheck(PackageVerifier verifier, TaskRunner tasks) {
        this.verifier = verifier;
        this.tasks = tasks;
    }

    /** Verifies {@code zip}; {@code done} receives the finding (also when it could not be read at all). */
    public void verify(Path zip, Consumer<Finding> done) {
        tasks.run("Verifying " + zip.getFileName(), m -> describe(verifier.verify(zip)), done,
                failure -> done.accept(new Finding(false, "The package could not be verified",
                        List.of(Problems.describe(failure)))));
    }

    /**
     * Opens a package read-only: verifies it and reads its review.json. A package that cannot be read
     * safely (hostile, not a zip, no review.json) is reported through {@code failed}; nothing is written.
     */
    public void open(Path zip, Consumer<OpenedPackage> done, Consumer<String> failed) {
        tasks.run("Opening " + zip.getFileName(), m -> {
            try {
                ReviewPackage pkg = ReviewPackage.open(zip, new PackageReader());
                byte[] report;
                try {
                    report = pkg.file("report.pdf");
                } catch (IllegalArgumentException missing) {
                    report = new byte[0];
                }
                return OpenedPackage.of(describe(pkg.verification()), pkg.review(), report, pkg.reviewJson());
            } catch (java.io.IOException | PackageReader.UnsafePackageException e) {
                throw new IllegalStateException(zip.getFileName() + " cannot be opened: " + e.getMessage(), e);
            }
        }, done, failure -> failed.accept(Problems.describe(failure)));
    }

    static Finding describe(Verification v) {
        return switch (v.outcome()) {
            case VALID -> new Finding(true, "Valid: every file and every signature matches", valid(v));
            case TAMPERED -> new Finding(false, "Tampered: " + v.file() + " was changed after signing",
                    List.of(sentence(v.detail())));
            case UNSIGNED -> new Finding(false, "Unsigned: the files are intact but nobody signed off",
                    List.of(sentence(v.detail())));
            case NOT_A_PACKAGE -> new Finding(false, "Not a review package", List.of(sentence(v.detail())));
        };
    }

    /** The verifier's detail as a sentence: capitalised, with a full stop. */
    private static String sentence(String detail) {
        if (detail.isEmpty()) {
            return detail;
        }
        String s = Character.toUpperCase(detail.charAt(0)) + detail.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }

    private static List<String> valid(Verification v) {
        List<String> lines = new java.util.ArrayList<>();
        if (!v.review().isEmpty()) {
            lines.add("Review: " + v.review());
        }
        for (Verification.Signer s : v.signers()) {
            lines.add("Signed by " + s.reviewer() + " (" + s.role() + ")\nCertificate SHA-256: " + s.certificateSha256());
        }
        lines.add("Compare the fingerprints with the reviewers out of band: the certificates are self-signed.");
        return lines;
    }
}
