package dev.clearance.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewPackageTest {
    @TempDir
    static Path dir;
    static SignedPackage signed;

    @BeforeAll
    static void export() throws Exception {
        signed = new SignedPackage(dir);
    }

    @Test
    void aSignedPackageHoldsExactlyTheDesignedFilesInOrder() throws Exception {
        assertEquals(PackageLayout.ALL, List.copyOf(new PackageReader().read(signed.zip).keySet()));
    }

    @Test
    void aSignedPackageVerifiesAsValidNamingEveryReviewer() {
        Verification v = new PackageVerifier().verify(signed.zip);

        assertEquals(Verification.Outcome.VALID, v.outcome(), v.detail());
        assertEquals(List.of("Dana Whitfield", "Sam Okafor"), v.signers().stream().map(Verification.Signer::reviewer).toList());
        assertEquals(signed.counselFingerprint, v.signers().get(0).certificateSha256());
        assertEquals("Outside counsel", v.signers().get(0).role());
    }

    @ParameterizedTest
    @ValueSource(strings = {"manifest.json", "review.json", "report.pdf", "inventory.csv", "annotations.jsonld", "signature"})
    void changingAnyFileIsReportedAsTamperedNamingThatFile(String file) {
        Map<String, byte[]> files = new LinkedHashMap<>(signed.files);
        byte[] bytes = files.get(file).clone();
        int middle = bytes.length / 2;
        bytes[middle] = (byte) (Character.isDigit(bytes[middle]) ? (bytes[middle] == '0' ? '1' : '0') : bytes[middle] ^ 0x01);
        files.put(file, bytes);

        Verification v = new PackageVerifier().verify(files);

        assertEquals(Verification.Outcome.TAMPERED, v.outcome(), v.detail());
        assertEquals(file, v.file(), v.detail());
    }

    @Test
    void theSameReviewExportedTwiceGivesTheSameBytes() {
        byte[] again = new PackageWriter().zip(new ReviewPackageExporter(signed.keys).build(signed.export, SignedPackage.PASSPHRASE));

        assertArrayEquals(new PackageWriter().zip(signed.files), again);
    }

    @Test
    void aPackageOpenedReadOnlyAndExportedAgainIsIdentical() throws Exception {
        ReviewPackage opened = ReviewPackage.open(signed.zip, new PackageReader());
        Path again = dir.resolve("again.zip");

        opened.exportTo(again, new PackageWriter());

        assertTrue(opened.verification().isValid());
        assertArrayEquals(signed.export.reviewJson(), ReviewPackage.open(again, new PackageReader()).reviewJson());
        assertArrayEquals(Files.readAllBytes(signed.zip), Files.readAllBytes(again));
    }

    @Test
    void exportingASignedReviewWithTheWrongPassphraseIsRefused() {
        ReviewerKeys.KeystoreException e = assertThrows(ReviewerKeys.KeystoreException.class,
                () -> new ReviewPackageExporter(signed.keys).build(signed.export, "wrong".toCharArray()));

        assertTrue(e.getMessage().contains("passphrase"), e.getMessage());
    }
}
