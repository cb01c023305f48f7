package dev.clearance.ui.terms;

import dev.clearance.domain.ProgressMonitor;
import dev.clearance.review.ReviewService;
import dev.clearance.review.TermsSyncService;
import dev.clearance.terms.ota.SyncReport;
import dev.clearance.terms.ota.SyncedVersion;
import dev.clearance.ui.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Terms › Update from Open Terms Archive…: choose a clone, run the sync in the background (progress and
 * Cancel in the status bar, or {@link #cancel()}), then show what was found: one line per stored version,
 * the reviews made stale, and the notes. Nothing is stored when the folder cannot be used.
 */
public final class OtaUpdateViewModel {
    /** The repository choice that means "recognise it from the clone". */
    public static final String RECOGNISE = "Recognise from the clone";

    private final TermsSyncService sync;
    private final TaskRunner tasks;
    private final Consumer<TermsSyncService.Result> synced;

    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final StringProperty repository = new SimpleStringProperty(RECOGNISE);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<String> found = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canRun;
    private volatile boolean cancelRequested;

    /** @param synced told after a sync that stored something (the app refreshes the open project) */
    public OtaUpdateViewModel(TermsSyncService sync, TaskRunner tasks, Consumer<TermsSyncService.Result> synced) {
        this.sync = Objects.requireNonNull(sync, "sync");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.synced = Objects.requireNonNull(synced, "synced");
        canRun = Bindings.createBooleanBinding(() -> folder.get() != null && !busy.get(), folder, busy);
    }

    /** The choices for the repository: recognise it, or one of the known repositories. */
    public List<String> repositoryChoices() {
        List<String> choices = new ArrayList<>();
        choices.add(RECOGNISE);
        choices.addAll(sync.repositories());
        return choices;
    }

    /** Runs the sync in the background; afterwards {@link #found()} and {@link #summaryProperty()} say what it did. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        Path dir = folder.get();
        String repo = RECOGNISE.equals(repository.get()) ? null : repository.get();
        busy.set(true);
        cancelRequested = false;
        error.set("");
        summary.set("");
        found.clear();
        tasks.run("Updating terms from " + (dir.getFileName() == null ? dir : dir.getFileName()),
                monitor -> sync.sync(dir, repo, cancellable(monitor)), result -> {
                    busy.set(false);
                    show(result);
                    if (!result.report().versions().isEmpty()) {
                        synced.accept(result);
                    }
                }, failure -> {
                    busy.set(false);
                    String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
                    error.set(message + (message.contains("othing was changed") ? "" : " Nothing was changed."));
                });
    }

    /** Asks a running sync to stop; it stops before storing anything. */
    public void cancel() {
        cancelRequested = true;
    }

    private ProgressMonitor cancellable(ProgressMonitor monitor) {
        return new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String message) {
                monitor.progress(done, total, message);
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested || monitor.isCancelled();
            }
        };
    }

    private void show(TermsSyncService.Result result) {
        SyncReport r = result.report();
        for (SyncedVersion v : r.versions()) {
            found.add(line(v));
        }
        for (ReviewService.StaleReview s : result.staleReviews()) {
            found.add("Review of \"" + s.project() + "\" revision " + s.revision() + " is now stale: "
                    + String.join("; ", s.changes()));
        }
        r.notes().forEach(n -> found.add("Note: " + n));
        summary.set(r.versions().isEmpty()
                ? "Up to date: nothing newer than the catalog and this database in " + r.recordings() + " recording(s) of "
                        + r.documents() + " document(s) (" + r.repository() + ")."
                : r.versions().size() + " version(s) stored from " + r.repository() + " at " + r.head().substring(0, 12)
                        + (result.staleReviews().isEmpty() ? "." : "; " + result.staleReviews().size()
                        + " signed-off review(s) are now stale."));
    }

    /** {@code xai-terms-of-service@2026-06-26 (new, stated effective) · commit 942ce72349d1 · +18 −50 ~39 clauses}. */
    static String line(SyncedVersion v) {
        String what = v.kind() == SyncedVersion.Kind.NEW ? "new" : v.kind() == SyncedVersion.Kind.TEXT
                ? "recorded text of a catalog version" : "re-recorded";
        String basis = v.dateBasis().equals("effective") ? "stated effective" : "dated by its recording";
        String changes = v.previous() == null ? v.detected() + " clause(s) detected, no earlier text"
                : "+" + v.added() + " −" + v.removed() + " ~" + v.changed() + " clauses against " + v.previous()
                        + (v.clauseChange() ? "" : ", no clause change");
        return v.ref() + " (" + what + ", " + basis + ") · commit " + v.source().commit().substring(0, 12) + " · " + changes;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /** {@link #RECOGNISE} or {@code OWNER/NAME}. */
    public StringProperty repositoryProperty() {
        return repository;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canRunBinding() {
        return canRun;
    }

    /** What the last run found, one line each. */
    public ObservableList<String> found() {
        return found;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the last run stored nothing, naming the folder; "" after a successful run. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
