package dev.clearance.ui.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.domain.AuditEvent;
import dev.clearance.domain.AuditRepository;
import dev.clearance.domain.Project;
import dev.clearance.domain.review.ReviewState;
import dev.clearance.domain.review.SignOff;
import dev.clearance.export.PassphraseRule;
import dev.clearance.export.ReviewPackageExporter;
import dev.clearance.export.ReviewerKey;
import dev.clearance.export.ReviewerKeys;
import dev.clearance.review.ReviewExport;
import dev.clearance.review.ReviewService;
import dev.clearance.review.ReviewStatus;
import dev.clearance.ui.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Review &amp; Export area of one project: where its current review revision stands, what is still
 * missing before sign-off, the unknown findings to acknowledge, the sign-offs, the audit trail, and the
 * actions (acknowledge, sign off, export). Every service call goes through the {@link TaskRunner}.
 */
public final class ReviewViewModel {
    /** Required questions of one walk (or the acknowledgements) still missing before sign-off. */
    public record MissingGroup(String walk, List<String> items) {
    }

    /** A finding of level unknown: the fact a rule needs is missing; the reviewer acknowledges it stands. */
    public record UnknownFinding(String datasetId, String datasetName, String rule, String message,
                                 String acknowledgedBy, String note) {
        public boolean acknowledged() {
            return !acknowledgedBy.isEmpty();
        }
    }

    /**
     * What a sign-off asks of the reviewer.
     *
     * @param confirmation the passphrase typed a second time; needed when the sign-off creates the key store
     *                     ({@link #needsNewPassphrase()}), else null; wiped with the passphrase
     */
    public record SignOffRequest(String reviewer, String role, String statement, char[] passphrase, char[] confirmation) {
        /** A sign-off with an existing key store: no confirmation. */
        public SignOffRequest(String reviewer, String role, String statement, char[] passphrase) {
            this(reviewer, role, statement, passphrase, null);
        }

        void wipe() {
            Arrays.fill(passphrase, '\0');
            if (confirmation != null) {
                Arrays.fill(confirmation, '\0');
            }
        }
    }

    /** A completed sign-off: the certificate the reviewer signed with, and whether it was made just now. */
    public record SignedOff(int revision, String reviewer, String fingerprint, boolean keyCreated) {
    }

    /** The heading of the readiness group for unknown findings not yet acknowledged. */
    public static final String ACKNOWLEDGEMENTS = "Unknown findings";

    private final Project project;
    private final ReviewService reviews;
    private final ReviewerKeys keys;
    private final ReviewPackageExporter exporter;
    private final AuditRepository audit;
    private final String userName;
    private final TaskRunner tasks;
    private final dev.clearance.ui.DocumentOpener documents;

    private final IntegerProperty revision = new SimpleIntegerProperty(0);
    private final ObjectProperty<ReviewState> state = new SimpleObjectProperty<>();
    private final ObservableList<String> staleChanges = FXCollections.observableArrayList();
    private final ObservableList<MissingGroup> missing = FXCollections.observableArrayList();
    private final ObservableList<UnknownFinding> unknownFindings = FXCollections.observableArrayList();
    private final ObservableList<SignOff> signOffs = FXCollections.observableArrayList();
    private final ObservableList<AuditEvent> history = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty exported = new SimpleStringProperty("");
    private final ObjectProperty<Path> exportedPackage = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty keystoreWarning = new SimpleStringProperty("");

    /**
     * @param userName who acknowledges findings (recorded in the audit trail)
     */
    public ReviewViewModel(Project project, ReviewService reviews, ReviewerKeys keys, ReviewPackageExporter exporter,
                           AuditRepository audit, String userName, TaskRunner tasks) {
        this(project, reviews, keys, exporter, audit, userName, tasks, dev.clearance.ui.DocumentOpener.NONE);
    }

    /** @param documents opens the exported package's report.pdf in the system's viewer */
    public ReviewViewModel(Project project, ReviewService reviews, ReviewerKeys keys, ReviewPackageExporter exporter,
                           AuditRepository audit, String userName, TaskRunner tasks,
                           dev.clearance.ui.DocumentOpener documents) {
        this.documents = documents;
        this.project = project;
        this.reviews = reviews;
        this.keys = keys;
        this.exporter = exporter;
        this.audit = audit;
        this.userName = userName;
        this.tasks = tasks;
    }

    /** Reads the review as it stands now (which brings its lifecycle up to date) and the audit trail. */
    public void load() {
        busy.set(true);
        tasks.run("Reading the review of " + project.name(), m -> loaded(reviews.status(project)), this::show, this::fail);
    }

    /** Records that the finding stands as it is, with the reviewer's reason, then reads the review again. */
    public void acknowledge(UnknownFinding finding, String note) {
        busy.set(true);
        tasks.run("Acknowledging " + finding.rule(), m -> {
            reviews.acknowledgeUnknown(project.name(), finding.datasetId(), finding.rule(), userName, note.strip());
            return loaded(reviews.status(project));
        }, this::show, this::fail);
    }

