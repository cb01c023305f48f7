package dev.clearance.domain.terms;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the recorded text of a terms version comes from, so that anyone can fetch the same bytes again:
 * a repository (an Open Terms Archive versions repository or a provider's own), the file's path in it and
 * the commit; or an address. With the day the text was recorded, the effective date it states (if any)
 * and the SHA-256 of the text.
 *
 * @param repository      {@code owner/name} of the repository the text was read from; "" when {@code url} is set
 * @param url             address the text was read from; "" when {@code repository} is set
 * @param path            the file's path in the repository; "" for an address
 * @param commit          the 40-hex commit id in that repository (the source's own id); "" for an address
 * @param recordedOn      the day this exact text was recorded (the commit's date, or the day it was fetched)
 * @param statedEffective the effective date the text itself states; null when it states none
 * @param sha256          lower-case hex SHA-256 of the text's bytes as shipped or stored
 * @param textFile        file name of the shipped text under {@code assets/terms/texts/}; "" for a stored text
 * @param secondHand      true when the copy is a third party's, not the provider's or the archive's
 */
public record Provenance(String repository, String url, String path, String commit, LocalDate recordedOn,
                         LocalDate statedEffective, String sha256, String textFile, boolean secondHand) {
    public Provenance {
        repository = repository == null ? "" : repository;
        url = url == null ? "" : url;
        path = path == null ? "" : path;
        commit = commit == null ? "" : commit;
        Objects.requireNonNull(recordedOn, "recordedOn");
        sha256 = sha256 == null ? "" : sha256;
        textFile = textFile == null ? "" : textFile;
        if (repository.isEmpty() == url.isEmpty()) {
            throw new IllegalArgumentException("a provenance names either a repository or a url, not "
                    + (repository.isEmpty() ? "neither" : "both"));
        }
    }

    public Optional<LocalDate> effective() {
        return Optional.ofNullable(statedEffective);
    }

    /** One line for people: {@code OpenTermsArchive/GenAI-versions · OpenAI/Terms of Service.md · 1a2b3c4d5e6f (recorded 2024-02-10)}. */
    public String describe() {
        String where = repository.isEmpty() ? url
                : repository + " · " + path + " · " + (commit.length() > 12 ? commit.substring(0, 12) : commit);
        return where + " (recorded " + recordedOn + (statedEffective == null ? "; no effective date stated"
                : "; states effective " + statedEffective) + ")" + (secondHand ? " [third-party copy]" : "");
    }
}
