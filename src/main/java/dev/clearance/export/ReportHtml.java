package dev.clearance.export;

import static dev.clearance.export.ReportMarkup.badge;
import static dev.clearance.export.ReportMarkup.esc;
import static dev.clearance.export.ReportMarkup.idList;
import static dev.clearance.export.ReportMarkup.joined;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report's XHTML, written from {@code review.json} alone (so a package opened read-only renders
 * the same report): cover, contents, executive summary, one chapter per source channel, the clause
 * annotations, the sign-off block, and appendices for the terms versions and the audit trail.
 */
final class ReportHtml {
    private static final List<String> LEVELS = List.of("blocked", "high", "unknown", "medium", "low", "clear");
    private static final int TOP_FINDINGS = 8;

    private final JsonNode review;
    private final StringBuilder html = new StringBuilder(64 * 1024);
    private final List<String[]> contents = new ArrayList<>();
    private final Map<String, JsonNode> datasets = new HashMap<>();
    private final Map<String, JsonNode> termsVersions = new HashMap<>();

    private ReportHtml(JsonNode review) {
        this.review = review;
        review.path("assessment").path("datasets").forEach(d -> datasets.put(d.path("id").asText(), d));
        review.path("termsVersions").forEach(v -> termsVersions.put(v.path("ref").asText(), v));
    }

    static String render(JsonNode review, String css) {
        return new ReportHtml(review).document(css);
    }

    private String document(String css) {
        List<JsonNode> channels = new ArrayList<>();
        review.path("channels").forEach(channels::add);
        contents.add(new String[] {"summary", "1. Executive summary", ""});
        for (int i = 0; i < channels.size(); i++) {
            contents.add(new String[] {"channel-" + i, (i + 2) + ". " + channelTitle(channels.get(i)), "sub"});
        }
        contents.add(new String[] {"annotations", (channels.size() + 2) + ". Clause annotations", ""});
        contents.add(new String[] {"signoff", (channels.size() + 3) + ". Sign-off", ""});
        contents.add(new String[] {"terms", "Appendix A. Terms versions relied on", ""});
        contents.add(new String[] {"audit", "Appendix B. Audit trail", ""});

        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>");
        html.append("<title>").append(esc("Rights clearance review: " + project("name"))).append("</title>");
        html.append("<meta name=\"subject\" content=\"Review of the terms governing AI training data\"/>");
        html.append("<meta name=\"author\" content=\"").append(esc(reviewers())).append("\"/>");
        html.append("<style>").append(css).append("</style><bookmarks>");
        html.append("<bookmark name=\"Cover\" href=\"#cover\"/><bookmark name=\"Contents\" href=\"#contents\"/>");
        for (String[] c : contents) {
            html.append("<bookmark name=\"").append(esc(c[1])).append("\" href=\"#").append(c[0]).append("\"/>");
        }
        html.append("</bookmarks></head><body>");
        html.append("<div class=\"running-header\"><span class=\"right\">Revision ").append(revision())
                .append(" · ").append(esc(review.path("review").path("stateLabel").asText())).append("</span>")
                .append(esc(project("name"))).append(" — rights clearance review</div>");
        cover();
        contentsPage();
        summary();
        for (int i = 0; i < channels.size(); i++) {
            channel(i, channels.get(i));
        }
        ReportAppendices appendices = new ReportAppendices(review, html);
        appendices.annotations(channels.size() + 2);
        appendices.signOffs(channels.size() + 3);
        appendices.terms();
        appendices.auditTrail();
        html.append("</body></html>");
        return html.toString();
    }

    private void cover() {
        html.append("<div class=\"cover\" id=\"cover\"><div class=\"cover-band\"><div class=\"cover-kicker\">RIGHTS CLEARANCE OF AI TRAINING DATA</div>");
        html.append("<div class=\"cover-title\">Review of the terms governing model-generated training data</div>");
        html.append("<div class=\"cover-project\">").append(esc(project("name"))).append("</div></div><div class=\"cover-body\">");
        banner();
        html.append("<table class=\"cover-facts\">");
        fact("Model", project("modelName").isEmpty() ? "not named" : project("modelName"));
        factHtml("Overall risk", badge(review.path("assessment").path("overall").asText(), true));
        fact("Datasets reviewed", review.path("inventory").path("datasets").asText());
        fact("Revision", revision() + " (" + review.path("review").path("stateLabel").asText() + ")");
        fact("Reviewers", reviewers().isEmpty() ? "none yet" : reviewers());
        fact("Date", reviewDate());
        html.append("</table></div><div class=\"cover-note\">This report is generated from review.json, which is embedded in "
                + "this PDF as an attachment and travels beside it in the review package. Each reviewer's electronic "
                + "signature covers this document; the certificate fingerprints are listed under Sign-off. The assessment "
                + "rests on the terms versions in Appendix A; facts marked other than verified should be checked against "
                + "the source before reliance.</div></div>");
    }

