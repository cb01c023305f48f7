package dev.clearance.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.review.CanonicalJson;
import dev.clearance.domain.Digests;
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
            return Verification.notAPackage("not a review package: cannot be read: " + e.getMessage());
        }
        return verify(files);
    }

    /** Verifies a package already read into memory. */
    public Verification verify(Map<String, byte[]> files) {
        for (String name : List.of(PackageLayout.MANIFEST, PackageLayout.SIGNATURE, PackageLayout.REVIEW)) {
            if (!files.containsKey(name)) {
                return Verification.notAPackage("not a review package: " + name + " is missing");
            }
        }
        List<PackageSignatures.ManifestSignature> signatures;
        try {
            signatures = PackageSignatures.parse(files.get(PackageLayout.SIGNATURE));
        } catch (IllegalArgumentException e) {
            return Verification.tampered(PackageLayout.SIGNATURE, e.getMessage());
        }
        // The signatures first: a changed manifest would otherwise be reported as the file whose hash it changed.
        List<Verification.Signer> signers = new ArrayList<>();
        for (PackageSignatures.ManifestSignature s : signatures) {
            try {
                X509Certificate signer = CmsSignatures.verifyDetached(files.get(PackageLayout.MANIFEST), s.cms());
                String fingerprint = ReviewerKey.fingerprint(signer);
                if (!fingerprint.equals(s.certificateSha256())
                        || !fingerprint.equals(ReviewerKey.fingerprint(certificate(s.certificate())))) {
                    return Verification.tampered(PackageLayout.SIGNATURE, "the signature of " + s.reviewer()
                            + " is not made with the certificate it names");
                }
                signers.add(new Verification.Signer(s.reviewer(), s.role(), fingerprint));
            } catch (CmsSignatures.DigestMismatchException e) {
                return Verification.tampered(PackageLayout.MANIFEST, "does not match the reviewers' signatures");
            } catch (GeneralSecurityException e) {
                return Verification.tampered(PackageLayout.SIGNATURE, "the signature of " + s.reviewer()
                        + " is not valid (" + e.getMessage() + ")");
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
                return Verification.tampered(name, "missing from the package");
            }
            if (!Digests.sha256Hex(bytes).equals(expected)) {
                return Verification.tampered(name, "hash differs from the manifest");
            }
        }
        if (manifest.sha256ByFile().size() != PackageLayout.HASHED.size()) {
            return Verification.tampered(PackageLayout.MANIFEST, "lists files a package does not have");
        }
        return checkSignOffs(files, signers);
    }

    /** The signers must be exactly the recorded sign-offs, and the report must carry their signatures. */
    private Verification checkSignOffs(Map<String, byte[]> files, List<Verification.Signer> signers) {
        JsonNode signOffs;
        String review;
        try {
            JsonNode root = CanonicalJson.parse(files.get(PackageLayout.REVIEW), PackageLayout.REVIEW);
            signOffs = root.path("signOffs");
            review = "revision " + root.path("review").path("revision").asText() + ", "
                    + root.path("review").path("stateLabel").asText();
        } catch (IllegalArgumentException e) {
            return Verification.tampered(PackageLayout.REVIEW, e.getMessage());
        }
        if (signers.isEmpty() && signOffs.isEmpty()) {
            return new Verification(Verification.Outcome.UNSIGNED, "", "nobody has signed off this revision", List.of());
        }
        // Names and roles in the signature file are not signed themselves: they must be the recorded ones.
        List<Verification.Signer> recorded = new ArrayList<>();
        signOffs.forEach(s -> recorded.add(new Verification.Signer(s.path("reviewer").asText(), s.path("role").asText(),
                s.path("certificateSha256").asText())));
        List<String> signed = signers.stream().map(Verification.Signer::certificateSha256).toList();
        if (!recorded.equals(signers)) {
            return Verification.tampered(PackageLayout.SIGNATURE, "the signatures are not those of the "
                    + recorded.size() + " sign-offs recorded in review.json");
        }
        try {
            List<String> inReport = PdfSignatures.verify(files.get(PackageLayout.REPORT)).stream()
                    .map(PdfSignatures.PdfSigner::certificateSha256).toList();
            if (!inReport.equals(signed)) {
                return Verification.tampered(PackageLayout.REPORT, "its signatures are not those of the reviewers");
            }
        } catch (GeneralSecurityException e) {
            return Verification.tampered(PackageLayout.REPORT, "a signature in the report does not match: " + e.getMessage());
        }
        return new Verification(Verification.Outcome.VALID, "", "", signers, review);
    }

    private static X509Certificate certificate(byte[] der) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }
}