    /**
     * Signs off the current revision with the reviewer's key, creating the key at their first sign-off.
     * The passphrase is wiped once used.
     *
     * @param signed  called with the certificate used, after the review is shown again
     * @param refused called with what went wrong, in words (not ready, wrong passphrase, keystore unusable)
     */
    public void signOff(SignOffRequest request, Consumer<SignedOff> signed, Consumer<String> refused) {
        if (needsNewPassphrase()) {
            String problem = newPassphraseProblem(request.passphrase(), request.confirmation());
            if (problem != null) {
                request.wipe();
                refused.accept(problem);
                return;
            }
        }
        busy.set(true);
        tasks.run("Signing off " + project.name(), m -> {
            try {
                boolean existed = keys.find(request.reviewer(), request.passphrase()).isPresent();
                ReviewerKey key = keys.keyFor(request.reviewer(), request.passphrase());
                ReviewStatus status = reviews.signOff(project.name(), request.reviewer().strip(), request.role().strip(),
                        request.statement().strip(), key.fingerprint());
                Loaded loaded = loaded(status);
                return new SignOffOutcome(loaded, new SignedOff(status.review().revision(), request.reviewer(),
                        key.fingerprint(), !existed));
            } finally {
                request.wipe();
            }
        }, outcome -> {
            show(outcome.loaded());
            signed.accept(outcome.signedOff());
        }, failure -> {
            busy.set(false);
            refused.accept(Problems.describe(failure));
        });
    }

    /**
     * Whether the next sign-off creates the key store, and so chooses its passphrase: the dialog then asks for
     * it twice, and the passphrase must pass {@link PassphraseRule}.
     */
    public boolean needsNewPassphrase() {
        return !keys.exists();
    }

    /** Why a new key store's passphrase will not do (the two differ, or it is too weak), or null when it will. */
    static String newPassphraseProblem(char[] passphrase, char[] confirmation) {
        if (confirmation == null || !Arrays.equals(passphrase, confirmation)) {
            return "The two passphrases differ: type the same passphrase in both fields. It protects the new key "
                    + "store, and every later sign-off and export needs it.";
        }
        return PassphraseRule.weakness(passphrase)
                .map(why -> "The passphrase is too weak for your new key store: " + why + ".").orElse(null);
    }

    /**
     * A warning when the key store can be read by its group or by other users (set when the review is read);
     * "" when it is private or does not exist yet.
     */
    public StringProperty keystoreWarningProperty() {
        return keystoreWarning;
    }

    /** Whether exporting needs the keystore passphrase: a signed-off revision is signed by each reviewer's key. */
    public boolean exportNeedsPassphrase() {
        return !signOffs.isEmpty();
    }

    /**
     * Writes the review package of the current revision in the background; {@link #exportedProperty()} then
     * says where, or {@link #problemProperty()} why not.
     *
     * @param passphrase opens the keystore for a signed-off revision; null for a draft; wiped once used
     */
    public void export(Path target, char[] passphrase) {
        busy.set(true);
        exported.set("");
        tasks.run("Exporting the review package", m -> {
            try {
                ReviewStatus status = reviews.status(project);
                ReviewExport export = reviews.export(status);
                try {
                    exporter.export(export, passphrase, target);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
                }
                return new Exported(loaded(status), describe(export, target));
            } finally {
                if (passphrase != null) {
                    Arrays.fill(passphrase, '\0');
                }
            }
        }, done -> {
            show(done.loaded());
            exportedPackage.set(target);
            exported.set(done.sentence());
        }, this::fail);
    }

    private static String describe(ReviewExport export, Path target) {
        String signers = export.signOffs().isEmpty() ? "unsigned"
                : "signed by " + String.join(", ", export.signOffs().stream()
                        .map(s -> s.reviewer() + " (" + s.role() + ")").toList());
        return "Wrote " + target + ": revision " + export.revision() + ", " + export.state().label() + ", " + signers + ".";
    }

    private void show(Loaded loaded) {
        ReviewStatus status = loaded.status();
        revision.set(status.review().revision());
        state.set(status.review().state());
        staleChanges.setAll(status.staleChanges());
        missing.setAll(group(status.readiness().missing()));
        unknownFindings.setAll(unknownFindings(status.content()));
        signOffs.setAll(status.review().signOffs());
        history.setAll(loaded.history());
        keystoreWarning.set(loaded.keystoreWarning());
        problem.set("");
        busy.set(false);
    }

    private void fail(Throwable failure) {
        busy.set(false);
        problem.set(Problems.describe(failure));
    }

