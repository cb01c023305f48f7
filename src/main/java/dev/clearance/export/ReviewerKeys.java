package dev.clearance.export;

import dev.clearance.domain.Digests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
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
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
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
 *
 * <p>A new key store needs a passphrase that {@link PassphraseRule} accepts; the file is written private to
 * its owner (rw-------) and {@link #exposure()} warns when an existing one is not. A key store that cannot
 * be opened says whether the passphrase is wrong or the file is damaged ({@link Reason}).
 */
public final class ReviewerKeys {
    private static final String KEY_ALGORITHM = "EC";
    private static final String CURVE = "secp256r1";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

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
        if (!Files.exists(keystore)) {
            PassphraseRule.weakness(passphrase).ifPresent(why -> {
                throw new KeystoreException(Reason.WEAK_PASSPHRASE, "The passphrase is too weak to create the key store "
                        + keystore + ": " + why + ".", null);
            });
        }
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
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
        } catch (GeneralSecurityException e) {
            throw new KeystoreException("PKCS#12 key stores are not supported here: " + e.getMessage(), e);
        }
        if (!Files.exists(keystore)) {
            try {
                store.load(null, passphrase);
                return store;
            } catch (IOException | GeneralSecurityException e) {
                throw new KeystoreException("A new key store could not be made: " + e.getMessage(), e);
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(keystore);
        } catch (IOException e) {
            throw new KeystoreException(Reason.UNREADABLE, "The key store " + keystore + " could not be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "): check that it is a file you may read.", e);
        }
        try {
            store.load(new ByteArrayInputStream(bytes), passphrase);
            return store;
        } catch (IOException e) {
            // The JDK says "password was incorrect" (cause UnrecoverableKeyException) whenever the encrypted
            // certificates do not decrypt and parse, which a damaged file does too; everything else
            // (EOFException, ASN.1/DER errors, a failed integrity check once the certificates decrypted) is
            // damage. See KeystoreDamage for how the first case is told apart.
            if (e.getCause() instanceof UnrecoverableKeyException && String.valueOf(e.getMessage()).contains("password")) {
                if (KeystoreDamage.passphraseDecrypts(bytes, passphrase)) {
                    throw damaged("its certificates decrypt with this passphrase but do not read back", e);
                }
                throw wrongPassphrase(e);
            }
            throw damaged(describe(e), e);
        } catch (GeneralSecurityException e) {
            throw damaged(describe(e), e);
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? "" : ": " + e.getMessage();
        if (e instanceof java.io.EOFException || e.getCause() instanceof java.io.EOFException) {
            return "it ends too early, as a file cut short does" + message;
        }
        if (String.valueOf(e.getMessage()).startsWith("Integrity check failed")) {
            return "its contents no longer match its integrity check";
        }
        return e.getClass().getSimpleName() + message;
    }

    private void save(KeyStore store, char[] passphrase) {
        try {
            Path folder = keystore.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            boolean posix = posix(folder);
            Path temp = posix
                    ? Files.createTempFile(folder, "keys", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(folder, "keys", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                store.store(out, passphrase);
            }
            if (posix) {
                Files.setPosixFilePermissions(temp, OWNER_ONLY); // whatever the umask left
            }
            Files.move(temp, keystore, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException e) {
            throw new KeystoreException("The keystore " + keystore + " could not be written: " + e.getMessage(), e);
        }
    }

    /** Whether the key store file exists yet (it is made at the first sign-off). */
    public boolean exists() {
        return Files.exists(keystore);
    }

    /**
     * A warning when the existing key store can be read (or written) by the file's group or by others; empty
     * when it is private to its owner, does not exist, or the file system has no POSIX permissions.
     */
    public Optional<String> exposure() {
        try {
            if (!Files.exists(keystore) || !posix(keystore)) {
                return Optional.empty();
            }
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(keystore);
            Set<PosixFilePermission> open = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
            open.retainAll(perms);
            if (open.isEmpty()) {
                return Optional.empty();
            }
            boolean others = open.contains(PosixFilePermission.OTHERS_READ) || open.contains(PosixFilePermission.OTHERS_WRITE);
            return Optional.of("The key store " + keystore + " can be read by " + (others ? "other users" : "its group")
                    + " (" + PosixFilePermissions.toString(perms) + "): anyone who copies it can try passphrases "
                    + "against your signing keys. Make it private: chmod 600 " + keystore);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private KeystoreException wrongPassphrase(Exception cause) {
        return new KeystoreException(Reason.WRONG_PASSPHRASE, "The passphrase does not open the keystore " + keystore
                + " (wrong passphrase: set CLEARANCE_KEY_PASSPHRASE to the passphrase used at the first sign-off; "
                + "if you are sure it is right, the file may be damaged: restore it from a copy).", cause);
    }

    private KeystoreException damaged(String detail, Exception cause) {
        return new KeystoreException(Reason.DAMAGED, "The key store " + keystore + " is damaged (" + detail
                + "): restore it from a copy; your signed packages stay valid.", cause);
    }

    /** Aliases are case-folded by PKCS#12: key them by a hash of the exact name instead. */
    private static String alias(String reviewer) {
        return "reviewer-" + Digests.sha256Hex(reviewer.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    /** Why a key store could not be used. */
    public enum Reason {
        /** The passphrase does not open it. */
        WRONG_PASSPHRASE,
        /** The file is not an intact PKCS#12 key store (cut short, bits changed). */
        DAMAGED,
        /** A new key store was refused a passphrase that {@link PassphraseRule} finds too weak. */
        WEAK_PASSPHRASE,
        /** The file cannot be read (permissions, a folder in its place). */
        UNREADABLE,
        /** Anything else: a key missing, a key store that cannot be written. */
        OTHER
    }

    /** A keystore that cannot be opened, read or written; the message says why and what to do. */
    public static final class KeystoreException extends RuntimeException {
        private final Reason reason;

        public KeystoreException(String message, Throwable cause) {
            this(Reason.OTHER, message, cause);
        }

        public KeystoreException(Reason reason, String message, Throwable cause) {
            super(message, cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
