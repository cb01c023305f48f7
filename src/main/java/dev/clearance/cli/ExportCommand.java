package dev.clearance.cli;

import dev.clearance.domain.DiskFailure;
import dev.clearance.export.ReviewPackageExporter;
import dev.clearance.export.ReviewerKeys;
import dev.clearance.review.ReviewExport;
import dev.clearance.review.ReviewService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code clearance export --project NAME --out FILE.zip}: writes the review package of the project's
 * current revision (manifest, review.json, signed report.pdf, inventory.csv, annotations.jsonld,
 * signature). A signed-off revision is signed with each reviewer's key, so the passphrase is needed.
 */
@Command(name = "export", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCode.USAGE,
        description = "Export the review package of a project (PDF for people, JSON for machines).",
        footer = {"", "Signing needs the keystore passphrase in $" + Passphrase.VARIABLE + ".",
            "Exit codes: 0 written, 1 usage, 2 no such project, no usable key or cannot write FILE (no such folder,",
            "  not writable), 9 the disk refused FILE (full, over quota, size limit, read-only, I/O error)."})
public final class ExportCommand implements Callable<Integer> {
    private final Supplier<ReviewService> reviews;
    private final Supplier<ReviewPackageExporter> exporter;
    private final Function<String, String> environment;

    @Spec
    CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "NAME", description = "The project to export.")
    String project;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "Where to write the package.")
    Path out;

    public ExportCommand(Supplier<ReviewService> reviews, Supplier<ReviewPackageExporter> exporter,
                         Function<String, String> environment) {
        this.reviews = reviews;
        this.exporter = exporter;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ReviewExport> export = reviews.get().export(project);
        if (export.isEmpty()) {
            err.println("clearance: there is no project named '" + project + "'.");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        ReviewExport e = export.get();
        char[] passphrase = null;
        if (ReviewPackageExporter.needsPassphrase(e)) {
            Optional<char[]> given = Passphrase.from(environment, err, "Exporting a signed-off review");
            if (given.isEmpty()) {
                return ExitCode.BAD_INPUT;
            }
            passphrase = given.get();
        }
        try {
            if (passphrase != null) {
                exporter.get().keystoreExposure().ifPresent(warning -> {
                    err.println("clearance: warning: " + warning);
                    err.flush();
                });
            }
            exporter.get().export(e, passphrase, out);
        } catch (ReviewerKeys.KeystoreException ex) {
            err.println("clearance: " + ex.getMessage());
            err.flush();
            return ExitCode.BAD_INPUT;
        } catch (IOException ex) {
            Optional<DiskFailure> disk = DiskFailure.in(ex);
            if (disk.isPresent()) {
                err.println("clearance: " + disk.get().problem(out.toAbsolutePath()) + ": no package was written; "
                        + disk.get().remedy() + " and run it again.");
                err.flush();
                return ExitCode.DISK_FAILURE;
            }
            err.println("clearance: cannot write " + out.toAbsolutePath() + ": " + describe(ex) + "; no package was written.");
            err.flush();
            return ExitCode.BAD_INPUT;
        } finally {
            if (passphrase != null) {
                java.util.Arrays.fill(passphrase, '\0');
            }
        }
        stdout.println("Wrote " + out + ": revision " + e.revision() + " of '" + e.projectName() + "', "
                + e.state().label() + (e.signOffs().isEmpty() ? ", unsigned." : ", signed by "
                + String.join(", ", e.signOffs().stream().map(s -> s.reviewer() + " (" + s.role() + ")").toList()) + "."));
        stdout.flush();
        return ExitCode.OK;
    }

    /** What went wrong, in words: Java's file exceptions often carry only a path. */
    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            java.nio.file.Path where = denied.getFile() == null ? null : java.nio.file.Path.of(denied.getFile()).getParent();
            return "permission denied" + (where == null ? "" : " (the folder " + where + " is not writable)");
        }
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return "no such file or folder: " + missing.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + (fs.getFile() == null ? "" : " (" + fs.getFile() + ")");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
