package dev.clearance.rules;

import dev.clearance.domain.assessment.ClauseCitation;
import java.util.Locale;

/**
 * What a dataset licence, as written in an inventory (an SPDX id or a licence name), says about training
 * a model on the data. Recognises the Creative Commons family, public-domain dedications, the common
 * permissive and copyleft licences, and named agreements; everything else is unrecognised.
 */
enum DataLicence {
    NONE, PUBLIC_DOMAIN, PERMISSIVE, ATTRIBUTION, SHARE_ALIKE, NO_DERIVATIVES, NON_COMMERCIAL, COPYLEFT, AGREEMENT,
    UNRECOGNISED;

    static DataLicence classify(String licence) {
        String l = licence.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (l.isEmpty()) {
            return NONE;
        }
        if (l.contains("-nc") || l.contains("noncommercial") || l.contains("non-commercial") || l.contains("research-only")) {
            return NON_COMMERCIAL;
        }
        if (l.startsWith("cc-by") || l.startsWith("cc-by-")) {
            if (l.contains("-nd")) {
                return NO_DERIVATIVES;
            }
            return l.contains("-sa") ? SHARE_ALIKE : ATTRIBUTION;
        }
        if (l.startsWith("cc0") || l.contains("public-domain") || l.contains("pddl") || l.equals("unlicense")) {
            return PUBLIC_DOMAIN;
        }
        if (l.startsWith("odc-by") || l.startsWith("cdla-permissive")) {
            return ATTRIBUTION;
        }
        if (l.startsWith("odbl") || l.startsWith("cdla-sharing")) {
            return SHARE_ALIKE;
        }
        if (l.startsWith("mit") || l.startsWith("apache") || l.startsWith("bsd") || l.equals("isc") || l.equals("zlib")) {
            return PERMISSIVE;
        }
        if (l.contains("gpl")) {
            return COPYLEFT;
        }
        if (l.contains("proprietary") || l.contains("agreement") || l.contains("contract") || l.contains("licensed")
                || l.contains("commercial-licence") || l.contains("commercial-license") || l.contains("custom")) {
            return AGREEMENT;
        }
        return UNRECOGNISED;
    }

    /** The provision a finding cites for this licence family; the licence as a whole when none is specific. */
    static ClauseCitation citation(String licence, DataLicence kind) {
        String id = licence.strip();
        String section = switch (kind) {
            case NON_COMMERCIAL -> id.toLowerCase(Locale.ROOT).startsWith("cc-by") ? "2(a)(1)" : "";
            case NO_DERIVATIVES -> "2(a)(1)(B)";
            case SHARE_ALIKE -> id.toLowerCase(Locale.ROOT).startsWith("cc-by") ? "3(b)" : "";
            case ATTRIBUTION -> id.toLowerCase(Locale.ROOT).startsWith("cc-by") ? "3(a)" : "";
            default -> "";
        };
        return new ClauseCitation(id, "", section);
    }
}
