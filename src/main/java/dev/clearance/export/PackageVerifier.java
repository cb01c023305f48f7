package dev.clearance.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.review.CanonicalJson;
import dev.clearance.review.Digests;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Verifies a review package: reads it safely ({@link PackageReader}), recomputes the SHA-256 of every file
 * against the manifest, verifies each reviewer's CMS signature over the manifest and the report's PAdES
 * signatures, and checks that the signers are exactly the sign-offs recorded in {@code review.json}.
 */
public final class PackageVerifier {
    private final PackageReader reader;

    public PackageVerifier(PackageReader reader) {
        this.reader = reader;
    }

    public PackageVerifier() {
        this(new PackageReader());
    }

    public Verification verify(Path zip) {
        Map<String, byte[]> files;
        try {
            files = reader.read(zip);
        } catch (PackageReader.UnsafePackageException e) {
            return Verification.notAPackage(e.getMessage());
        } catch (IOException e) {
            return Verification.notAPackage("cannot be read: " + e.getMessage());
        }
        return verify(files);
    }

    /** Verifies a package already read into memory. */
    public Verification verify(Map<String, byte[]> files) {
        for (String name : List.of(PackageLayout.MANIFEST, PackageLayout.SIGNATURE)) {
            if (!files.containsKey(name)) {
                return Verification.notAPackage("not a review package: " + name + " is missing");
            }
        }
        Manifest manifest;
        try {
            manifest = Manifest.parse(files.get(PackageLayout.MANIFEST));
        } catch (IllegalArgumentException e) {
            return Verification.tampered(PackageLayout.MANIFEST, e.getMessage());
        }
        for (String name : PackageLayout.HASHED) {
            String expected = manifest.sha256ByFile().get(name);
            if (expected == null) {
                return Verification.tampered(PackageLayout.MANIFEST, "the manifest does not list " + name);
            }
            byte[] bytes = files.get(name);
            if (bytes == null) {
                return Verification.tampered(name, name + " is missing from the package");
            }
            if (!Digests.sha256Hex(bytes).equals(expected)) {
                return Verification.tampered(name, "hash differs from the manifest");
            }
        }
        if (manifest.sha256ByFile().size() != PackageLayout.HASHED.size()) {
            return Verification.tampered(PackageLayout.MANIFEST, "the manifest lists files the package does not have");
        }
        return verifySignatures(files);
    }

    private Verification verifySignatures(Map<String, byte[]> files) {
        List<PackageSignatures.ManifestSignature> signatures;
        JsonNode signOffs;
        try {
            signatures = PackageSignatures.parse(files.get(PackageLayout.SIGNATURE));
            signOffs = CanonicalJson.parse(files.get(PackageLayout.REVIEW), PackageLayout.REVIEW).path("signOffs");
        } catch (IllegalArgumentException e) {
            return Verification.tampered(PackageLayout.SIGNATURE, e.getMessage());
        }
        if (signatures.isEmpty() && signOffs.isEmpty()) {
            return new Verification(Verification.Outcome.UNSIGNED, "", "nobody has signed off this revision", List.of());
        }
        if (signatures.size() != signOffs.size()) {
            return Verification.tampered(PackageLayout.SIGNATURE, "review.json records " + signOffs.size()
                    + " sign-offs but the package carries " + signatures.size() + " signatures");
        }
        List<Verification.Signer> signers = new ArrayList<>();
        byte[] manifest = files.get(PackageLayout.MANIFEST);
        for (int i = 0; i < signatures.size(); i++) {
            PackageSignatures.ManifestSignature s = signatures.get(i);
            JsonNode recorded = signOffs.get(i);
            try {
                X509Certificate signer = CmsSignatures.verifyDetached(manifest, s.cms());
                String fingerprint = ReviewerKey.fingerprint(signer);
                if (!fingerprint.equals(s.certificateSha256()) || !fingerprint.equals(ReviewerKey.fingerprint(certificate(s.certificate())))
                        || !fingerprint.equals(recorded.path("certificateSha256").asText())
                        || !s.reviewer().equals(recorded.path("reviewer").asText())) {
                    return Verification.tampered(PackageLayout.SIGNATURE, "the signature of " + s.reviewer()
                            + " is not made with the certificate recorded at sign-off");
                }
                signers.add(new Verification.Signer(s.reviewer(), s.role(), fingerprint));
            } catch (GeneralSecurityException e) {
                return Verification.tampered(PackageLayout.SIGNATURE, "the signature of " + s.reviewer()
                        + " does not match manifest.json (" + e.getMessage() + ")");
            }
        }
        try {
            List<PdfSignatures.PdfSigner> pdfSigners = PdfSignatures.verify(files.get(PackageLayout.REPORT));
            List<String> expected = signers.stream().map(Verification.Signer::certificateSha256).toList();
            if (!pdfSigners.stream().map(PdfSignatures.PdfSigner::certificateSha256).toList().equals(expected)) {
                return Verification.tampered(PackageLayout.REPORT, "the report's signatures are not those of the reviewers");
            }
        } catch (GeneralSecurityException e) {
            return Verification.tampered(PackageLayout.REPORT, "a signature in the report does not match: " + e.getMessage());
        }
        return new Verification(Verification.Outcome.VALID, "", "", signers);
    }

    private static X509Certificate certificate(byte[] der) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }
}
