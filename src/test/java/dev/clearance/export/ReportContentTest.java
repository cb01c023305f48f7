package dev.clearance.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report, read back as a reader (or a machine) would: its text, attachment, fonts and signatures. */
class ReportContentTest {
    @TempDir
    static Path dir;
    static byte[] report;
    static byte[] reviewJson;
    static String text;
    static String counselFingerprint;

    @BeforeAll
    static void export() throws Exception {
        SignedPackage signed = new SignedPackage(dir);
        report = signed.files.get(PackageLayout.REPORT);
        reviewJson = signed.files.get(PackageLayout.REVIEW);
        counselFingerprint = signed.counselFingerprint;
        text = PdfText.of(report);
    }

    @Test
    void theCoverNamesProjectModelReviewersAndOverallRiskInWords() {
        assertTrue(text.contains("Brightdesk Support Assistant"));
        assertTrue(text.contains("brightdesk-assist-8b"));
        assertTrue(text.contains("Dana Whitfield (Outside counsel), Sam Okafor (Founder)"));
        assertTrue(text.contains("Overall risk"));
        assertTrue(text.contains("UNKNOWN"), "levels are words, not colour alone");
    }

    @Test
    void theReportHasContentsSummaryChannelsAndAppendices() {
        for (String heading : new String[] {"Contents", "1. Executive summary", "Top findings",
            "Obligations to fulfil before release", "Channel api: openai-business-terms@2023-11-14", "Checklist answers",
            "Appendix A. Terms versions relied on", "Appendix B. Audit trail"}) {
            assertTrue(text.contains(heading), heading);
        }
        assertTrue(text.contains("Page 2 of "), "page numbers");
        assertTrue(text.contains("Revision 1 · signed off"), "running header");
    }

    @Test
    void findingsCiteTheirClausesAndTheSignOffPrintsFingerprints() throws IOException {
        assertTrue(text.contains("competing-model-ban"));
        assertTrue(text.contains("Rests on openai-services-agreement@"));
        assertTrue(text.contains("review.signed-off"), "the audit trail is printed");
        assertTrue(text.contains("Certificate SHA-256"));
        try (PDDocument doc = Loader.loadPDF(report)) {
            assertEquals(List.of("Dana Whitfield", "Sam Okafor"),
                    doc.getSignatureDictionaries().stream().map(s -> s.getName()).toList());
        }
        assertTrue(text.replace(" ", "").contains(counselFingerprint), "the fingerprint is printed in groups of four");
    }

    @Test
    void reviewJsonTravelsInsideThePdfAsAnAssociatedDataFile() throws IOException {
        try (PDDocument doc = Loader.loadPDF(report)) {
            PDComplexFileSpecification spec = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get("review.json");
            assertEquals("Data", spec.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship")));
            assertTrue(doc.getDocumentCatalog().getCOSObject().containsKey(COSName.getPDFName("AF")));
            assertArrayEquals(reviewJson, spec.getEmbeddedFile().toByteArray());
        }
    }

    @Test
    void wordsAreExtractedLetterByLetterWithoutLigatures() throws IOException {
        assertTrue(text.contains("certificate") || text.contains("Certificate"));
        byte[] font = ReportRenderer.withoutLigatures(ReportRenderer.class.getResourceAsStream("/assets/fonts/DejaVuSans.ttf")
                .readAllBytes());
        try (org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(font))) {
            assertFalse(ttf.getTableMap().containsKey("GSUB"), "no glyph substitution, so no \"ﬁ\" in the text layer");
            assertTrue(ttf.getTableMap().containsKey("glyf"));
        }
    }

    @Test
    void theReportIsPdfA3WithEveryFontEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(report)) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>3</pdfaid:part>") || xmp.contains("pdfaid:part=\"3\""), xmp);
            assertEquals(1, doc.getDocumentCatalog().getOutputIntents().size(), "sRGB output intent");
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                }
            }
        }
    }
}
