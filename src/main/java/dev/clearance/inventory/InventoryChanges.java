package dev.clearance.inventory;

import java.util.List;

/**
 * How an imported inventory differs from what the project holds, matched by dataset id. A dataset
 * that was marked removed and comes back counts as added.
 *
 * @param addedIds   the first {@value #LISTED_IDS} added ids
 * @param changedIds the first {@value #LISTED_IDS} changed ids
 * @param removedIds every removed id (bounded by the stored inventory)
 */
public record InventoryChanges(long added, long changed, long removed, long unchanged,
                               List<String> addedIds, List<String> changedIds, List<String> removedIds) {
    /** How many added and changed ids a preview lists by name. */
    public static final int LISTED_IDS = 1_000;

    public InventoryChanges {
        addedIds = List.copyOf(addedIds);
        changedIds = List.copyOf(changedIds);
        removedIds = List.copyOf(removedIds);
    }

    /** "3 added, 2 changed, 1 removed" (unchanged datasets are not mentioned). */
    public String summary() {
        return added + " added, " + changed + " changed, " + removed + " removed";
    }

    public boolean isEmpty() {
        return added == 0 && changed == 0 && removed == 0;
    }
}
