package dev.clearance.review;

import dev.clearance.domain.Digests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.checklist.ChecklistQuestion;
import dev.clearance.checklist.WalkKey;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.RiskLevel;
import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.assessment.DatasetAssessment;
import dev.clearance.domain.assessment.Finding;
import dev.clearance.domain.assessment.Obligation;
import dev.clearance.domain.assessment.ProjectAssessment;
import dev.clearance.domain.checklist.ChecklistAnswer;
import dev.clearance.domain.review.Acknowledgement;
import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsVersion;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the reviewed content of {@code review.json}: everything the reviewer entered and everything the
 * conclusions rest on, without the lifecycle (revision, sign-offs, audit trail). Arrays keep a stable
 * order (inventory order for datasets, key order for walks and terms) and no value depends on the clock,
 * so the same project gives the same content.
 */
final class ReviewContent {
    static final String FORMAT = "clearance-review";
    static final int SCHEMA_VERSION = 1;

    /** The parts a reviewer or the inventory changes; a change there after sign-off opens a new revision. */
    static final List<String> INPUT_FIELDS =
            List.of("project", "inventory", "recordedAnswers", "acknowledgements", "annotations");
    /** The parts the terms and rules derive; a change there alone makes a signed-off review stale. */
    static final List<String> DERIVED_FIELDS = List.of("assessment", "channels", "termsVersions");

    private ReviewContent() {
    }

    static ObjectNode build(ProjectSettings settings, ProjectAssessment assessment, ProjectWalks walks,
                            Map<String, List<ChecklistAnswer>> answersByWalk, List<Acknowledgement> acknowledgements,
                            JsonNode annotations, String inventorySha256) {
        ObjectNode root = CanonicalJson.object();
        root.put("format", FORMAT);
        root.put("schemaVersion", SCHEMA_VERSION);
        root.set("project", project(settings));
        Map<String, Dataset> datasets = new LinkedHashMap<>();
        walks.all().forEach(w -> w.datasets().forEach(d -> datasets.put(d.id(), d)));
        ObjectNode inventory = root.putObject("inventory");
        inventory.put("file", "inventory.csv");
        inventory.put("sha256", inventorySha256);
        inventory.put("datasets", datasets.size());
        root.set("assessment", assessment(assessment, datasets));
        root.set("channels", channels(walks, answersByWalk));
        root.set("termsVersions", termsVersions(walks, assessment));
        ArrayNode acks = root.putArray("acknowledgements");
        for (Acknowledgement a : acknowledgements) {
            acks.addObject().put("dataset", a.datasetId()).put("rule", a.rule()).put("by", a.by())
                    .put("note", a.note()).put("at", a.at().toString());
        }
        root.set("annotations", annotations);
        return root;
    }

    /**
     * Every answer stored for the project, in whichever walk, summarised as a count and a SHA-256 of their
     * canonical form: the channels list only the walks the terms resolve to today, but a change of terms
     * must not look like a change of the reviewer's answers.
     */
    static ObjectNode recordedAnswers(Map<String, List<ChecklistAnswer>> answersByWalk) {
        ArrayNode all = CanonicalJson.object().arrayNode();
        new TreeMap<>(answersByWalk).forEach((walk, list) -> list.forEach(a ->
                answer(all.addObject().put("walk", walk).put("question", a.questionId()), a)));
        ObjectNode out = CanonicalJson.object();
        out.put("count", all.size());
        out.put("sha256", Digests.sha256Hex(CanonicalJson.bytes(all)));
        return out;
    }

    private static ObjectNode project(ProjectSettings s) {
        ObjectNode p = CanonicalJson.object();
        p.put("name", s.name());
        p.put("modelName", s.modelName());
        p.put("purpose", s.purpose().id());
        p.put("distribution", s.distribution().id());
        p.put("commercial", s.commercial());
        if (s.expectedMau() == null) {
            p.putNull("expectedMau");
        } else {
            p.put("expectedMau", s.expectedMau());
        }
        ArrayNode regions = p.putArray("regions");
        s.regions().forEach(regions::add);
        return p;
    }

    private static ObjectNode assessment(ProjectAssessment a, Map<String, Dataset> datasets) {
        ObjectNode out = CanonicalJson.object();
        out.put("overall", a.overall().id());
        Map<String, Integer> counts = new TreeMap<>();
        for (RiskLevel level : RiskLevel.values()) {
            counts.put(level.id(), 0);
        }
        ArrayNode list = out.putArray("datasets");
        for (DatasetAssessment d : a.datasets()) {
            counts.merge(d.risk().id(), 1, Integer::sum);
            ObjectNode dn = list.addObject();
            dn.put("id", d.datasetId());
            dn.put("name", d.name());
            dn.put("risk", d.risk().id());
            Dataset facts = datasets.get(d.datasetId());
            if (facts != null) {
                dn.put("sourceType", facts.sourceType().id());
                dn.put("generatorModel", facts.generatorModel());
                dn.put("access", facts.access());
                dn.put("collectedOn", facts.collectedOn() == null ? "" : facts.collectedOn().toString());
                dn.put("licence", facts.license());
            }
            ArrayNode terms = dn.putArray("terms");
            d.terms().forEach(terms::add);
            ArrayNode findings = dn.putArray("findings");
            for (Finding f : d.findings()) {
                ObjectNode fn = findings.addObject();
                fn.put("rule", f.rule());
                fn.put("level", f.level().id());
                fn.put("message", f.message());
                ArrayNode clauses = fn.putArray("clauses");
                for (ClauseCitation c : f.clauses()) {
                    clauses.addObject().put("document", c.document()).put("version", c.version())
                            .put("section", c.section()).put("heading", c.heading()).put("label", c.label());
                }
                fn.put("remediation", f.remediation());
            }
            ArrayNode obligations = dn.putArray("obligations");
            for (Obligation o : d.obligations()) {
                obligations.addObject().put("kind", o.kind().id()).put("detail", o.detail());
            }
        }
        ObjectNode countNode = out.putObject("levelCounts");
        counts.forEach(countNode::put);
        return out;
    }

