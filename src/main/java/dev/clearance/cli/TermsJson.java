package dev.clearance.cli;

import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.OutputUseFacts;
import dev.clearance.domain.terms.Provenance;
import dev.clearance.domain.terms.StoredVersion;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsVersion;
import dev.clearance.terms.ClauseChange;
import dev.clearance.terms.DetectedClause;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of {@code terms ... --format json}: plain maps and lists, in a stable field order. */
final class TermsJson {
    private TermsJson() {
    }

    static List<String> ids(List<Tag> tags) {
        return tags.stream().map(Tag::id).toList();
    }

    static Map<String, Object> documentHeaderJson(TermsDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("provider", d.provider());
        m.put("channel", d.channel() == null ? null : d.channel().id());
        m.put("origin", d.origin().id());
        m.put("region", d.region());
        m.put("timeless", d.timeless());
        m.put("sourceUrl", d.sourceUrl());
        m.put("notes", d.notes());
        return m;
    }

    static Map<String, Object> documentJson(TermsDocument d) {
        Map<String, Object> m = documentHeaderJson(d);
        m.put("verified", d.versions().stream().allMatch(TermsVersion::isVerified));
        m.put("versions", d.versions().stream().map(v -> versionJson(v, false)).toList());
        return m;
    }

    static Map<String, Object> versionJson(TermsVersion v, boolean full) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", v.ref().toString());
        m.put("effective", v.effectiveOn().toString());
        m.put("inForceUntil", v.inForceUntil() == null ? null : v.inForceUntil().toString());
        m.put("dateBasis", v.dateBasis());
        m.put("regime", v.facts().regime().id());
        m.put("confidence", v.confidence().id());
        if (!full) {
            return m;
        }
        m.put("published", v.publishedOn() == null ? null : v.publishedOn().toString());
        m.put("sourceUrl", v.sourceUrl());
        m.put("lastChecked", v.lastChecked() == null ? null : v.lastChecked().toString());
        m.put("source", v.provenance().map(TermsJson::sourceJson).orElse(null));
        m.put("unverified", v.unverifiedItems());
        OutputUseFacts f = v.facts();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("regime", f.regime().id());
        facts.put("outputTypes", f.outputTypes());
        facts.put("permittedExceptions", f.permittedExceptions().stream()
                .map(e -> Map.of("id", e.id(), "description", e.description())).toList());
        facts.put("namingPrefix", f.namingPrefix());
        facts.put("attributionTexts", f.attributionTexts());
        facts.put("licenceCopyRequired", f.licenceCopyRequired());
        facts.put("mauThreshold", f.mauThreshold());
        facts.put("revenueThresholdUsd", f.revenueThresholdUsd());
        facts.put("nonCommercial", f.nonCommercial());
        facts.put("derivativesIncludeOutputTraining", f.derivativesIncludeOutputTraining());
        facts.put("restrictionsPassThrough", f.restrictionsPassThrough());
        facts.put("authorizationRequired", f.authorizationRequired());
        facts.put("survival", f.survival().id());
        facts.put("retentionDays", f.retentionDays());
        facts.put("excludedRegions", f.excludedRegions());
        facts.put("confidence", f.confidence().id());
        facts.put("cites", v.citations());
        m.put("facts", facts);
        List<Map<String, Object>> clauses = new ArrayList<>();
        for (Clause c : v.clauses()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("id", c.id());
            cm.put("section", c.section());
            cm.put("heading", c.heading());
            cm.put("paraphrase", c.paraphrase());
            cm.put("quote", c.quote());
            cm.put("anchor", c.anchored().map(a -> Map.of("start", a.start(), "end", a.end())).orElse(null));
            cm.put("tags", ids(c.tags()));
            cm.put("confidence", c.confidence().id());
            clauses.add(cm);
        }
        m.put("clauses", clauses);
        m.put("notes", v.notes());
        return m;
    }

    /** A version's provenance, per the {@code terms show --format json} contract. */
    static Map<String, Object> sourceJson(Provenance p) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (p.repository().isEmpty()) {
            m.put("url", p.url());
        } else {
            m.put("repository", p.repository());
        }
        m.put("path", p.path());
        m.put("commit", p.commit());
        m.put("recordedOn", p.recordedOn().toString());
        m.put("effective", p.statedEffective() == null ? null : p.statedEffective().toString());
        m.put("sha256", p.sha256());
        m.put("text", p.textFile());
        m.put("secondHand", p.secondHand());
        return m;
    }

    static Map<String, Object> storedJson(StoredVersion s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sourceFile", s.sourceFile());
        m.put("sha256", s.textSha256());
        m.put("characters", s.fullText().length());
        m.put("addedAt", s.addedAt().toString());
        m.put("clauses", s.clauses().stream().map(c -> {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("ordinal", c.ordinal());
            cm.put("tags", ids(c.tags()));
            cm.put("excerpt", c.excerpt());
            cm.put("start", c.startOffset());
            cm.put("end", c.endOffset());
            return cm;
        }).toList());
        return m;
    }

    static Map<String, Object> detectedJson(DetectedClause c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", c.line());
        m.put("start", c.startOffset());
        m.put("end", c.endOffset());
        m.put("tags", ids(c.tags()));
        m.put("excerpt", c.excerpt());
        return m;
    }

    static Map<String, Object> changeJson(ClauseChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind().id());
        m.put("oldLine", c.oldLine() == 0 ? null : c.oldLine());
        m.put("newLine", c.newLine() == 0 ? null : c.newLine());
        m.put("tags", ids(c.tags()));
        m.put("tagsAdded", ids(c.tagsAdded()));
        m.put("tagsRemoved", ids(c.tagsRemoved()));
        m.put("oldText", c.oldText());
        m.put("newText", c.newText());
        m.put("words", c.words().stream().map(w -> Map.of("kind", w.kind(), "before", w.before(), "old", w.oldWords(), "new", w.newWords()))
                .toList());
        return m;
    }
}
