package dev.clearance.domain.terms;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A terms document for one access channel (a weights licence, hosted API terms, consumer terms, a cloud
 * reseller's terms or a usage policy) with its versions, oldest first.
 *
 * @param id        stable kebab-case id, e.g. {@code openai-services-agreement}
 * @param provider  provider id, e.g. {@code openai}; "" for generic licences such as Apache-2.0
 * @param title     display title
 * @param channel   the access channel it governs; null for a user's document whose channel was not given
 * @param sourceUrl canonical address of the live text
 * @param origin    shipped catalog or added by a user
 * @param timeless  true for standard licences whose text does not change (MIT, Apache-2.0): the single
 *                  version applies whatever the date
 * @param region    the region the document is written for (e.g. {@code EU}); "" when it applies everywhere
 * @param notes     caveats for the reviewer; "" if none
 * @param versions  versions ordered by effective date, oldest first
 */
public record TermsDocument(String id, String provider, String title, Channel channel, String sourceUrl,
                           DocumentOrigin origin, boolean timeless, String region, String notes,
                           List<TermsVersion> versions) {
    public TermsDocument {
        Objects.requireNonNull(id, "id");
        provider = provider == null ? "" : provider;
        Objects.requireNonNull(title, "title");
        sourceUrl = sourceUrl == null ? "" : sourceUrl;
        Objects.requireNonNull(origin, "origin");
        region = region == null ? "" : region;
        notes = notes == null ? "" : notes;
        versions = versions == null ? List.of()
                : versions.stream().sorted(Comparator.comparing(TermsVersion::effectiveOn)).toList();
    }

    public Optional<TermsVersion> version(LocalDate effectiveOn) {
        return versions.stream().filter(v -> v.effectiveOn().equals(effectiveOn)).findFirst();
    }

    public Optional<TermsVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public TermsDocument withVersions(List<TermsVersion> newVersions) {
        return new TermsDocument(id, provider, title, channel, sourceUrl, origin, timeless, region, notes, newVersions);
    }
}
