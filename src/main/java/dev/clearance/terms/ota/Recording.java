package dev.clearance.terms.ota;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One recorded text of one document in a versions repository: the commit that recorded it and when.
 * Consecutive commits that left the text unchanged are one recording (the first of them).
 *
 * @param path       {@code <Service>/<Terms type>.md}
 * @param commit     40-hex id of the commit that recorded this text
 * @param recordedAt the commit's author time (the archive's recording time)
 * @param recordedOn that time's day in UTC
 * @param blobId     40-hex id of the text's git blob (identical texts have identical ids)
 */
public record Recording(String path, String commit, Instant recordedAt, LocalDate recordedOn, String blobId) {
    public Recording {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedOn, "recordedOn");
        Objects.requireNonNull(blobId, "blobId");
    }
}
