package dev.clearance.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import dev.clearance.review.CanonicalJson;
import dev.clearance.domain.Digests;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Lays out {@code report.pdf} from {@code review.json}: XHTML + CSS paged media through openhtmltopdf as
 * PDF/A-3b (embedded DejaVu fonts, an sRGB output intent, bookmarks), then attaches {@code review.json}
 * as an associated file ({@code AFRelationship /Data}) so the document alone carries the machine-readable
 * review. Dates and the document id derive from the review, never from the clock: the same review gives
 * the same bytes.
 */
public final class ReportRenderer {
    private static final String FONTS = "/assets/fonts/";
    private static final String CSS = "/dev/clearance/export/report.css";

    /** The unsigned report for a {@code review.json}. */
    public byte[] render(byte[] reviewJson) {
        JsonNode review = CanonicalJson.parse(reviewJson, "review.json");
        String html = ReportHtml.render(review, resourceText(CSS));
        Calendar date = calendar(documentDate(review));
        try {
            byte[] laidOut = layOut(html);
            return finish(laidOut, reviewJson, date, review.path("project").path("name").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be produced: " + e.getMessage(), e);
        }
    }

    private static byte[] layOut(String html) throws IOException {
        LayoutLogging.install();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfAConformance.PDFA_3_B);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        builder.withProducer("Clearance");
        for (Map.Entry<String, List<Object[]>> family : Map.of(
                "DejaVu Sans", List.of(new Object[] {"DejaVuSans.ttf", 400}, new Object[] {"DejaVuSans-Bold.ttf", 700}),
                "DejaVu Serif", List.of(new Object[] {"DejaVuSerif.ttf", 400}, new Object[] {"DejaVuSerif-Bold.ttf", 700}),
                "DejaVu Sans Mono", List.<Object[]>of(new Object[] {"DejaVuSansMono.ttf", 400})).entrySet()) {
            for (Object[] face : family.getValue()) {
                String file = (String) face[0];
                byte[] font = withoutLigatures(resourceBytes(FONTS + file));
                builder.useFont(() -> new ByteArrayInputStream(font), family.getKey(), (Integer) face[1], FontStyle.NORMAL, true);
            }
        }
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }

    /** Attaches review.json, fixes the dates and the document id, saves. */
    private static byte[] finish(byte[] laidOut, byte[] reviewJson, Calendar date, String projectName) throws IOException {
        try (PDDocument doc = Loader.loadPDF(laidOut)) {
            PDEmbeddedFile embedded = new PDEmbeddedFile(doc, new ByteArrayInputStream(reviewJson));
            embedded.setSubtype("application/json");
            embedded.setSize(reviewJson.length);
            embedded.setModDate(date);
            embedded.setCreationDate(date);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(PackageLayout.REVIEW);
            spec.setFileUnicode(PackageLayout.REVIEW);
            spec.setFileDescription("The machine-readable review this report was generated from");
            spec.setEmbeddedFile(embedded);
            spec.setEmbeddedFileUnicode(embedded);
            spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of(PackageLayout.REVIEW, spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
            COSArray associated = new COSArray();
            associated.add(spec);
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), associated);

            doc.getDocumentInformation().setTitle("Rights clearance review: " + projectName);
            doc.getDocumentInformation().setCreationDate(date);
            doc.getDocumentInformation().setModificationDate(date);
            fixXmpDates(doc, date);
            byte[] id = HexFormat.of().parseHex(Digests.sha256Hex(reviewJson).substring(0, 32));
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            doc.setDocumentId(date.getTimeInMillis());
            ByteArrayOutputStream out = new ByteArrayOutputStream(laidOut.length + reviewJson.length);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void fixXmpDates(PDDocument doc, Calendar date) throws IOException {
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        try (InputStream in = metadata.exportXMPMetadata()) {
            XMPMetadata xmp = new DomXmpParser().parse(in.readAllBytes());
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic == null) {
                basic = xmp.createAndAddXMPBasicSchema();
            }
            basic.setCreateDate(date);
            basic.setModifyDate(date);
            basic.setMetadataDate(date);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            PDMetadata fixed = new PDMetadata(doc);
            fixed.importXMPMetadata(out.toByteArray());
            doc.getDocumentCatalog().setMetadata(fixed);
        } catch (org.apache.xmpbox.xml.XmpParsingException | javax.xml.transform.TransformerException e) {
            throw new IOException("The report's XMP metadata could not be updated: " + e.getMessage(), e);
        }
    }

    /** The last sign-off, or the day the revision was opened: what the report is dated. */
    private static Instant documentDate(JsonNode review) {
        JsonNode signOffs = review.path("signOffs");
        String at = signOffs.isEmpty() ? review.path("review").path("openedAt").asText()
                : signOffs.get(signOffs.size() - 1).path("signedAt").asText();
        try {
            return Instant.parse(at);
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }

    static Calendar calendar(Instant at) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(at.toEpochMilli() / 1000 * 1000);
        return c;
    }

    /**
     * The font with its glyph-substitution table hidden (its tag renamed): PDFBox 3 applies the Latin
     * ligatures from it, and "ﬁ" in the text layer makes "certificate" unsearchable in many readers and
     * text extractors. Kerning and glyphs are unchanged.
     */
    static byte[] withoutLigatures(byte[] ttf) {
        byte[] out = ttf.clone();
        int tables = ((out[4] & 0xff) << 8) | (out[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (out[entry] == 'G' && out[entry + 1] == 'S' && out[entry + 2] == 'U' && out[entry + 3] == 'B') {
                out[entry] = 'g';
                out[entry + 1] = 's';
                out[entry + 2] = 'u';
                out[entry + 3] = 'b';
            }
        }
        return out;
    }

    private static byte[] resourceBytes(String path) {
        try (InputStream in = resource(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = ReportRenderer.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is missing from the class path; the build must copy it");
        }
        return in;
    }

    private static String resourceText(String path) {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
