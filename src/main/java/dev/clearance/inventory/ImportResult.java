package dev.clearance.inventory;

import java.util.List;

/** What a committed import did. */
public record ImportResult(long projectId, String projectName, boolean projectCreated, long datasetCount,
                           InventoryChanges changes, List<ImportProblem> warnings) {
    public ImportResult {
        warnings = List.copyOf(warnings);
    }

    /** {@code Imported 12 datasets into "Acme" (3 added, 2 changed, 1 removed); 2 warnings} */
    public String summary() {
        return "Imported " + datasetCount + (datasetCount == 1 ? " dataset" : " datasets") + " into \"" + projectName
                + "\"" + (projectCreated ? " (new project)" : " (" + changes.summary() + ")")
                + (warnings.isEmpty() ? "" : "; " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings"));
    }
}
