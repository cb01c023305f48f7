package dev.clearance.cli;

import dev.clearance.export.PackageVerifier;
import dev.clearance.export.Verification;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance verify FILE.zip}: recomputes every hash and every signature of a review package and
 * says valid (and by whom), tampered (which file), unsigned, or not a package. Needs no database.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCode.USAGE,
        description = "Verify a review package: every file against the manifest, every reviewer's signature.",
        footer = {"", "Exit codes: 0 valid, 1 usage, 2 no such file, 4 tampered, unsigned or not a package."})
public final class VerifyCommand implements Callable<Integer> {
    private final Supplier<PackageVerifier> verifier;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "The review package.")
    Path file;

    public VerifyCommand(Supplier<PackageVerifier> verifier) {
        this.verifier = verifier;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("clearance: " + file + " " + dev.clearance.domain.InputFiles.notRegular(file)
                    .map(why -> why.startsWith("is ") ? why : "is not a file: " + why).orElse("is not a file") + ".");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        Verification v = verifier.get().verify(file);
        switch (v.outcome()) {
            case VALID -> {
                v.signers().forEach(s -> out.println("valid: signed by " + s.reviewer() + " (" + s.role()
                        + "), fingerprint " + s.certificateSha256()));
                out.println("review: " + v.review());
            }
            case TAMPERED -> out.println("tampered: " + v.file() + " (" + v.detail() + ")");
            case UNSIGNED -> out.println("unsigned: " + v.detail());
            case NOT_A_PACKAGE -> out.println(v.detail());
        }
        out.flush();
        return v.isValid() ? ExitCode.OK : ExitCode.VERIFICATION_FAILED;
    }
}
