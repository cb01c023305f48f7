package dev.clearance.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.review.CanonicalJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The {@code signature} file: one detached CMS signature over {@code manifest.json} per reviewer who
 * signed off, with their certificate, as JSON. An empty list means the package is unsigned.
 */
final class PackageSignatures {
    private PackageSignatures() {
    }

    /** One reviewer's signature over the manifest. */
    record ManifestSignature(String reviewer, String role, String certificateSha256, byte[] certificate, byte[] cms) {
    }

    /** Signs the manifest with each key, in sign-off order; each sign-off time is the CMS signing time. */
    static byte[] write(byte[] manifest, List<SignerOfRecord> signers) {
        ObjectNode root = CanonicalJson.object();
        root.put("format", "clearance-package-signatures");
        root.put("signedFile", PackageLayout.MANIFEST);
        ArrayNode list = root.putArray("signatures");
        Base64.Encoder b64 = Base64.getEncoder();
        for (SignerOfRecord s : signers) {
            try {
                list.addObject()
                        .put("reviewer", s.key().reviewer())
                        .put("role", s.role())
                        .put("certificateSha256", s.key().fingerprint())
                        .put("certificate", b64.encodeToString(s.key().certificate().getEncoded()))
                        .put("cms", b64.encodeToString(CmsSignatures.signDetached(manifest, s.key(), s.signedAt())));
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return CanonicalJson.bytes(root);
    }

    static List<ManifestSignature> parse(byte[] bytes) {
        JsonNode root = CanonicalJson.parse(bytes, PackageLayout.SIGNATURE);
        if (!root.path("signatures").isArray()) {
            throw new IllegalArgumentException(PackageLayout.SIGNATURE + " has no list of signatures");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        List<ManifestSignature> out = new ArrayList<>();
        for (JsonNode s : root.get("signatures")) {
            out.add(new ManifestSignature(s.path("reviewer").asText(), s.path("role").asText(),
                    s.path("certificateSha256").asText(), b64.decode(s.path("certificate").asText()),
                    b64.decode(s.path("cms").asText())));
        }
        return out;
    }

    /** A reviewer who signed off, with the key that signs for them and when they signed. */
    record SignerOfRecord(ReviewerKey key, String role, Instant signedAt) {
    }
}
