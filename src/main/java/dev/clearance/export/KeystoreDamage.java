package dev.clearance.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.Provider;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.InputDecryptor;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;

/**
 * Tells a wrong passphrase from a damaged PKCS#12 file when the JDK cannot: it reports "keystore password
 * was incorrect" whenever the encrypted certificates fail to decrypt <em>or</em> to parse, so a changed
 * byte inside them looks like a wrong passphrase. Here the certificates are decrypted alone: with the
 * right passphrase the AES-CBC padding checks out and the plain text begins as a DER SEQUENCE even when
 * some bytes in the middle are damaged; with a wrong one the padding fails (or, about once in 256 tries,
 * the plain text is noise that does not begin as a SEQUENCE).
 */
final class KeystoreDamage {
    private static final Provider BC = new BouncyCastleProvider();

    private KeystoreDamage() {
    }

    /** Whether the passphrase decrypts the key store's encrypted certificates (true means: not a wrong passphrase). */
    static boolean passphraseDecrypts(byte[] file, char[] passphrase) {
        try {
            PKCS12PfxPdu pfx = new PKCS12PfxPdu(file);
            for (ContentInfo info : pfx.getContentInfos()) {
                if (!info.getContentType().equals(PKCSObjectIdentifiers.encryptedData)) {
                    continue;
                }
                EncryptedData data = EncryptedData.getInstance(info.getContent());
                InputDecryptor decryptor = new JcePKCSPBEInputDecryptorProviderBuilder().setProvider(BC)
                        .build(passphrase).get(data.getEncryptionAlgorithm());
                try (InputStream in = decryptor.getInputStream(new ByteArrayInputStream(data.getContent().getOctets()))) {
                    byte[] plain = in.readAllBytes();
                    return plain.length > 1 && plain[0] == 0x30;
                }
            }
            return false;
        } catch (IOException | RuntimeException | org.bouncycastle.operator.OperatorCreationException e) {
            return false;
        }
    }
}
