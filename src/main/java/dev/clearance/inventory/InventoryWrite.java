package dev.clearance.inventory;

import dev.clearance.domain.AuditEvent;
import dev.clearance.domain.Dataset;
import dev.clearance.domain.DatasetRepository;
import dev.clearance.domain.ProgressMonitor;
import dev.clearance.domain.Project;
import dev.clearance.domain.ProjectSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One import as {@link DatasetRepository#replaceInventory} writes it: the file is streamed straight
 * into the transaction, validated on the way (any error throws, which rolls everything back), and
 * the stored versions of changed datasets are looked up as they pass, for the audit trail.
 *
 * <p>Two ways in: {@link #ofPreview} carries out a preview (and refuses a file that changed since);
 * {@link #direct} validates, compares and writes in a single pass.
 */
final class InventoryWrite implements DatasetRepository.InventoryReplacement {
    /** The file's project block names another project than the one being written; the caller falls back to two passes. */
    static final class ProjectRenamedByFile extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProjectRenamedByFile() {
            super(null, null, false, false);
        }
    }

    private final InventorySource source;
    private final String projectName;
    private final OptionalLong projectId;
    private final Optional<ProjectSettings> previousSettings;
    private final Function<Optional<ProjectBlockParser.ProjectBlock>, ProjectSettings> settingsFrom;
    private final InventoryDiff diff;
    private final ImportPreview preview;
    private final String requestedName;
    private final DatasetRepository datasets;
    private final ProgressMonitor monitor;
    private final LocalDate today;
    private final String actor;
    private final Instant at;
    private final Set<String> listedAsChanged;
    private final Map<String, Dataset> before = new HashMap<>();
    private final Map<String, Dataset> after = new HashMap<>();
    private InventoryPass.Outcome outcome;

    private InventoryWrite(InventorySource source, String projectName, Optional<Project> existing,
                           Function<Optional<ProjectBlockParser.ProjectBlock>, ProjectSettings> settingsFrom,
                           InventoryDiff diff, ImportPreview preview, String requestedName, DatasetRepository datasets,
                           ProgressMonitor monitor, LocalDate today, String actor, Instant at) {
        this.source = source;
        this.projectName = projectName;
        this.projectId = existing.map(p -> OptionalLong.of(p.id())).orElse(OptionalLong.empty());
        this.previousSettings = existing.map(Project::settings);
        this.settingsFrom = settingsFrom;
        this.diff = diff;
        this.preview = preview;
        this.listedAsChanged = preview == null ? Set.of() : Set.copyOf(preview.changes().changedIds());
        this.requestedName = requestedName;
        this.datasets = datasets;
        this.monitor = monitor;
        this.today = today;
        this.actor = actor;
        this.at = at;
    }

    static InventoryWrite ofPreview(ImportPreview preview, Optional<Project> existing, DatasetRepository datasets,
                                    ProgressMonitor monitor, LocalDate today, String actor, Instant at) {
        return new InventoryWrite(preview.source(), preview.projectName(), existing, block -> preview.settings(), null,
                preview, null, datasets, monitor, today, actor, at);
    }

    /**
     * @param settingsFrom the project's settings given the files' project block (if any)
     * @param requestedName {@code --project}, or null; without it a project block naming another
     *                      project ends the write with {@link ProjectRenamedByFile}
     */
    static InventoryWrite direct(InventorySource source, String projectName, Optional<Project> existing,
                                 Function<Optional<ProjectBlockParser.ProjectBlock>, ProjectSettings> settingsFrom,
                                 InventoryDiff diff, String requestedName, DatasetRepository datasets,
                                 ProgressMonitor monitor, LocalDate today, String actor, Instant at) {
        return new InventoryWrite(source, projectName, existing, settingsFrom, diff, null, requestedName, datasets,
                monitor, today, actor, at);
    }

    @Override
    public OptionalLong projectId() {
        return projectId;
    }

    @Override
    public ProjectSettings settings() {
        if (preview != null) {
            return preview.settings();
        }
        Optional<ProjectBlockParser.ProjectBlock> block = outcome == null
                ? InventoryPass.declaredProject(source) : Optional.ofNullable(outcome.project());
        return settingsFrom.apply(block).withName(projectName);
    }

    @Override
    public void streamDatasets(Consumer<Dataset> sink) {
        // The file is read and checked on a second thread while this one writes; the transaction stays here.
        outcome = ReadAheadPipeline.<Dataset, InventoryPass.Outcome>run(
                toWriter -> new InventoryPass(source, monitor, "Importing", today).run(d -> {
                    boolean changed = diff == null ? listedAsChanged.contains(d.id())
                            : diff.classify(d) == InventoryDiff.Change.CHANGED && diff.isListedAsChanged(d.id());
                    if (changed) {
                        // Read before this transaction overwrites it; other connections see the committed version.
                        projectId.ifPresent(id -> datasets.find(id, d.id()).ifPresent(old -> before.put(d.id(), old)));
                        after.put(d.id(), d);
                    }
                    toWriter.accept(d);
                }),
                sink);
        if (preview != null && !outcome.sha256().equals(preview.sha256())) {
            throw InventoryImportException.of(ImportProblem.error(SourceLocation.of(source.fileName()),
                    "The file changed after it was checked.", "Preview the import again."));
        }
        boolean renamed = outcome.project() != null && outcome.project().name().isPresent()
                && !outcome.project().name().get().equals(projectName);
        if (preview == null && requestedName == null && renamed) {
            throw new ProjectRenamedByFile();
        }
    }

    @Override
    public Collection<String> removedIds() {
        return preview != null ? preview.changes().removedIds() : diff.changes().removedIds();
    }

    @Override
    public List<AuditEvent> auditEvents(long id) {
        return ImportAuditTrail.events(id, asPreview(), actor, at, before, after);
    }

    /** What was written, in the shape of a preview (a direct write's preview exists only afterwards). */
    ImportPreview asPreview() {
        if (preview != null) {
            return preview;
        }
        return new ImportPreview(source, projectName, projectId, settings(), previousSettings, outcome.datasets(),
                diff.changes(), outcome.warnings(), outcome.sha256());
    }
}
