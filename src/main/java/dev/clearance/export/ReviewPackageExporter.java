package dev.clearance.export;

import dev.clearance.domain.review.SignOff;
import dev.clearance.review.ReviewExport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Produces a review package from a review export: renders {@code report.pdf} from {@code review.json},
 * has each reviewer who signed off sign the report (PAdES) and the manifest (CMS) with their key from the
 * keystore, and writes the zip deterministically.
 */
public final class ReviewPackageExporter {
    private final ReviewerKeys keys;
    private final ReportRenderer renderer;
    private final PackageWriter writer;

    public ReviewPackageExporter(ReviewerKeys keys, ReportRenderer renderer, PackageWriter writer) {
        this.keys = keys;
        this.renderer = renderer;
        this.writer = writer;
    }

    public ReviewPackageExporter(ReviewerKeys keys) {
        this(keys, new ReportRenderer(), new PackageWriter());
    }

    /** Whether exporting needs the keystore passphrase (it does when anyone signed off). */
    public static boolean needsPassphrase(ReviewExport export) {
        return !export.signOffs().isEmpty();
    }

    /** A warning when the key store the package is signed from can be read by others ({@link ReviewerKeys#exposure()}). */
    public java.util.Optional<String> keystoreExposure() {
        return keys.exposure();
    }

    /**
     * The package's files by name.
     *
     * @param passphrase opens the keystore; may be null for an unsigned draft
     * @throws ReviewerKeys.KeystoreException when a reviewer's key is missing, differs from the one they
     *                                        signed off with, or the passphrase is wrong
     */
    public Map<String, byte[]> build(ReviewExport export, char[] passphrase) {
        List<PackageSignatures.SignerOfRecord> signers = new ArrayList<>();
        for (SignOff s : export.signOffs()) {
            if (passphrase == null) {
                throw new ReviewerKeys.KeystoreException("Signing the package needs the keystore passphrase", null);
            }
            ReviewerKey key = keys.find(s.reviewer(), passphrase).orElseThrow(() -> new ReviewerKeys.KeystoreException(
                    "The keystore " + keys.location() + " holds no key for " + s.reviewer()
                            + "; export on the machine where they signed off", null));
            if (!key.fingerprint().equals(s.certificateFingerprint())) {
                throw new ReviewerKeys.KeystoreException("The key of " + s.reviewer() + " in " + keys.location()
                        + " is not the one they signed off with (certificate " + s.certificateFingerprint() + ")", null);
            }
            signers.add(new PackageSignatures.SignerOfRecord(key, s.role(), s.signedAt()));
        }
        byte[] report = renderer.render(export.reviewJson());
        for (PackageSignatures.SignerOfRecord s : signers) {
            report = PdfSignatures.sign(report, s.key(), s.role(), s.signedAt());
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(PackageLayout.REVIEW, export.reviewJson());
        files.put(PackageLayout.REPORT, report);
        files.put(PackageLayout.INVENTORY, export.inventoryCsv());
        files.put(PackageLayout.ANNOTATIONS, export.annotations());
        byte[] manifest = Manifest.write(files);
        files.put(PackageLayout.MANIFEST, manifest);
        files.put(PackageLayout.SIGNATURE, PackageSignatures.write(manifest, signers));
        return files;
    }

    /** Builds the package and writes it to {@code target} (replacing it only once complete). */
    public void export(ReviewExport export, char[] passphrase, Path target) throws IOException {
        writer.write(build(export, passphrase), target);
    }
}
