package dev.clearance.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.review.ReviewState;
import dev.clearance.domain.review.SignOff;
import dev.clearance.export.PackageVerifier;
import dev.clearance.export.ReviewPackageExporter;
import dev.clearance.export.ReviewerKeys;
import dev.clearance.review.ReviewFixture;
import dev.clearance.ui.TaskRunner;
import dev.clearance.ui.review.ReviewViewModel.SignOffRequest;
import dev.clearance.ui.review.ReviewViewModel.SignedOff;
import dev.clearance.ui.review.ReviewViewModel.UnknownFinding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Review &amp; Export area's model on a real database with the support-assistant sample. */
class ReviewViewModelTest {
    private static final String COUNSEL = "Dana Whitfield";
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    Path dir;
    ReviewFixture f;
    String project;
    ReviewViewModel vm;

    @BeforeEach
    void open() {
        f = new ReviewFixture(dir);
        project = f.importSample("support-assistant");
        ReviewerKeys keys = new ReviewerKeys(dir.resolve("keys.p12"), f.clock);
        vm = new ReviewViewModel(f.projects.findByName(project).orElseThrow(), f.reviews, keys,
                new ReviewPackageExporter(keys), f.audit, COUNSEL, TaskRunner.IMMEDIATE);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private SignedOff signOff(String reviewer, String role, char[] passphrase) {
        AtomicReference<SignedOff> signed = new AtomicReference<>();
        AtomicReference<String> refused = new AtomicReference<>();
        vm.signOff(new SignOffRequest(reviewer, role, "Reviewed", passphrase.clone(), passphrase.clone()), signed::set,
                refused::set);
        assertNull(refused.get(), "refused: " + refused.get());
        return signed.get();
    }

    private String refusedSignOff(String reviewer, char[] passphrase) {
        AtomicReference<String> refused = new AtomicReference<>();
        vm.signOff(new SignOffRequest(reviewer, "Founder", "", passphrase.clone(), passphrase.clone()),
                s -> { throw new AssertionError("signed off: " + s); }, refused::set);
        return refused.get();
    }

    @Test
    void aFreshProjectIsADraftListingTheMissingAnswersByWalk() {
        vm.load();

        assertEquals(1, vm.revisionProperty().get());
        assertEquals(ReviewState.DRAFT, vm.stateProperty().get());
        assertTrue(vm.missing().stream().anyMatch(g -> !g.walk().equals(ReviewViewModel.ACKNOWLEDGEMENTS)
                && g.items().stream().anyMatch(i -> i.contains("(competition.competes) is not answered"))), vm.missing().toString());
        assertTrue(vm.missing().stream().anyMatch(g -> g.walk().equals(ReviewViewModel.ACKNOWLEDGEMENTS)));
        assertTrue(vm.signOffs().isEmpty());
    }

    @Test
    void readinessLinesAreGroupedUnderTheirWalk() {
        var groups = ReviewViewModel.group(java.util.List.of(
                "api:openai@2026-01-01: \"Does the model compete?\" (competition.competes) is not answered",
                "api:openai@2026-01-01: \"Is output shared?\" (sharing.outputs) is only suggested, not confirmed",
                "dataset d3: unknown finding generator-unknown is not acknowledged"));

        assertEquals(2, groups.size());
        assertEquals("api:openai@2026-01-01", groups.get(0).walk());
        assertEquals("\"Does the model compete?\" (competition.competes) is not answered", groups.get(0).items().get(0));
        assertEquals(ReviewViewModel.ACKNOWLEDGEMENTS, groups.get(1).walk());
    }

    @Test
    void acknowledgingAnUnknownFindingRecordsWhoAndWhy() {
        vm.load();
        UnknownFinding open = vm.unknownFindings().stream().filter(u -> !u.acknowledged()).findFirst().orElseThrow();

        vm.acknowledge(open, "  Generator recorded in the data room ");

        UnknownFinding after = vm.unknownFindings().stream()
                .filter(u -> u.datasetId().equals(open.datasetId()) && u.rule().equals(open.rule())).findFirst().orElseThrow();
        assertTrue(after.acknowledged());
        assertEquals(COUNSEL, after.acknowledgedBy());
        assertEquals("Generator recorded in the data room", after.note());
        assertTrue(vm.history().stream().anyMatch(e -> e.action().equals("review.acknowledged")));
    }

    @Test
    void signingOffADraftIsRefusedWithWhatIsMissingAndPointsToTheChecklist() {
        vm.load();

        String refused = refusedSignOff(COUNSEL, PASSPHRASE);

        assertTrue(refused.contains("is not ready for sign-off"), refused);
        assertTrue(refused.contains("Checklist"), refused);
        assertFalse(refused.contains("Exception"), refused);
    }

    @Test
    void theFirstSignOffCreatesTheReviewersKeyAndListsItsFingerprint() {
        f.completeReview(project, COUNSEL);
        vm.load();
        assertEquals(ReviewState.READY, vm.stateProperty().get());
        assertTrue(vm.missing().isEmpty());

        SignedOff signed = signOff(COUNSEL, "Outside counsel", PASSPHRASE);

        assertTrue(signed.keyCreated());
        assertEquals(64, signed.fingerprint().length());
        assertEquals(ReviewState.SIGNED_OFF, vm.stateProperty().get());
        SignOff listed = vm.signOffs().get(0);
        assertEquals(COUNSEL, listed.reviewer());
        assertEquals("Outside counsel", listed.role());
        assertEquals(signed.fingerprint(), listed.certificateFingerprint());
        assertTrue(vm.history().stream().anyMatch(e -> e.action().equals("review.signed-off")));
    }

    @Test
    void aSecondReviewerWithTheWrongPassphraseIsToldSoInWords() {
        f.completeReview(project, COUNSEL);
        vm.load();
        signOff(COUNSEL, "Outside counsel", PASSPHRASE);

        String refused = refusedSignOff("Priya Founder", "not the passphrase".toCharArray());

        assertTrue(refused.contains("passphrase does not open the keystore"), refused);
        assertEquals(1, vm.signOffs().size());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void aReviewerWhoSignsAgainUsesTheKeyMadeAtTheirFirstSignOff() {
        f.completeReview(project, COUNSEL);
        vm.load();
        SignedOff counsel = signOff(COUNSEL, "Outside counsel", PASSPHRASE);

        SignedOff asFounder = signOff(COUNSEL, "Founder", PASSPHRASE);

        assertFalse(asFounder.keyCreated());
        assertEquals(counsel.fingerprint(), asFounder.fingerprint());
        assertEquals(2, vm.signOffs().size());
    }

    @Test
    void theExportedPackageIsSignedAndVerifiesWithTheReviewersFingerprint() throws Exception {
        f.completeReview(project, COUNSEL);
        vm.load();
        SignedOff signed = signOff(COUNSEL, "Outside counsel", PASSPHRASE);
        Path zip = dir.resolve("out/review.zip");
        Files.createDirectories(zip.getParent());

        assertTrue(vm.exportNeedsPassphrase());
        vm.export(zip, PASSPHRASE.clone());

        assertEquals("", vm.problemProperty().get());
        assertTrue(vm.exportedProperty().get().startsWith("Wrote " + zip), vm.exportedProperty().get());
        AtomicReference<PackageCheck.Finding> found = new AtomicReference<>();
        new PackageCheck(new PackageVerifier(), TaskRunner.IMMEDIATE).verify(zip, found::set);
        assertTrue(found.get().valid(), found.get().toString());
        assertTrue(found.get().details().stream().anyMatch(d -> d.contains(signed.fingerprint())));
        assertTrue(found.get().details().stream().anyMatch(d -> d.contains("revision 1")));
    }

    @Test
    void theExportedReportOpensInTheSystemViewerOrTheStatusSaysWhereItIs() throws Exception {
        java.util.List<String> opened = new java.util.ArrayList<>();
        boolean[] viewer = {true};
        ReviewerKeys keys = new ReviewerKeys(dir.resolve("keys.p12"), f.clock);
        vm = new ReviewViewModel(f.projects.findByName(project).orElseThrow(), f.reviews, keys,
                new ReviewPackageExporter(keys), f.audit, COUNSEL, TaskRunner.IMMEDIATE, uri -> {
                    opened.add(uri);
                    return viewer[0];
                });
        vm.load();
        assertNull(vm.exportedPackageProperty().get(), "nothing to open before an export");
        Path zip = dir.resolve("draft.zip");
        vm.export(zip, null);
        assertEquals(zip, vm.exportedPackageProperty().get());

        vm.openReport();
        assertEquals(1, opened.size());
        Path copy = Path.of(java.net.URI.create(opened.get(0)));
        assertTrue(copy.getFileName().toString().equals("draft-report.pdf"), copy.toString());
        assertTrue(new String(Files.readAllBytes(copy), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .equals("%PDF-"), "the report itself, taken from the package");
        assertEquals("Opened the report of draft.zip (" + copy + ") in the system viewer.", vm.noticeProperty().get());

        viewer[0] = false;
        vm.openReport();
        Path second = Path.of(java.net.URI.create(opened.get(1)));
        assertEquals("No viewer could open the report of draft.zip: it is at " + second + "; open it from there.",
                vm.noticeProperty().get());
    }

    @Test
    void exportingWithTheWrongPassphraseSaysWhyAndWritesNothing() {
        f.completeReview(project, COUNSEL);
        vm.load();
        signOff(COUNSEL, "Outside counsel", PASSPHRASE);
        Path zip = dir.resolve("review.zip");

        vm.export(zip, "wrong".toCharArray());

        assertTrue(vm.problemProperty().get().contains("passphrase does not open the keystore"), vm.problemProperty().get());
        assertEquals("", vm.exportedProperty().get());
        assertFalse(Files.exists(zip));
    }

    @Test
    void aFileThatIsNotAPackageIsReportedAsSuch() throws Exception {
        Path notAZip = Files.writeString(dir.resolve("notes.zip"), "just text");
        AtomicReference<PackageCheck.Finding> found = new AtomicReference<>();

        new PackageCheck(new PackageVerifier(), TaskRunner.IMMEDIATE).verify(notAZip, found::set);

        assertNotNull(found.get());
        assertFalse(found.get().valid());
        assertEquals("Not a review package", found.get().headline());
    }

    @Test
    void anExportedPackageOpensReadOnlyWithWhatItSaysAndWhetherItVerifies() throws Exception {
        f.completeReview(project, COUNSEL);
        vm.load();
        SignedOff signed = signOff(COUNSEL, "Outside counsel", PASSPHRASE);
        Path zip = dir.resolve("out/review.zip");
        Files.createDirectories(zip.getParent());
        vm.export(zip, PASSPHRASE.clone());

        AtomicReference<OpenedPackage> opened = new AtomicReference<>();
        AtomicReference<String> failed = new AtomicReference<>();
        new PackageCheck(new PackageVerifier(), TaskRunner.IMMEDIATE).open(zip, opened::set, failed::set);

        assertNull(failed.get(), failed.get());
        OpenedPackage p = opened.get();
        assertTrue(p.verification().valid(), p.verification().toString());
        assertEquals(project, p.project());
        assertEquals(1, p.revision());
        assertEquals(f.datasets.count(f.projects.findByName(project).orElseThrow().id()), p.datasets().size());
        assertEquals(signed.fingerprint(), p.signOffs().get(0).fingerprint());
        assertTrue(p.report().length > 0 && new String(p.report(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("%PDF-"), "the report is the package's PDF");
    }

    @Test
    void aFileThatIsNotAPackageIsRefusedWithAReason() throws Exception {
        Path notAZip = dir.resolve("notes.zip");
        Files.writeString(notAZip, "these are meeting notes, not a review package");
        AtomicReference<OpenedPackage> opened = new AtomicReference<>();
        AtomicReference<String> failed = new AtomicReference<>();
        new PackageCheck(new PackageVerifier(), TaskRunner.IMMEDIATE).open(notAZip, opened::set, failed::set);
        assertNull(opened.get());
        assertTrue(failed.get() != null && failed.get().contains("notes.zip"), String.valueOf(failed.get()));
    }

    private String refusedFirstSignOff(String passphrase, String confirmation) {
        AtomicReference<String> refused = new AtomicReference<>();
        char[] typed = passphrase.toCharArray();
        char[] again = confirmation == null ? null : confirmation.toCharArray();
        vm.signOff(new SignOffRequest(COUNSEL, "Outside counsel", "", typed, again),
                s -> { throw new AssertionError("signed off: " + s); }, refused::set);
        assertTrue(new String(typed).chars().allMatch(c -> c == 0), "the passphrase is wiped");
        return refused.get();
    }

    @Test
    void theFirstSignOffNeedsThePassphraseTwiceAndTheSame() {
        f.completeReview(project, COUNSEL);
        vm.load();
        assertTrue(vm.needsNewPassphrase());

        String differ = refusedFirstSignOff("correct horse battery staple", "correct horse battery stapel");
        assertTrue(differ.startsWith("The two passphrases differ"), differ);
        String missing = refusedFirstSignOff("correct horse battery staple", null);
        assertTrue(missing.startsWith("The two passphrases differ"), missing);

        assertFalse(Files.exists(dir.resolve("keys.p12")), "no key store is made");
        assertTrue(vm.signOffs().isEmpty());
        assertFalse(vm.busyProperty().get());

        signOff(COUNSEL, "Outside counsel", PASSPHRASE);
        assertFalse(vm.needsNewPassphrase(), "the key store exists now: the passphrase is asked once");
        assertEquals(1, vm.signOffs().size());
    }

    @Test
    void aWeakPassphraseIsRefusedForTheNewKeyStore() {
        f.completeReview(project, COUNSEL);
        vm.load();

        String refused = refusedFirstSignOff("x", "x");

        assertEquals("The passphrase is too weak for your new key store: it has 1 character; use at least 12, "
                + "e.g. four or more unrelated words.", refused);
        assertFalse(Files.exists(dir.resolve("keys.p12")));
    }

    @Test
    void aKeyStoreOthersCanReadIsWarnedAboutWhenTheReviewIsRead() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        f.completeReview(project, COUNSEL);
        vm.load();
        signOff(COUNSEL, "Outside counsel", PASSPHRASE);
        assertEquals("", vm.keystoreWarningProperty().get());

        Files.setPosixFilePermissions(dir.resolve("keys.p12"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        vm.load();

        assertTrue(vm.keystoreWarningProperty().get().startsWith("The key store " + dir.resolve("keys.p12")
                + " can be read by other users (rw-rw-r--)"), vm.keystoreWarningProperty().get());
    }

    @Test
    void aDamagedKeyStoreIsNotCalledAWrongPassphraseInTheApp() throws Exception {
        f.completeReview(project, COUNSEL);
        vm.load();
        signOff(COUNSEL, "Outside counsel", PASSPHRASE);
        Path file = dir.resolve("keys.p12");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 40));

        String refused = refusedSignOff("Priya Founder", PASSPHRASE);

        assertTrue(refused.startsWith("The key store " + file + " is damaged ("), refused);
        assertTrue(refused.endsWith("restore it from a copy; your signed packages stay valid."), refused);
    }
}
