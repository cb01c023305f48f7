package dev.clearance.inventory;

import dev.clearance.domain.ProjectSettings;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What an import would do, found by reading and validating everything without writing anything.
 * Pass it to {@link InventoryImportService#commit} to carry it out.
 *
 * @param existingProjectId the project a re-import updates; empty for a new project
 * @param settings          the settings the project will have
 * @param previousSettings  the settings it has now; empty for a new project
 * @param datasetCount      datasets in the file
 * @param sha256            of the inventory file; commit refuses a file that changed since
 */
public record ImportPreview(InventorySource source, String projectName, OptionalLong existingProjectId,
                            ProjectSettings settings, Optional<ProjectSettings> previousSettings, long datasetCount,
                            InventoryChanges changes, List<ImportProblem> warnings, String sha256) {
    public ImportPreview {
        warnings = List.copyOf(warnings);
    }

    public boolean isNewProject() {
        return existingProjectId.isEmpty();
    }

    public boolean settingsChange() {
        return previousSettings.map(p -> !p.equals(settings)).orElse(false);
    }

    /** "New project "Acme": 12 datasets" or "Re-import into "Acme": 3 added, 2 changed, 1 removed". */
    public String summary() {
        return (isNewProject() ? "New project \"" + projectName + "\": " + datasetCount + " datasets"
                : "Re-import into \"" + projectName + "\": " + changes.summary()
                        + (settingsChange() ? "; project settings change" : ""))
                + (warnings.isEmpty() ? "" : "; " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings"));
    }
}