    private void banner() {
        String state = review.path("review").path("state").asText();
        if (!state.equals("signed-off") && !state.equals("stale")) {
            html.append("<div class=\"draft-banner\">DRAFT — not signed off. Conclusions may change.</div>");
        } else if (state.equals("stale")) {
            html.append("<div class=\"stale-banner\"><b>Stale: re-review needed.</b> Terms this review relied on have changed:");
            review.path("review").path("staleChanges").forEach(c -> html.append("<br/>• ").append(esc(c.asText())));
            html.append("</div>");
        }
    }

    private void contentsPage() {
        html.append("<div id=\"contents\"><h1>Contents</h1><ul class=\"toc\">");
        for (String[] c : contents) {
            html.append("<li class=\"").append(c[2]).append("\"><a href=\"#").append(c[0]).append("\">")
                    .append(esc(c[1])).append("</a></li>");
        }
        html.append("</ul></div>");
    }

    private void summary() {
        JsonNode a = review.path("assessment");
        html.append("<div class=\"chapter\" id=\"summary\"><h1>1. Executive summary</h1>");
        banner();
        html.append("<p>Overall risk: ").append(badge(a.path("overall").asText(), true)).append(" — the worst level among ")
                .append(a.path("datasets").size()).append(" datasets. Levels, most serious first: blocked, high, unknown "
                        + "(a fact the rules need is missing), medium, low, clear.</p>");
        html.append("<h2>Datasets by level</h2><table class=\"data counts\"><thead><tr>");
        LEVELS.forEach(l -> html.append("<th>").append(badge(l, false)).append("</th>"));
        html.append("</tr></thead><tbody><tr>");
        LEVELS.forEach(l -> html.append("<td>").append(a.path("levelCounts").path(l).asInt()).append("</td>"));
        html.append("</tr></tbody></table>");
        html.append("<h2>Top findings</h2>");
        List<Grouped> findings = groupedFindings(a.path("datasets"), null);
        if (findings.isEmpty()) {
            html.append("<p class=\"muted\">No findings.</p>");
        }
        findings.stream().limit(TOP_FINDINGS).forEach(this::finding);
        if (findings.size() > TOP_FINDINGS) {
            html.append("<p class=\"muted\">").append(findings.size() - TOP_FINDINGS)
                    .append(" further findings are set out per source channel below.</p>");
        }
        html.append("<h2>Obligations to fulfil before release</h2>");
        Map<String, Map<String, List<String>>> byKind = obligations(null);
        if (byKind.isEmpty()) {
            html.append("<p class=\"muted\">None arise from the terms reviewed.</p>");
        } else {
            html.append("<table class=\"data\"><colgroup><col style=\"width:26mm\"/><col/><col style=\"width:22mm\"/></colgroup>"
                    + "<thead><tr><th>Kind</th><th>What to do (each is set out in full per source channel)</th>"
                    + "<th>Datasets</th></tr></thead><tbody>");
            byKind.forEach((kind, details) -> {
                List<String> texts = new ArrayList<>(details.keySet());
                long datasets = details.values().stream().flatMap(List::stream).distinct().count();
                html.append("<tr><td>").append(esc(kind)).append("</td><td>").append(esc(texts.get(0)));
                if (texts.size() > 1) {
                    html.append("<br/><span class=\"muted small\">and ").append(texts.size() - 1)
                            .append(texts.size() == 2 ? " similar obligation" : " similar obligations").append("</span>");
                }
                html.append("</td><td>").append(datasets).append("</td></tr>");
            });
            html.append("</tbody></table>");
        }
        html.append("</div>");
    }

