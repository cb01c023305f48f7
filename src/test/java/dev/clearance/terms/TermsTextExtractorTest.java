package dev.clearance.terms;

import dev.clearance.domain.terms.Tag;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermsTextExtractorTest {
    private final TermsTextExtractor extractor = new TermsTextExtractor();
    @TempDir
    Path dir;

    @Test
    void markdownFixtureIsReadAsIsWithItsLineNumbers() {
        Path fixture = Fixtures.path("openai-terms-of-service@2023-11-14.md");
        TermsTextExtractor.Extracted e = extractor.extract(fixture);
        assertEquals("markdown", e.format());
        assertTrue(e.linesMatchFile());
        assertEquals("* Use Output to develop models that compete with OpenAI.", e.text().lines().toList().get(42));
    }

    @Test
    void htmlKeepsTheFileLinesAndDecodesEntities() throws IOException {
        Path f = dir.resolve("terms.html");
        Files.writeString(f, "<html><head><title>T</title>\n<style>p{}</style></head>\n<body>\n<h1>Terms</h1>\n"
                + "<p>You may not use Output to develop models that compete with Acme&nbsp;Corp &amp; co.</p>\n"
                + "<script>var x = 1;\nvar y = 2;</script>\n<p>Fees &#8211; monthly.</p>\n</body></html>\n");
        TermsTextExtractor.Extracted e = extractor.extract(f);
        assertTrue(e.linesMatchFile());
        List<String> lines = e.text().lines().toList();
        assertEquals("You may not use Output to develop models that compete with Acme Corp & co.", lines.get(4));
        assertEquals("Fees \u2013 monthly.", lines.get(7));
        var hits = new RestrictionDetector().detect(e.text());
        assertEquals(5, hits.get(0).line());
        assertTrue(hits.get(0).has(Tag.COMPETING_MODEL_BAN));
    }

    @Test
    void minifiedHtmlIsReflowedAtBlockTags() {
        String para = "<p>" + "word ".repeat(1100) + "</p>";
        TermsTextExtractor.Extracted e = TermsTextExtractor.html("<div>" + para + "<p>Do not scrape the Services.</p></div>");
        assertFalse(e.linesMatchFile());
        assertTrue(e.text().lines().anyMatch(l -> l.equals("Do not scrape the Services.")));
    }

    @Test
    void pdfTextIsExtractedWithPdfBox() throws IOException {
        Path f = dir.resolve("agreement.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.setLeading(14);
                cs.newLineAtOffset(50, 700);
                cs.showText("Enterprise Agreement");
                cs.newLine();
                cs.showText("Customer may not use Output to develop models that compete with Provider.");
                cs.endText();
            }
            doc.save(f.toFile());
        }
        TermsTextExtractor.Extracted e = extractor.extract(f);
        assertEquals("pdf", e.format());
        assertFalse(e.linesMatchFile());
        assertTrue(e.text().contains("develop models that compete with Provider"), e.text());
        assertTrue(new RestrictionDetector().detect(e.text()).stream().anyMatch(c -> c.has(Tag.COMPETING_MODEL_BAN)));
    }

    @Test
    void windows1252TextIsStillRead() throws IOException {
        Path f = dir.resolve("old.txt");
        Files.write(f, "Customer\u2019s Output \u00A7 3".getBytes(Charset.forName("windows-1252")));
        assertEquals("Customer\u2019s Output \u00A7 3", extractor.extract(f).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty.txt     | ''                  | contains no text",
        "blank.md      | '   '               | contains no text",
        "terms.docx    | 'x'                 | unsupported file type '.docx'",
        "README        | 'x'                 | unsupported file type (no extension)",
        "broken.pdf    | 'not a pdf at all'  | not a readable PDF",
    })
    void badFilesAreRefusedWithAMessageNamingTheFile(String name, String content, String expected) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        TermsInputException e = assertThrows(TermsInputException.class, () -> extractor.extract(f));
        assertTrue(e.getMessage().startsWith(f.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void missingFilesAndFoldersAreRefused() {
        Path missing = dir.resolve("nope.txt");
        assertEquals(missing + ": file not found",
                assertThrows(TermsInputException.class, () -> extractor.extract(missing)).getMessage());
        Path folder = dir.resolve("folder.md");
        assertThrows(TermsInputException.class, () -> {
            Files.createDirectory(folder);
            extractor.extract(folder);
        });
    }

    @Test
    void binaryFilesWithATextExtensionAreRefused() throws IOException {
        Path f = dir.resolve("image.txt");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertTrue(assertThrows(TermsInputException.class, () -> extractor.extract(f)).getMessage().contains("binary"));
    }
}
