package dev.clearance.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.clearance.export.ReviewerKeys.KeystoreException;
import dev.clearance.export.ReviewerKeys.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key store on disk: a real keys.p12, damaged in the ways files get damaged, and its permissions. */
class ReviewerKeysTest {
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    Path dir;
    Path file;
    ReviewerKeys keys;

    @BeforeEach
    void open() {
        file = dir.resolve("keys.p12");
        keys = new ReviewerKeys(file, Clock.systemUTC());
    }

    private KeystoreException refusedWith(char[] passphrase) {
        return assertThrows(KeystoreException.class, () -> keys.find("Dana Whitfield", passphrase));
    }

    @Test
    void aWrongPassphraseIsCalledAWrongPassphrase() {
        keys.keyFor("Dana Whitfield", PASSPHRASE);

        KeystoreException e = refusedWith("not the passphrase at all".toCharArray());

        assertEquals(Reason.WRONG_PASSPHRASE, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("does not open the keystore " + file), e.getMessage());
        assertTrue(e.getMessage().contains("wrong passphrase"), e.getMessage());
        assertFalse(e.getMessage().contains("is damaged"), e.getMessage());
    }

    @Test
    void aTruncatedKeyStoreIsCalledDamagedNotAWrongPassphrase() throws Exception {
        keys.keyFor("Dana Whitfield", PASSPHRASE);
        byte[] whole = Files.readAllBytes(file);
        for (int length : new int[] {0, 1, 100, whole.length / 2, whole.length - 1}) {
            Files.write(file, Arrays.copyOf(whole, length));

            KeystoreException e = refusedWith(PASSPHRASE);

            assertEquals(Reason.DAMAGED, e.reason(), length + " bytes: " + e.getMessage());
            assertTrue(e.getMessage().startsWith("The key store " + file + " is damaged ("), e.getMessage());
            assertTrue(e.getMessage().endsWith("restore it from a copy; your signed packages stay valid."), e.getMessage());
        }
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertTrue(refusedWith(PASSPHRASE).getMessage().contains("ends too early"));
    }

    @Test
    void aBitFlippedInsideTheEncryptedCertificatesIsDamageThoughTheJdkCallsItAWrongPassword() throws Exception {
        keys.keyFor("Dana Whitfield", PASSPHRASE);
        byte[] whole = Files.readAllBytes(file);
        byte[] cipher = encryptedCertificates(whole);
        int at = indexOf(whole, cipher) + cipher.length / 2; // a block in the middle: neither the first nor the padding
        whole[at] ^= 0x10;
        Files.write(file, whole);

        KeystoreException e = refusedWith(PASSPHRASE);

        assertEquals(Reason.DAMAGED, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("is damaged ("), e.getMessage());
        // With another passphrase the same file is still a wrong passphrase: the padding does not check out.
        assertEquals(Reason.WRONG_PASSPHRASE, refusedWith("somebody else's phrase".toCharArray()).reason());
    }

    @Test
    void aBitFlippedInTheIntegrityCheckOrTheKeyIsDamage() throws Exception {
        keys.keyFor("Dana Whitfield", PASSPHRASE);
        byte[] whole = Files.readAllBytes(file);
        int lastByte = whole.length - 1; // the MAC's iteration count
        byte[] flipped = whole.clone();
        flipped[lastByte] ^= 0x01;
        Files.write(file, flipped);

        KeystoreException e = refusedWith(PASSPHRASE);

        assertEquals(Reason.DAMAGED, e.reason(), e.getMessage());
    }

    @Test
    void anyFlippedBitIsReportedAsDamageOrAtWorstAsAWrongPassphraseThatMayBeDamage() throws Exception {
        keys.keyFor("Dana Whitfield", PASSPHRASE);
        byte[] whole = Files.readAllBytes(file);
        Map<Reason, Integer> seen = new EnumMap<>(Reason.class);
        int tried = 0;
        for (int at = 3; at < whole.length; at += 11) {
            byte[] flipped = whole.clone();
            flipped[at] ^= 0x04;
            Files.write(file, flipped);
            tried++;
            try {
                keys.find("Dana Whitfield", PASSPHRASE);
            } catch (KeystoreException e) {
                seen.merge(e.reason(), 1, Integer::sum);
                if (e.reason() == Reason.WRONG_PASSPHRASE) {
                    assertTrue(e.getMessage().contains("the file may be damaged"), e.getMessage());
                }
            }
        }
        assertTrue(seen.keySet().stream().allMatch(r -> r == Reason.DAMAGED || r == Reason.WRONG_PASSPHRASE), seen::toString);
        // Only a damaged first or last cipher block still passes for a wrong passphrase.
        int all = tried;
        assertTrue(seen.getOrDefault(Reason.DAMAGED, 0) >= all * 8 / 10, () -> all + " tried: " + seen);
    }

    @Test
    void aWeakPassphraseCannotCreateTheKeyStore() {
        for (String weak : new String[] {"x", "hunter2", "aaaaaaaaaaaaaaaa", "passwordpassword", "123456789012",
            "abcabcabcabcabc"}) {
            KeystoreException e = assertThrows(KeystoreException.class, () -> keys.keyFor("Dana Whitfield", weak.toCharArray()));
            assertEquals(Reason.WEAK_PASSPHRASE, e.reason(), weak);
            assertTrue(e.getMessage().startsWith("The passphrase is too weak to create the key store " + file + ": "),
                    e.getMessage());
            assertFalse(Files.exists(file), "nothing is written for " + weak);
        }
        assertTrue(assertThrows(KeystoreException.class, () -> keys.keyFor("Dana", "x".toCharArray())).getMessage()
                .contains("it has 1 character; use at least 12"));
        keys.keyFor("Dana Whitfield", PASSPHRASE);
        assertTrue(Files.exists(file));
    }

    @Test
    void aKeyStoreMadeBeforeWithAWeakPassphraseStillTakesNewReviewers() throws Exception {
        char[] old = "x".toCharArray();
        KeyStore legacy = KeyStore.getInstance("PKCS12");
        legacy.load(null, old);
        try (var out = Files.newOutputStream(file)) {
            legacy.store(out, old);
        }

        assertEquals("Sam Okafor", keys.keyFor("Sam Okafor", old).reviewer());
        assertTrue(keys.find("Sam Okafor", old).isPresent());
    }

    @Test
    void theKeyStoreIsWrittenPrivateToItsOwnerAndAnOpenOneIsWarnedAbout() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        assertTrue(keys.exposure().isEmpty(), "no key store, no warning");
        keys.keyFor("Dana Whitfield", PASSPHRASE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(keys.exposure().isEmpty());

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        String warning = keys.exposure().orElseThrow();
        assertTrue(warning.contains("The key store " + file + " can be read by other users (rw-r--r--)"), warning);
        assertTrue(warning.contains("chmod 600 " + file), warning);

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        assertTrue(keys.exposure().orElseThrow().contains("can be read by its group (rw-r-----)"));

        // Writing it again (a second reviewer's key) makes it private again.
        keys.keyFor("Sam Okafor", PASSPHRASE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(keys.exposure().isEmpty());
    }

    /** The ciphertext of the key store's encrypted certificates, as it lies in the file. */
    private static byte[] encryptedCertificates(byte[] file) throws Exception {
        for (ContentInfo info : new PKCS12PfxPdu(file).getContentInfos()) {
            if (info.getContentType().equals(PKCSObjectIdentifiers.encryptedData)) {
                return EncryptedData.getInstance(info.getContent()).getContent().getOctets();
            }
        }
        throw new AssertionError("no encrypted certificates");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
