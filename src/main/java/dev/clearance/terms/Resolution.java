package dev.clearance.terms;

import dev.clearance.domain.terms.Channel;
import dev.clearance.domain.terms.Confidence;
import dev.clearance.domain.terms.TermsDocument;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.domain.terms.TermsVersion;

import java.util.List;
import java.util.Objects;

/**
 * Which terms governed a dataset's outputs: the documents and the versions chosen, how they were found,
 * and warnings; or {@link Status#UNKNOWN} with a message saying what to do.
 *
 * @param model            the model name as given
 * @param provider         the provider given, or inferred from the model when none was given; "" if unknown
 * @param providerInferred true when {@code provider} was inferred
 * @param access           the access value as given (normalised); "" if none
 * @param channel          the access channel; null when access was not given or not understood
 * @param matchedBy        {@code registry:<rule-id>}, {@code user-mapping:<id>}, {@code override}; "" when unknown
 * @param confidence       the weakest confidence of the mapping and the versions chosen
 * @param terms            the governing documents and versions; empty when unknown
 * @param warnings         things the reviewer should check (no date, unverified entries …)
 * @param message          for unknown results, what is missing and how to fix it; "" otherwise
 */
public record Resolution(Status status, String model, String provider, boolean providerInferred, String access,
                         Channel channel, String matchedBy, Confidence confidence, List<ResolvedTerms> terms,
                         List<String> warnings, String message) {

    /** Whether the terms could be determined. */
    public enum Status { RESOLVED, UNKNOWN }

    /**
     * One governing document with the version chosen for the dataset's date.
     *
     * @param warnings warnings about this choice (also included in the resolution's warnings)
     */
    public record ResolvedTerms(TermsDocument document, TermsVersion version, List<String> warnings) {
        public ResolvedTerms {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(version, "version");
            warnings = List.copyOf(warnings);
        }

        public TermsRef ref() {
            return version.ref();
        }
    }

    public Resolution {
        Objects.requireNonNull(status, "status");
        model = model == null ? "" : model;
        provider = provider == null ? "" : provider;
        access = access == null ? "" : access;
        matchedBy = matchedBy == null ? "" : matchedBy;
        confidence = confidence == null ? Confidence.UNCERTAIN : confidence;
        terms = List.copyOf(terms);
        warnings = List.copyOf(warnings);
        message = message == null ? "" : message;
    }

    static Resolution unknown(String model, String provider, boolean inferred, String access, String message,
                              List<String> warnings) {
        return new Resolution(Status.UNKNOWN, model, provider, inferred, access, Channel.ofAccess(access).orElse(null),
                "", Confidence.UNCERTAIN, List.of(), warnings, message);
    }

    public boolean isResolved() {
        return status == Status.RESOLVED;
    }

    /** The chosen versions as {@code document-id@YYYY-MM-DD}. */
    public List<TermsRef> refs() {
        return terms.stream().map(ResolvedTerms::ref).toList();
    }
}
