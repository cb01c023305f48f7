package dev.clearance.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.domain.AuditEvent;
import dev.clearance.domain.review.Review;
import dev.clearance.domain.review.SignOff;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code review.json}: the reviewed content plus the lifecycle — revision and state, sign-offs, the
 * audit trail and, for a stale review, what changed. Written canonically ({@link CanonicalJson}).
 */
public final class ReviewJson {
    private ReviewJson() {
    }

    /** The whole {@code review.json} of a revision. */
    public static byte[] compose(ObjectNode content, Review review, List<String> staleChanges, List<AuditEvent> audit) {
        ObjectNode root = content.deepCopy();
        ObjectNode rn = root.putObject("review");
        rn.put("revision", review.revision());
        rn.put("state", review.state().id());
        rn.put("stateLabel", review.state().label());
        rn.put("openedAt", review.createdAt().toString());
        ArrayNode changes = rn.putArray("staleChanges");
        staleChanges.forEach(changes::add);
        ArrayNode signOffs = root.putArray("signOffs");
        for (SignOff s : review.signOffs()) {
            signOffs.addObject().put("reviewer", s.reviewer()).put("role", s.role()).put("statement", s.statement())
                    .put("certificateSha256", s.certificateFingerprint()).put("signedAt", s.signedAt().toString());
        }
        ArrayNode trail = root.putArray("auditTrail");
        for (AuditEvent e : audit) {
            ObjectNode en = trail.addObject();
            en.put("at", e.at().toString());
            en.put("actor", e.actor());
            en.put("action", e.action());
            en.put("subject", e.subject());
            putNullable(en, "old", e.oldValue());
            putNullable(en, "new", e.newValue());
        }
        return CanonicalJson.bytes(root);
    }

    private static void putNullable(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    /** True when the two contents differ in any of {@code fields}. */
    static boolean differIn(JsonNode a, JsonNode b, List<String> fields) {
        return fields.stream().anyMatch(f -> !Objects.equals(a.get(f), b.get(f)));
    }

    /**
     * What changed between a signed-off content and the content now, in the parts the terms and rules
     * derive: cited clauses whose wording changed, terms versions no longer used or newly used, and
     * datasets whose level changed.
     */
    static List<String> derivedChanges(JsonNode signed, JsonNode now) {
        List<String> changes = new ArrayList<>();
        Map<String, JsonNode> before = byKey(signed.path("termsVersions"), "ref");
        Map<String, JsonNode> after = byKey(now.path("termsVersions"), "ref");
        before.forEach((ref, v) -> {
            if (!after.containsKey(ref)) {
                changes.add(ref + " no longer governs any dataset (a newer or different version applies)");
                return;
            }
            Map<String, JsonNode> oldClauses = byKey(v.path("citedClauses"), "section");
            Map<String, JsonNode> newClauses = byKey(after.get(ref).path("citedClauses"), "section");
            oldClauses.forEach((section, c) -> {
                JsonNode n = newClauses.get(section);
                if (n == null) {
                    changes.add(ref + " §" + section + " is no longer cited");
                } else if (!c.path("paraphrase").equals(n.path("paraphrase")) || !c.path("quote").equals(n.path("quote"))) {
                    changes.add(ref + " §" + section + " changed: \"" + c.path("paraphrase").asText() + "\" → \""
                            + n.path("paraphrase").asText() + "\"");
                }
            });
        });
        after.keySet().stream().filter(ref -> !before.containsKey(ref)).forEach(ref -> changes.add(ref + " now governs datasets"));
        Map<String, JsonNode> oldSets = byKey(signed.path("assessment").path("datasets"), "id");
        byKey(now.path("assessment").path("datasets"), "id").forEach((id, d) -> {
            JsonNode old = oldSets.get(id);
            if (old != null && !old.path("risk").equals(d.path("risk"))) {
                changes.add("dataset " + id + ": " + old.path("risk").asText() + " → " + d.path("risk").asText());
            }
        });
        if (changes.isEmpty() && differIn(signed, now, ReviewContent.DERIVED_FIELDS)) {
            changes.add("the findings or obligations changed (same levels, different reasons)");
        }
        return changes;
    }

    private static Map<String, JsonNode> byKey(JsonNode array, String key) {
        Map<String, JsonNode> out = new TreeMap<>();
        array.forEach(n -> out.put(n.path(key).asText(), n));
        return out;
    }
}
