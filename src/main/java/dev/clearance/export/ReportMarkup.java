package dev.clearance.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small XHTML helpers of the report: escaping, risk badges and compact forms of ids, times and hashes. */
final class ReportMarkup {
    private ReportMarkup() {
    }

    static String badge(String level, boolean large) {
        return "<span class=\"risk risk-" + esc(level) + (large ? " risk-large" : "") + "\">"
                + esc(level.toUpperCase(Locale.ROOT)) + "</span>";
    }

    static String humanTime(String iso) {
        return iso.length() >= 16 ? iso.substring(0, 10) + " " + iso.substring(11, 16) + " UTC" : iso;
    }

    static String idList(List<String> ids) {
        return ids.size() <= 6 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 6)) + " and " + (ids.size() - 6) + " more";
    }

    static String joined(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(n -> parts.add(n.asText()));
        return String.join(", ", parts);
    }

    static String grouped(String hex) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            b.append(hex, i, Math.min(hex.length(), i + 4)).append(i + 4 < hex.length() ? " " : "");
        }
        return b.toString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
