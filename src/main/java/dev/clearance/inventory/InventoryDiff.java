package dev.clearance.inventory;

import dev.clearance.domain.Dataset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Compares an incoming inventory, one dataset at a time, with the stored one. The stored side is
 * kept as a 64-bit fingerprint per id, not as datasets, so that re-importing a large inventory does
 * not need both copies in memory.
 */
final class InventoryDiff implements Consumer<Dataset> {
    private final Map<String, Long> storedFingerprints = new LinkedHashMap<>();
    private final List<String> addedIds = new ArrayList<>();
    private final List<String> changedIds = new ArrayList<>();
    private final Set<String> listedChanged = new HashSet<>();
    private long added;
    private long changed;
    private long unchanged;

    /** Remembers a stored dataset; those already marked removed are not part of the current inventory. */
    void stored(Dataset d) {
        if (!d.removed()) {
            storedFingerprints.put(d.id(), fingerprint(d));
        }
    }

    /** What an incoming dataset is to the stored inventory. */
    enum Change { ADDED, CHANGED, UNCHANGED }

    @Override
    public void accept(Dataset incoming) {
        classify(incoming);
    }

    /** Counts the dataset and says what it is; each id is classified once. */
    Change classify(Dataset incoming) {
        Long before = storedFingerprints.remove(incoming.id());
        if (before == null) {
            added++;
            listed(addedIds, incoming.id());
            return Change.ADDED;
        }
        if (before != fingerprint(incoming)) {
            changed++;
            if (listed(changedIds, incoming.id())) {
                listedChanged.add(incoming.id());
            }
            return Change.CHANGED;
        }
        unchanged++;
        return Change.UNCHANGED;
    }

    /** True for the changed datasets a preview lists by name (and the audit trail details field by field). */
    boolean isListedAsChanged(String id) {
        return listedChanged.contains(id);
    }

    /** The result once every incoming dataset was seen: stored ids never seen are removed. */
    InventoryChanges changes() {
        List<String> removed = List.copyOf(storedFingerprints.keySet());
        return new InventoryChanges(added, changed, removed.size(), unchanged, addedIds, changedIds, removed);
    }

    private static boolean listed(List<String> ids, String id) {
        if (ids.size() < InventoryChanges.LISTED_IDS) {
            ids.add(id);
            return true;
        }
        return false;
    }

    /** FNV-1a over every inventory field; the removed flag is not part of a dataset's content. */
    static long fingerprint(Dataset d) {
        String canonical = String.join("\u001f", d.id(), d.name(), d.sourceType().id(), d.generatorModel(),
                d.generatorProvider(), d.access(), String.valueOf(d.collectedOn()), d.license(), String.join(";", d.uses()),
                String.valueOf(d.records()), d.terms(), d.owner(), d.notes());
        long hash = 0xcbf29ce484222325L;
        for (byte b : canonical.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
