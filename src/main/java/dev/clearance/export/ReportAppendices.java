package dev.clearance.export;

import static dev.clearance.export.ReportMarkup.esc;
import static dev.clearance.export.ReportMarkup.grouped;
import static dev.clearance.export.ReportMarkup.humanTime;
import static dev.clearance.export.ReportMarkup.joined;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The closing parts of the report: clause annotations, the sign-off block with certificate fingerprints,
 * and the appendices (terms versions relied on, audit trail).
 */
final class ReportAppendices {
    private final JsonNode review;
    private final StringBuilder html;

    ReportAppendices(JsonNode review, StringBuilder html) {
        this.review = review;
        this.html = html;
    }

    void annotations(int number) {
        html.append("<div class=\"chapter\" id=\"annotations\"><h1>").append(number).append(". Clause annotations</h1>");
        List<JsonNode> items = new ArrayList<>();
        review.path("annotations").path("items").forEach(items::add);
        if (items.isEmpty()) {
            html.append("<p class=\"muted\">No clauses were annotated in this review.</p>");
        } else {
            annotationTable(html, items);
        }
        html.append("</div>");
    }

    /** W3C Web Annotations as a table: the quoted passage, the reviewer's note, the annotated terms. */
    static void annotationTable(StringBuilder html, List<JsonNode> items) {
        html.append("<table class=\"data\"><colgroup><col style=\"width:48mm\"/><col/><col style=\"width:48mm\"/></colgroup>"
                + "<thead><tr><th>Passage</th><th>Note</th><th>Terms</th></tr></thead><tbody>");
        for (JsonNode item : items) {
            JsonNode target = item.path("target");
            String exact = target.path("selector").isArray() ? findExact(target.path("selector"))
                    : target.path("selector").path("exact").asText();
            JsonNode body = item.path("body");
            String note = body.isArray() ? (body.isEmpty() ? "" : body.get(0).path("value").asText()) : body.path("value").asText();
            html.append("<tr><td>").append(esc(exact)).append("</td><td>").append(esc(note)).append("</td><td class=\"mono\">")
                    .append(esc(target.path("source").asText())).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static String findExact(JsonNode selectors) {
        for (JsonNode s : selectors) {
            if (s.has("exact")) {
                return s.path("exact").asText();
            }
        }
        return "";
    }

    void signOffs(int number) {
        html.append("<div id=\"signoff\"><h1 style=\"margin-top:9mm\">").append(number).append(". Sign-off</h1>");
        JsonNode list = review.path("signOffs");
        if (list.isEmpty()) {
            html.append("<div class=\"draft-banner\">Not signed off. This revision carries no reviewer's signature.</div>");
        }
        list.forEach(s -> html.append("<div class=\"signature\"><div class=\"name\">").append(esc(s.path("reviewer").asText()))
                .append("</div><div class=\"muted\">").append(esc(s.path("role").asText())).append(" · signed off ")
                .append(esc(humanTime(s.path("signedAt").asText()))).append("</div>")
                .append(s.path("statement").asText().isEmpty() ? "" : "<p style=\"margin-top:2mm\">“" + esc(s.path("statement").asText()) + "”</p>")
                .append("<div class=\"small muted\">Certificate SHA-256</div><div class=\"mono\">")
                .append(esc(grouped(s.path("certificateSha256").asText()))).append("</div></div>"));
        html.append("</div>");
    }

    void terms() {
        html.append("<div class=\"chapter\" id=\"terms\"><h1>Appendix A. Terms versions relied on</h1>")
                .append("<p class=\"small muted\">Each version rests on the recorded text named below, shipped with"
                        + " Clearance; paraphrases are ours, the quoted words are the provider's. Texts recorded by Open"
                        + " Terms Archive (opentermsarchive.org) are published under ODC-By 1.0.</p>");
        review.path("termsVersions").forEach(v -> {
            html.append("<h3>").append(esc(v.path("title").asText())).append(" — version ").append(esc(v.path("version").asText()))
                    .append("</h3><table class=\"data\"><colgroup><col style=\"width:32mm\"/><col/></colgroup><tbody>");
            row("Reference", "<span class=\"mono\">" + esc(v.path("ref").asText()) + "</span>");
            row("Provider", esc(v.path("provider").asText()) + " · channel " + esc(v.path("channel").asText()));
            row("Date basis", esc(v.path("dateBasis").asText()) + (v.path("lastChecked").asText().isEmpty() ? ""
                    : " · last checked " + esc(v.path("lastChecked").asText())));
            row("Live page", "<span class=\"mono\">" + esc(v.path("sourceUrl").asText()) + "</span>");
            JsonNode src = v.path("source");
            row("Recorded text", src.isMissingNode() ? "<b>none</b>: this version rests on no recorded text"
                    : (src.has("repository") ? esc(src.path("repository").asText()) + " · <span class=\"mono\">"
                    + esc(src.path("path").asText()) + "</span> · commit <span class=\"mono\">"
                    + esc(src.path("commit").asText()) + "</span>"
                    : "<span class=\"mono\">" + esc(src.path("url").asText()) + "</span>")
                    + "<br/>recorded " + esc(src.path("recordedOn").asText()) + " · "
                    + (src.path("effective").isNull() || src.path("effective").isMissingNode()
                    ? "the text states no effective date" : "states effective " + esc(src.path("effective").asText()))
                    + (src.path("secondHand").asBoolean() ? " · <b>third-party copy</b>" : "")
                    + "<br/><span class=\"small muted\">SHA-256 <span class=\"mono\">" + esc(src.path("sha256").asText())
                    + "</span></span>");
            row("Confidence", esc(v.path("confidence").asText()) + (v.path("unverified").isEmpty() ? ""
                    : " — not verified: " + esc(joined(v.path("unverified")))));
            v.path("citedClauses").forEach(c -> row("§ " + esc(c.path("section").asText()), "<b>" + esc(c.path("heading").asText())
                    + "</b> " + esc(c.path("paraphrase").asText()) + (c.path("quote").asText().isEmpty() ? ""
                    : "<br/><span class=\"muted\">The text: “" + esc(c.path("quote").asText()) + "”</span>")));
            html.append("</tbody></table>");
        });
        html.append("</div>");
    }

    void auditTrail() {
        html.append("<div class=\"chapter\" id=\"audit\"><h1>Appendix B. Audit trail</h1><table class=\"data\"><colgroup>"
                + "<col style=\"width:27mm\"/><col style=\"width:24mm\"/><col style=\"width:30mm\"/><col/></colgroup><thead><tr>"
                + "<th>When (UTC)</th><th>Who</th><th>What</th><th>Change</th></tr></thead><tbody>");
        review.path("auditTrail").forEach(e -> {
            String old = e.path("old").isNull() ? "" : e.path("old").asText();
            String now = e.path("new").isNull() ? "" : e.path("new").asText();
            html.append("<tr><td>").append(esc(humanTime(e.path("at").asText()))).append("</td><td>").append(esc(e.path("actor").asText()))
                    .append("</td><td>").append(esc(e.path("action").asText())).append("<br/><span class=\"muted small\">")
                    .append(esc(e.path("subject").asText())).append("</span></td><td>")
                    .append(esc(old.isEmpty() ? now : old + " → " + now)).append("</td></tr>");
        });
        html.append("</tbody></table></div>");
    }

    private void row(String labelHtml, String valueHtml) {
        html.append("<tr><td class=\"muted\">").append(labelHtml).append("</td><td>").append(valueHtml).append("</td></tr>");
    }
}
