package dev.clearance.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * PAdES signatures on the report ({@code ETSI.CAdES.detached}, one incremental update per reviewer), and
 * their verification. The loaded bytes are never overwritten: each signature is saved to a new buffer.
 */
final class PdfSignatures {
    private static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

    private PdfSignatures() {
    }

    /** Adds one reviewer's signature as an incremental update; the time is the sign-off time. */
    static byte[] sign(byte[] pdf, ReviewerKey key, String role, Instant signedAt) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(CADES_DETACHED);
            signature.setName(key.reviewer());
            signature.setReason("Sign-off of the review as " + role);
            signature.setSignDate(ReportRenderer.calendar(signedAt));
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE);
                doc.addSignature(signature, content -> CmsSignatures.signDetached(content.readAllBytes(), key, null), options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
                // PDFBox derives the update's file id from this seed, else from the clock.
                doc.setDocumentId(signedAt.toEpochMilli());
                doc.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be signed: " + e.getMessage(), e);
        }
    }

    /** One verified signature of the report. */
    record PdfSigner(String name, String certificateSha256) {
    }

    /**
     * Verifies every signature of the report.
     *
     * @throws GeneralSecurityException naming the first signature that does not match its bytes
     */
    static List<PdfSigner> verify(byte[] pdf) throws GeneralSecurityException {
        List<PdfSigner> signers = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDSignature s : doc.getSignatureDictionaries()) {
                byte[] cms = s.getContents(pdf);
                byte[] signed = s.getSignedContent(pdf);
                X509Certificate cert = CmsSignatures.verifyDetached(signed, cms);
                signers.add(new PdfSigner(s.getName(), ReviewerKey.fingerprint(cert)));
            }
        } catch (IOException e) {
            throw new GeneralSecurityException("the PDF cannot be read: " + e.getMessage(), e);
        }
        return signers;
    }
}
