package dev.clearance.terms.ota;

import java.nio.file.Path;
import java.util.List;

/**
 * What a sync found and stored.
 *
 * @param repository  the source repository, {@code OWNER/NAME}
 * @param directory   the clone it was read from
 * @param head        the commit read up to
 * @param documents   mapped documents found in the clone
 * @param recordings  distinct recordings of those documents in the history
 * @param versions    what was stored, by document in mapping order, oldest first
 * @param notes       remarks for people (documents missing from the clone, annotations re-anchored …)
 */
public record SyncReport(String repository, Path directory, String head, int documents, int recordings,
                         List<SyncedVersion> versions, List<String> notes) {
    public SyncReport {
        versions = List.copyOf(versions);
        notes = List.copyOf(notes);
    }
}
