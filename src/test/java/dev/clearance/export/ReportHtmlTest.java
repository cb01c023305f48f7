package dev.clearance.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.review.CanonicalJson;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The report's markup, checked without laying it out: well-formed whatever the data holds. */
class ReportHtmlTest {
    private static final String REVIEW = """
            {"project":{"name":"Acme <script>alert(1)</script> & Co","modelName":"acme-7b"},
             "inventory":{"datasets":1},
             "review":{"revision":2,"state":"draft","stateLabel":"draft","openedAt":"2026-03-02T09:00:00Z"},
             "assessment":{"overall":"high","levelCounts":{"high":1},"datasets":[{"id":"d1","name":"Dialogues \\u0007 \\"quoted\\"",
               "risk":"high","findings":[{"rule":"competing-model-ban","level":"high","message":"Forbids <b>competing</b> models.",
               "clauses":[],"remediation":""}],"obligations":[]}]},
             "channels":[{"walk":"api:openai-services-agreement@2026-01-01","channel":"api",
               "terms":["openai-services-agreement@2026-01-01"],"datasets":["d1"],"answers":[]}],
             "termsVersions":[],"signOffs":[],"auditTrail":[],
             "annotations":{"type":"AnnotationCollection","items":[{"type":"Annotation",
               "body":{"type":"TextualBody","value":"Counsel: read narrowly"},
               "target":{"source":"openai-services-agreement@2026-01-01","selector":[{"type":"TextQuoteSelector",
               "exact":"compete with OpenAI"}]}}]}}
            """;

    private static String html() {
        return ReportHtml.render(CanonicalJson.parse(REVIEW, "test"), "");
    }

    @Test
    void hostileTextInTheReviewIsEscapedAndTheMarkupStaysWellFormed() throws Exception {
        String html = html();

        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("Acme &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));
        assertFalse(html.contains("\u0007"), "control characters are dropped (XML forbids them)");
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDraftSaysSoAndCarriesNoSignatureBlock() {
        String html = html();

        assertTrue(html.contains("DRAFT — not signed off"));
        assertTrue(html.contains("Not signed off. This revision carries no reviewer's signature."));
    }

    @Test
    void annotationsAreListedWithPassageNoteAndTerms() {
        String html = html();

        String row = "<td>compete with OpenAI</td><td>Counsel: read narrowly</td>";
        assertTrue(html.contains(row), html);
        int inChannel = html.indexOf("Annotations on these terms");
        assertTrue(inChannel > 0 && html.indexOf(row) > inChannel, "listed in the channel of the annotated terms");
        assertTrue(html.indexOf(row, html.indexOf("Clause annotations</h1>")) > 0, "and in the annotations chapter");
    }
}