    /**
     * Groups the readiness lines by walk ({@code walk: "question" (id) is not answered}); the lines about
     * unknown findings go under {@link #ACKNOWLEDGEMENTS}.
     */
    static List<MissingGroup> group(List<String> lines) {
        Map<String, List<String>> byWalk = new LinkedHashMap<>();
        for (String line : lines) {
            int question = line.indexOf(": \"");
            if (line.startsWith("dataset ") || question < 0) {
                byWalk.computeIfAbsent(ACKNOWLEDGEMENTS, k -> new ArrayList<>()).add(line);
            } else {
                byWalk.computeIfAbsent(line.substring(0, question), k -> new ArrayList<>())
                        .add(line.substring(question + 2));
            }
        }
        List<MissingGroup> groups = new ArrayList<>();
        byWalk.forEach((walk, items) -> groups.add(new MissingGroup(walk, items)));
        return groups;
    }

    private static List<UnknownFinding> unknownFindings(JsonNode content) {
        Map<String, JsonNode> acknowledged = new HashMap<>();
        for (JsonNode a : content.path("acknowledgements")) {
            acknowledged.put(a.path("dataset").asText() + "/" + a.path("rule").asText(), a);
        }
        List<UnknownFinding> out = new ArrayList<>();
        for (JsonNode d : content.path("assessment").path("datasets")) {
            for (JsonNode f : d.path("findings")) {
                if (f.path("level").asText().equals("unknown")) {
                    String id = d.path("id").asText();
                    String rule = f.path("rule").asText();
                    JsonNode ack = acknowledged.get(id + "/" + rule);
                    out.add(new UnknownFinding(id, d.path("name").asText(), rule, f.path("message").asText(),
                            ack == null ? "" : ack.path("by").asText(), ack == null ? "" : ack.path("note").asText()));
                }
            }
        }
        return out;
    }

    public Project project() {
        return project;
    }

    /** Who acknowledges and, by default, signs off. */
    public String userName() {
        return userName;
    }

    /** Where the reviewers' signing keys are kept. */
    public Path keystoreLocation() {
        return keys.location();
    }

    public IntegerProperty revisionProperty() {
        return revision;
    }

    /** Null until the review is first read. */
    public ObjectProperty<ReviewState> stateProperty() {
        return state;
    }

    /** For a stale revision: what changed in the terms or conclusions its sign-off relied on. */
    public ObservableList<String> staleChanges() {
        return staleChanges;
    }

    /** What is missing before sign-off, by walk; empty when ready or signed off. */
    public ObservableList<MissingGroup> missing() {
        return missing;
    }

    public ObservableList<UnknownFinding> unknownFindings() {
        return unknownFindings;
    }

    /** The sign-offs of the current revision, oldest first. */
    public ObservableList<SignOff> signOffs() {
        return signOffs;
    }

    /** The project's audit trail, oldest first. */
    public ObservableList<AuditEvent> history() {
        return history;
    }

    /** What went wrong with the last action, in words; "" when nothing did. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** Where the last package was written, in a sentence; "" until one is. */
    /** The package written last in this session, or null: its report.pdf can be opened. */
    public ObjectProperty<Path> exportedPackageProperty() {
        return exportedPackage;
    }

    /** A sentence for the status bar about opening the report (which file, or that nothing could open it). */
    public StringProperty noticeProperty() {
        return notice;
    }

    /**
     * Opens the report.pdf of the package written last in the system's viewer: a copy taken from the zip
     * into a temporary folder (the package itself is not touched); {@link #noticeProperty()} says how it went.
     */
    public void openReport() {
        Path zip = exportedPackage.get();
        if (zip == null) {
            return;
        }
        notice.set("");
        tasks.run("Opening report.pdf", m -> {
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
                java.util.zip.ZipEntry entry = z.getEntry("report.pdf");
                if (entry == null) {
                    throw new UncheckedIOException(new IOException(zip + " holds no report.pdf"));
                }
                String base = zip.getFileName().toString().replaceFirst("\\.zip$", "");
                Path copy = java.nio.file.Files.createTempDirectory("clearance-report").resolve(base + "-report.pdf");
                try (var in = z.getInputStream(entry)) {
                    java.nio.file.Files.copy(in, copy);
                }
                copy.toFile().deleteOnExit();
                copy.getParent().toFile().deleteOnExit();
                return copy;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the report from " + zip + ": " + e.getMessage(), e);
            }
        }, copy -> notice.set(documents.openFile(copy, "the report of " + zip.getFileName())),
                failure -> notice.set(failure.getMessage()));
    }

    public StringProperty exportedProperty() {
        return exported;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    private record Loaded(ReviewStatus status, List<AuditEvent> history, String keystoreWarning) {
    }

    /** Read in the background: the review, its audit trail and whether the key store is open to others. */
    private Loaded loaded(ReviewStatus status) {
        return new Loaded(status, audit.list(project.id()), keys.exposure().orElse(""));
    }

    private record SignOffOutcome(Loaded loaded, SignedOff signedOff) {
    }

    private record Exported(Loaded loaded, String sentence) {
    }
}