    private void channel(int index, JsonNode ch) {
        html.append("<div class=\"chapter\" id=\"channel-").append(index).append("\"><h1>").append(index + 2).append(". ")
                .append(esc(channelTitle(ch))).append("</h1>");
        List<String> ids = new ArrayList<>();
        ch.path("datasets").forEach(d -> ids.add(d.asText()));
        if (ch.path("terms").isEmpty()) {
            html.append(ch.path("channel").asText().isEmpty()
                    ? "<p>Datasets not generated by an AI model (human, licensed, web or public data): their licences are assessed, no provider terms apply.</p>"
                    : "<p>No governing terms could be determined for these datasets; see the findings.</p>");
        } else {
            html.append("<h2>Terms version used</h2><table class=\"data\"><colgroup><col style=\"width:62mm\"/><col style=\"width:22mm\"/>"
                    + "<col/><col style=\"width:20mm\"/></colgroup><thead><tr><th>Document</th><th>Version</th><th>Source</th>"
                    + "<th>Confidence</th></tr></thead><tbody>");
            ch.path("terms").forEach(ref -> {
                JsonNode v = termsVersion(ref.asText());
                html.append("<tr><td>").append(esc(v.path("title").asText(ref.asText()))).append("<br/><span class=\"mono\">")
                        .append(esc(v.path("document").asText())).append("</span></td><td>").append(esc(v.path("version").asText()))
                        .append("</td><td class=\"mono\">").append(esc(v.path("sourceUrl").asText())).append("</td><td>")
                        .append(esc(v.path("confidence").asText())).append("</td></tr>");
            });
            html.append("</tbody></table>");
        }
        answers(ch.path("answers"));
        html.append("<h2>Findings</h2>");
        List<Grouped> findings = groupedFindings(review.path("assessment").path("datasets"), ids);
        if (findings.isEmpty()) {
            html.append("<p class=\"muted\">No findings.</p>");
        }
        findings.forEach(this::finding);
        List<JsonNode> annotations = new ArrayList<>();
        review.path("annotations").path("items").forEach(item -> {
            String source = item.path("target").path("source").asText();
            for (JsonNode ref : ch.path("terms")) {
                if (!source.isEmpty() && source.contains(ref.asText())) {
                    annotations.add(item);
                    return;
                }
            }
        });
        if (!annotations.isEmpty()) {
            html.append("<h2>Annotations on these terms</h2>");
            ReportAppendices.annotationTable(html, annotations);
        }
        Map<String, Map<String, List<String>>> obligations = obligations(new HashSet<>(ids));
        if (!obligations.isEmpty()) {
            html.append("<h2>Obligations</h2><table class=\"data\"><colgroup><col style=\"width:26mm\"/><col/>"
                    + "<col style=\"width:38mm\"/></colgroup><thead><tr><th>Kind</th><th>What to do</th><th>Datasets</th>"
                    + "</tr></thead><tbody>");
            obligations.forEach((kind, details) -> details.forEach((detail, which) -> html.append("<tr><td>").append(esc(kind))
                    .append("</td><td>").append(esc(detail)).append("</td><td>").append(esc(idList(which))).append("</td></tr>")));
            html.append("</tbody></table>");
        }
        html.append("<h2>Datasets (").append(ids.size()).append(")</h2>");
        html.append("<table class=\"data\"><colgroup><col style=\"width:26mm\"/><col/><col style=\"width:40mm\"/>"
                + "<col style=\"width:21mm\"/><col style=\"width:18mm\"/></colgroup><thead><tr><th>Id</th><th>Name</th>"
                + "<th>Generated by</th><th>Collected</th><th>Risk</th></tr></thead><tbody>");
        for (String id : ids) {
            JsonNode d = dataset(id);
            String by = d.path("generatorModel").asText();
            String access = d.path("access").asText();
            html.append("<tr><td class=\"mono\">").append(esc(id)).append("</td><td>").append(esc(d.path("name").asText()))
                    .append("</td><td>").append(esc(by.isEmpty() ? d.path("licence").asText(d.path("sourceType").asText())
                            : by + (access.isEmpty() ? "" : " (" + access + ")")))
                    .append("</td><td>").append(esc(d.path("collectedOn").asText())).append("</td><td>")
                    .append(badge(d.path("risk").asText(), false)).append("</td></tr>");
        }
        html.append("</tbody></table></div>");
    }

