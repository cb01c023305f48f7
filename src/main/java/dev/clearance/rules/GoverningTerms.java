package dev.clearance.rules;

import dev.clearance.domain.assessment.ClauseCitation;
import dev.clearance.domain.terms.Clause;
import dev.clearance.domain.terms.OutputUseFacts;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One terms document that governed a dataset's outputs, with the version in force on the day they were
 * generated.
 *
 * @param document    the document (title, channel, provider)
 * @param version     the version chosen for the dataset's {@code collected_on}
 * @param dateAssumed true when the dataset had no {@code collected_on} and the version was assumed
 */
public record GoverningTerms(TermsDocument document, TermsVersion version, boolean dateAssumed) {
    public GoverningTerms {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(version, "version");
    }

    public OutputUseFacts facts() {
        return version.facts();
    }

    /** {@code document-id@YYYY-MM-DD} (built directly: {@code TermsRef} re-validates the id on every call). */
    public String ref() {
        return version.documentId() + "@" + version.effectiveOn();
    }

    /** "OpenAI Services Agreement (openai-services-agreement@2026-01-01)", for messages. */
    public String name() {
        return document.title() + " (" + ref() + ")";
    }

    /** The provider, or the document title for generic licences. */
    public String provider() {
        return document.provider().isBlank() ? "the licensor" : capitalised(document.provider());
    }

    /**
     * The clauses of the version carrying any of {@code tags}, cited; the version as a whole when the
     * catalog has no clause with those tags, so that a finding always says what it rests on.
     */
    public List<ClauseCitation> cite(Tag... tags) {
        List<ClauseCitation> out = new ArrayList<>(2);
        for (Clause clause : version.clauses()) {
            for (Tag tag : tags) {
                if (clause.has(tag)) {
                    out.add(ClauseCitation.of(version, clause));
                    break;
                }
            }
        }
        if (out.isEmpty()) {
            out.add(ClauseCitation.wholeVersion(version));
        }
        return out.stream().distinct().toList();
    }

    private static String capitalised(String id) {
        return switch (id) {
            case "openai" -> "OpenAI";
            case "xai" -> "xAI";
            case "deepseek" -> "DeepSeek";
            case "azure-openai" -> "Microsoft (Azure OpenAI)";
            default -> Character.toUpperCase(id.charAt(0)) + id.substring(1);
        };
    }
}
