package dev.clearance.export;

import dev.clearance.domain.Digests;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A reviewer's signing key and self-signed certificate.
 *
 * @param reviewer    the reviewer's name (the certificate's common name)
 * @param privateKey  the ECDSA P-256 private key
 * @param certificate the self-signed certificate
 */
public record ReviewerKey(String reviewer, PrivateKey privateKey, X509Certificate certificate) {
    public ReviewerKey {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
    }

    /** SHA-256 of the certificate's DER encoding, lower-case hex: what reports and packages print. */
    public String fingerprint() {
        return fingerprint(certificate);
    }

    public static String fingerprint(X509Certificate certificate) {
        try {
            return Digests.sha256Hex(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A certificate that cannot be encoded", e);
        }
    }
}