    /** Obligations of the given datasets (all when null): kind → detail → dataset ids, in first-seen order. */
    private Map<String, Map<String, List<String>>> obligations(Set<String> only) {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        review.path("assessment").path("datasets").forEach(d -> {
            String id = d.path("id").asText();
            if (only == null || only.contains(id)) {
                d.path("obligations").forEach(o -> out.computeIfAbsent(o.path("kind").asText(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(o.path("detail").asText(), k -> new ArrayList<>()).add(id));
            }
        });
        return out;
    }

    private void answers(JsonNode answers) {
        if (answers.isEmpty()) {
            return;
        }
        html.append("<h2>Checklist answers</h2><table class=\"data\"><colgroup><col/><col style=\"width:30mm\"/>"
                + "<col style=\"width:22mm\"/><col style=\"width:50mm\"/></colgroup><thead><tr><th>Question</th><th>Answer</th>"
                + "<th>Status</th><th>Reason and comment</th></tr></thead><tbody>");
        int optionalUnanswered = 0;
        for (JsonNode a : answers) {
            if (!a.path("required").asBoolean() && a.path("status").asText().equals("unanswered")) {
                optionalUnanswered++;
                continue;
            }
            String text = a.path("text").asText();
            String note = a.path("reasonLabel").asText();
            String by = a.path("updatedBy").asText();
            html.append("<tr><td>").append(esc(text.isEmpty() ? a.path("question").asText() : text))
                    .append(a.path("required").asBoolean() ? "" : " <span class=\"muted small\">(optional)</span>")
                    .append("</td><td>").append(esc(a.path("answer").asText())).append("</td><td>")
                    .append(esc(a.path("status").asText())).append(by.isEmpty() ? "" : "<br/><span class=\"muted small\">"
                            + esc(by) + "</span>").append("</td><td>")
                    .append(note.isEmpty() ? "" : "<b>" + esc("Overridden: " + note) + "</b><br/>")
                    .append(esc(a.path("comment").asText())).append("</td></tr>");
        }
        if (optionalUnanswered > 0) {
            html.append("<tr><td colspan=\"4\" class=\"muted\">").append(optionalUnanswered)
                    .append(optionalUnanswered == 1 ? " optional question was" : " optional questions were")
                    .append(" left unanswered.</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private void finding(Grouped g) {
        JsonNode f = g.finding;
        String level = f.path("level").asText();
        html.append("<div class=\"finding finding-").append(esc(level)).append("\">").append(badge(level, false))
                .append(" <span class=\"rule\">").append(esc(f.path("rule").asText())).append("</span> <span class=\"meta\">")
                .append(esc(g.datasets.size() == 1 ? "dataset " + g.datasets.get(0) : g.datasets.size() + " datasets: "
                        + idList(g.datasets))).append("</span><p>").append(esc(f.path("message").asText())).append("</p>");
        f.path("clauses").forEach(c -> html.append("<div class=\"clause\">Rests on ").append(esc(c.path("label").asText()))
                .append(clauseText(c)).append("</div>"));
        if (!f.path("remediation").asText().isEmpty()) {
            html.append("<div class=\"todo\"><b>What to do:</b> ").append(esc(f.path("remediation").asText())).append("</div>");
        }
        html.append("</div>");
    }

    private String clauseText(JsonNode citation) {
        JsonNode v = termsVersion(citation.path("document").asText() + "@" + citation.path("version").asText());
        for (JsonNode c : v.path("citedClauses")) {
            if (c.path("section").asText().equals(citation.path("section").asText())) {
                return ": " + esc(c.path("paraphrase").asText());
            }
        }
        return "";
    }

    /** Findings of the given datasets (all when null), identical ones merged, worst first. */
    private static List<Grouped> groupedFindings(JsonNode datasets, List<String> only) {
        Set<String> wanted = only == null ? null : new HashSet<>(only);
        Map<String, Grouped> groups = new LinkedHashMap<>();
        datasets.forEach(d -> {
            String id = d.path("id").asText();
            if (wanted == null || wanted.contains(id)) {
                // Keyed by the finding's text: hashing the JSON tree itself would walk it every time.
                d.path("findings").forEach(f -> groups.computeIfAbsent(f.toString(), k -> new Grouped(f, new ArrayList<>()))
                        .datasets.add(id));
            }
        });
        List<Grouped> out = new ArrayList<>(groups.values());
        out.sort((x, y) -> Integer.compare(LEVELS.indexOf(x.finding.path("level").asText()), LEVELS.indexOf(y.finding.path("level").asText())));
        return out;
    }

    private record Grouped(JsonNode finding, List<String> datasets) {
    }

    private JsonNode termsVersion(String ref) {
        return termsVersions.getOrDefault(ref, MissingNode.getInstance());
    }

    private JsonNode dataset(String id) {
        return datasets.getOrDefault(id, MissingNode.getInstance());
    }

    private static String channelTitle(JsonNode ch) {
        if (ch.path("channel").asText().isEmpty()) {
            return "Other sources";
        }
        String terms = ch.path("terms").isEmpty() ? "terms not determined" : joined(ch.path("terms"));
        String split = ch.path("splitFor").asText();
        return "Channel " + ch.path("channel").asText() + ": " + terms + (split.isEmpty() ? "" : " (dataset " + split
                + ", answered separately)");
    }

    private void fact(String label, String value) {
        factHtml(label, esc(value));
    }

    private void factHtml(String label, String valueHtml) {
        html.append("<tr><td class=\"label\">").append(esc(label)).append("</td><td>").append(valueHtml).append("</td></tr>");
    }

    private String project(String field) {
        return review.path("project").path(field).asText();
    }

    private String revision() {
        return review.path("review").path("revision").asText();
    }

    private String reviewers() {
        List<String> names = new ArrayList<>();
        review.path("signOffs").forEach(s -> names.add(s.path("reviewer").asText() + " (" + s.path("role").asText() + ")"));
        return String.join(", ", names);
    }

    /** The day of the last sign-off, or the day the revision was opened. */
    private String reviewDate() {
        JsonNode signOffs = review.path("signOffs");
        String at = signOffs.isEmpty() ? review.path("review").path("openedAt").asText()
                : signOffs.get(signOffs.size() - 1).path("signedAt").asText();
        return at.length() >= 10 ? at.substring(0, 10) : at;
    }

}