    private static ArrayNode channels(ProjectWalks walks, Map<String, List<ChecklistAnswer>> answersByWalk) {
        ArrayNode out = CanonicalJson.object().arrayNode();
        for (ProjectWalks.ReviewedWalk w : walks.all()) {
            ObjectNode wn = out.addObject();
            wn.put("walk", w.id());
            wn.put("channel", w.channel());
            wn.put("splitFor", w.id().equals(ProjectWalks.OTHER_SOURCES) ? "" : WalkKey.parse(w.id()).splitDatasetId());
            ArrayNode terms = wn.putArray("terms");
            w.refs().forEach(terms::add);
            ArrayNode ids = wn.putArray("datasets");
            w.datasets().forEach(d -> ids.add(d.id()));
            Map<String, ChecklistAnswer> answers = new TreeMap<>();
            answersByWalk.getOrDefault(w.id(), List.of()).forEach(a -> answers.put(a.questionId(), a));
            ArrayNode an = wn.putArray("answers");
            Set<String> asked = new HashSet<>();
            for (ChecklistQuestion q : w.questions()) {
                asked.add(q.id());
                answer(an.addObject().put("question", q.id()).put("text", q.text()).put("required", q.required()),
                        answers.get(q.id()));
            }
            answers.forEach((id, a) -> {
                if (!asked.contains(id)) {
                    answer(an.addObject().put("question", id).put("text", "").put("required", false), a);
                }
            });
        }
        return out;
    }

    private static void answer(ObjectNode node, ChecklistAnswer a) {
        if (a == null) {
            node.put("answer", "").put("status", "unanswered");
            return;
        }
        node.put("answer", a.answer());
        node.put("status", a.status().id());
        node.put("reason", a.reason() == null ? "" : a.reason().id());
        node.put("reasonLabel", a.reason() == null ? "" : a.reason().label());
        node.put("comment", a.comment());
        node.put("updatedBy", a.updatedBy());
        node.put("updatedAt", a.updatedAt().toString());
    }

    private static ArrayNode termsVersions(ProjectWalks walks, ProjectAssessment assessment) {
        Map<String, TermsDocument> documents = new HashMap<>();
        Map<String, TermsVersion> versions = new TreeMap<>();
        for (ProjectWalks.ReviewedWalk w : walks.all()) {
            for (int i = 0; i < w.versions().size(); i++) {
                TermsVersion v = w.versions().get(i);
                versions.put(v.ref().toString(), v);
                documents.put(v.documentId(), w.documents().get(i));
            }
        }
        Map<String, Set<String>> cited = new HashMap<>();
        for (DatasetAssessment d : assessment.datasets()) {
            for (Finding f : d.findings()) {
                for (ClauseCitation c : f.clauses()) {
                    cited.computeIfAbsent(c.document() + "@" + c.version(), k -> new HashSet<>()).add(c.section());
                }
            }
        }
        ArrayNode out = CanonicalJson.object().arrayNode();
        versions.forEach((ref, v) -> {
            TermsDocument doc = documents.get(v.documentId());
            ObjectNode vn = out.addObject();
            vn.put("ref", ref);
            vn.put("document", v.documentId());
            vn.put("title", doc.title());
            vn.put("provider", doc.provider());
            vn.put("channel", doc.channel() == null ? "" : doc.channel().id());
            vn.put("version", v.effectiveOn().toString());
            vn.put("dateBasis", v.dateBasis());
            vn.put("sourceUrl", v.sourceUrl().isEmpty() ? doc.sourceUrl() : v.sourceUrl());
            vn.put("lastChecked", v.lastChecked() == null ? "" : v.lastChecked().toString());
            vn.put("confidence", v.confidence().id());
            vn.put("regime", v.facts().regime().id());
            v.provenance().ifPresent(p -> {
                ObjectNode src = vn.putObject("source");
                if (p.repository().isEmpty()) {
                    src.put("url", p.url());
                } else {
                    src.put("repository", p.repository());
                }
                src.put("path", p.path()).put("commit", p.commit()).put("recordedOn", p.recordedOn().toString())
                        .put("effective", p.statedEffective() == null ? null : p.statedEffective().toString())
                        .put("sha256", p.sha256()).put("secondHand", p.secondHand());
            });
            ArrayNode unverified = vn.putArray("unverified");
            v.unverifiedItems().forEach(unverified::add);
            ArrayNode clauses = vn.putArray("citedClauses");
            Set<String> sections = cited.getOrDefault(ref, Set.of());
            for (Clause c : v.clauses()) {
                String section = c.section().isBlank() ? c.heading() : c.section();
                if (sections.contains(section)) {
                    clauses.addObject().put("section", section).put("heading", c.heading())
                            .put("paraphrase", c.paraphrase()).put("quote", c.quote())
                            .put("confidence", c.confidence().id());
                }
            }
        });
        return out;
    }
}
