package dev.clearance.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Detached CMS (PKCS#7) signatures made with a reviewer's key: over the package manifest, and inside the
 * report's PAdES signature ({@code ETSI.CAdES.detached}). ECDSA is used in its deterministic form
 * (RFC 6979), and the signed attributes hold no clock reading except an explicit signing time, so the
 * same content, key and time give the same bytes.
 */
final class CmsSignatures {
    private static final Provider BC = new BouncyCastleProvider();

    private CmsSignatures() {
    }

    /**
     * Signs {@code content} (detached). {@code signingTime} is included as the CMS signing-time attribute
     * when given; PAdES forbids it (the PDF signature dictionary carries the time), so pass null there.
     */
    static byte[] signDetached(byte[] content, ReviewerKey key, Instant signingTime) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            X509CertificateHolder holder = new X509CertificateHolder(key.certificate().getEncoded());
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new FixedAttributes(key.certificate(), signingTime))
                    .build(new DeterministicEcdsaSigner(key.privateKey()), holder));
            generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
            throw new IllegalStateException("The content could not be signed: " + e.getMessage(), e);
        }
    }

    /**
     * Verifies a detached signature over {@code content}.
     *
     * @return the signer's certificate
     * @throws GeneralSecurityException when the signature is malformed or does not match
     */
    static X509Certificate verifyDetached(byte[] content, byte[] cms) throws GeneralSecurityException {
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), cms);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw new GeneralSecurityException("expected one signer, found " + signers.size());
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certs = signed.getCertificates().getMatches(signer.getSID());
            if (certs.isEmpty()) {
                throw new GeneralSecurityException("the signer's certificate is missing");
            }
            X509CertificateHolder holder = certs.iterator().next();
            boolean valid;
            try {
                valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(holder));
            } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
                throw new DigestMismatchException();
            }
            if (!valid) {
                throw new GeneralSecurityException("the signature does not match the signed bytes");
            }
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CMSException | OperatorCreationException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new GeneralSecurityException("malformed signature: " + e.getMessage(), e);
        }
    }

    /** The signed bytes differ from those the signature was made over (the signature itself is intact). */
    static final class DigestMismatchException extends GeneralSecurityException {
        DigestMismatchException() {
            super("the signed content has changed");
        }
    }

    /** contentType, messageDigest, ESS signing-certificate-v2 (PAdES needs it) and, if given, signing time. */
    private static final class FixedAttributes implements CMSAttributeTableGenerator {
        private final X509Certificate certificate;
        private final Instant signingTime;

        FixedAttributes(X509Certificate certificate, Instant signingTime) {
            this.certificate = certificate;
            this.signingTime = signingTime;
        }

        @Override
        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
            Hashtable<ASN1ObjectIdentifier, Attribute> table = new Hashtable<>();
            put(table, CMSAttributes.contentType, (ASN1ObjectIdentifier) parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE));
            put(table, CMSAttributes.messageDigest, new DEROctetString((byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST)));
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
                put(table, PKCSObjectIdentifiers.id_aa_signingCertificateV2, new SigningCertificateV2(new ESSCertIDv2(hash)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            if (signingTime != null) {
                put(table, CMSAttributes.signingTime, new Time(Date.from(signingTime)));
            }
            return new AttributeTable(table);
        }

        private static void put(Hashtable<ASN1ObjectIdentifier, Attribute> table, ASN1ObjectIdentifier oid,
                                ASN1Encodable value) {
            table.put(oid, new Attribute(oid, new DERSet(value)));
        }
    }

    /** ECDSA with SHA-256, nonce derived from key and message (RFC 6979): same input, same signature. */
    private static final class DeterministicEcdsaSigner implements ContentSigner {
        private final PrivateKey key;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        DeterministicEcdsaSigner(PrivateKey key) {
            this.key = key;
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
        }

        @Override
        public OutputStream getOutputStream() {
            return buffer;
        }

        @Override
        public byte[] getSignature() {
            try {
                Signature signature = Signature.getInstance("SHA256withECDDSA", BC);
                signature.initSign(key);
                signature.update(buffer.toByteArray());
                return signature.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("ECDSA signing failed: " + e.getMessage(), e);
            }
        }
    }
}
