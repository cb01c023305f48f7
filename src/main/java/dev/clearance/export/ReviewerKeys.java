package dev.clearance.export;

import dev.clearance.review.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Reviewers' signing keys: one ECDSA P-256 key pair per reviewer with a self-signed X.509 certificate,
 * created at the reviewer's first sign-off and kept in a local PKCS#12 keystore protected by a
 * passphrase. The certificate's SHA-256 fingerprint identifies the reviewer in reviews and packages.
 */
public final class ReviewerKeys {
    private static final String KEY_ALGORITHM = "EC";
    private static final String CURVE = "secp256r1";

    private final Path keystore;
    private final Clock clock;

    /**
     * @param keystore the PKCS#12 file, e.g. {@code keys.p12} beside the database; created on first use
     */
    public ReviewerKeys(Path keystore, Clock clock) {
        this.keystore = keystore;
        this.clock = clock;
    }

    public Path location() {
        return keystore;
    }

    /** The reviewer's key, creating it (and the keystore) if this is their first sign-off. */
    public ReviewerKey keyFor(String reviewer, char[] passphrase) {
        return find(reviewer, passphrase).orElseGet(() -> create(reviewer, passphrase));
    }

    /** The reviewer's key if the keystore holds one. */
    public Optional<ReviewerKey> find(String reviewer, char[] passphrase) {
        KeyStore store = load(passphrase);
        try {
            String alias = alias(reviewer);
            if (!store.isKeyEntry(alias)) {
                return Optional.empty();
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, passphrase);
            X509Certificate cert = (X509Certificate) store.getCertificate(alias);
            return Optional.of(new ReviewerKey(reviewer, key, cert));
        } catch (UnrecoverableKeyException e) {
            throw wrongPassphrase(e);
        } catch (GeneralSecurityException e) {
            throw new KeystoreException("The keystore " + keystore + " could not be read: " + e.getMessage(), e);
        }
    }

    private ReviewerKey create(String reviewer, char[] passphrase) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(KEY_ALGORITHM);
            generator.initialize(new ECGenParameterSpec(CURVE), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X509Certificate cert = selfSigned(reviewer, pair);
            KeyStore store = load(passphrase);
            store.setKeyEntry(alias(reviewer), pair.getPrivate(), passphrase, new Certificate[] {cert});
            save(store, passphrase);
            return new ReviewerKey(reviewer, pair.getPrivate(), cert);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new KeystoreException("A key for " + reviewer + " could not be created: " + e.getMessage(), e);
        }
    }

    private X509Certificate selfSigned(String reviewer, KeyPair pair)
            throws GeneralSecurityException, OperatorCreationException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, reviewer)
                .addRDN(BCStyle.O, "Clearance reviewer (self-signed)").build();
        var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(3650, ChronoUnit.DAYS)), subject,
                pair.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    private KeyStore load(char[] passphrase) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            if (Files.exists(keystore)) {
                try (InputStream in = Files.newInputStream(keystore)) {
                    store.load(in, passphrase);
                }
            } else {
                store.load(null, passphrase);
            }
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw wrongPassphrase(e);
            }
            throw new KeystoreException("The keystore " + keystore + " could not be read: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new KeystoreException("The keystore " + keystore + " could not be read: " + e.getMessage(), e);
        }
    }

    private void save(KeyStore store, char[] passphrase) {
        try {
            Files.createDirectories(keystore.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(keystore.toAbsolutePath().getParent(), "keys", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                store.store(out, passphrase);
            }
            Files.move(temp, keystore, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException e) {
            throw new KeystoreException("The keystore " + keystore + " could not be written: " + e.getMessage(), e);
        }
    }

    private KeystoreException wrongPassphrase(Exception cause) {
        return new KeystoreException("The passphrase does not open the keystore " + keystore
                + " (set CLEARANCE_KEY_PASSPHRASE to the passphrase used at the first sign-off).", cause);
    }

    /** Aliases are case-folded by PKCS#12: key them by a hash of the exact name instead. */
    private static String alias(String reviewer) {
        return "reviewer-" + Digests.sha256Hex(reviewer.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    /** A keystore that cannot be opened, read or written; the message says why and what to do. */
    public static final class KeystoreException extends RuntimeException {
        public KeystoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
