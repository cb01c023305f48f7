package dev.clearance.domain.assessment;

import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.TermsVersion;
import java.util.Objects;

/**
 * A clause a finding rests on: {@code document@version §section}.
 *
 * @param document the terms document id, e.g. {@code openai-services-agreement}
 * @param version  the version's effective date, {@code YYYY-MM-DD}; "" for a licence whose id names its
 *                 version (e.g. {@code CC-BY-4.0})
 * @param section  the section as the document numbers it (e.g. {@code 3.3(e)}); the heading when the
 *                 clause is unnumbered; "" when neither is known
 * @param heading  the section heading, e.g. "Restrictions"; "" if none
 */
public record ClauseCitation(String document, String version, String section, String heading) {
    public ClauseCitation {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(version, "version");
        section = section == null ? "" : section;
        heading = heading == null ? "" : heading;
    }

    public ClauseCitation(String document, String version, String section) {
        this(document, version, section, "");
    }

    /** Cites a catalogued clause; an unnumbered clause is cited by its heading. */
    public static ClauseCitation of(TermsVersion version, Clause clause) {
        String section = clause.section().isBlank() ? clause.heading() : clause.section();
        return new ClauseCitation(version.documentId(), version.effectiveOn().toString(), section, clause.heading());
    }

    /** Cites a terms version as a whole, when no catalogued clause carries the tag a rule needs. */
    public static ClauseCitation wholeVersion(TermsVersion version) {
        return new ClauseCitation(version.documentId(), version.effectiveOn().toString(), "", "");
    }

    /** {@code openai-services-agreement@2026-01-01 §3.3(e) Restrictions}, for people. */
    public String label() {
        // A dataset licence is cited by name alone: it has no dated version.
        StringBuilder b = new StringBuilder(document);
        if (!version.isEmpty()) {
            b.append('@').append(version);
        }
        if (!section.isEmpty()) {
            b.append(section.equals(heading) ? " \"" + section + "\"" : " §" + section);
        }
        if (!heading.isEmpty() && !heading.equals(section)) {
            b.append(' ').append(heading);
        }
        return b.toString();
    }
}
