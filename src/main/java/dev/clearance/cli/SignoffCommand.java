package dev.clearance.cli;

import dev.clearance.export.ReviewerKey;
import dev.clearance.export.ReviewerKeys;
import dev.clearance.review.ReviewNotReadyException;
import dev.clearance.review.ReviewService;
import dev.clearance.review.ReviewStatus;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code clearance signoff --project NAME --reviewer NAME --role ROLE [--statement TEXT]}: signs off the
 * project's current review revision. The reviewer's key is created at their first sign-off, in the
 * keystore opened with {@code CLEARANCE_KEY_PASSPHRASE}.
 */
@Command(name = "signoff", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCode.USAGE,
        description = "Sign off the current review of a project (every required question answered, unknown findings acknowledged).",
        footer = {"", "The keystore passphrase comes from $" + Passphrase.VARIABLE + ". The first sign-off creates the key store"
                + " (keys.p12 beside the database, private to you); its passphrase needs at least 12 characters of two kinds.",
            "Exit codes: 0 signed off, 1 usage, 2 no such project, not ready, or no usable key."})
public final class SignoffCommand implements Callable<Integer> {
    private final Supplier<ReviewService> reviews;
    private final Supplier<ReviewerKeys> keys;
    private final Function<String, String> environment;

    @Spec
    CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "NAME", description = "The project whose review to sign off.")
    String project;

    @Option(names = "--reviewer", required = true, paramLabel = "NAME", description = "Your name, as the report prints it.")
    String reviewer;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "Your role, e.g. \"Outside counsel\" or \"Founder\".")
    String role;

    @Option(names = "--statement", paramLabel = "TEXT", defaultValue = "", description = "What you attest (optional).")
    String statement;

    /**
     * @param reviews     the review service, opened on first use
     * @param keys        the reviewers' keystore
     * @param environment reads environment variables (the passphrase)
     */
    public SignoffCommand(Supplier<ReviewService> reviews, Supplier<ReviewerKeys> keys, Function<String, String> environment) {
        this.reviews = reviews;
        this.keys = keys;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (reviewer.isBlank() || role.isBlank()) {
            err.println("clearance: --reviewer and --role must not be blank.");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        ReviewService service = reviews.get();
        // A refused sign-off writes nothing: what it would meet is read without opening a revision.
        Optional<ReviewService.Preview> status = service.preview(project);
        if (status.isEmpty()) {
            err.println("clearance: there is no project named '" + project + "'.");
            err.println("See the projects with: clearance projects");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        if (!status.get().readiness().isReady()) {
            return notReady(err, "Revision " + status.get().revision() + " of '" + project
                    + "' is not ready for sign-off", status.get().readiness().missing());
        }
        Optional<char[]> passphrase = Passphrase.from(environment, err, "Signing off");
        if (passphrase.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        ReviewerKeys store = keys.get();
        store.exposure().ifPresent(warning -> {
            err.println("clearance: warning: " + warning);
            err.flush();
        });
        try {
            ReviewerKey key = store.keyFor(reviewer, passphrase.get());
            ReviewStatus signed = service.signOff(project, reviewer, role, statement, key.fingerprint());
            out.println("Signed off revision " + signed.review().revision() + " of '" + project + "' as " + reviewer
                    + " (" + role + ").");
            out.println("Sign-offs on this revision: " + signed.review().signOffs().size());
            out.println("Certificate SHA-256: " + key.fingerprint());
            out.flush();
            return ExitCode.OK;
        } catch (ReviewNotReadyException e) {
            return notReady(err, e.getMessage(), e.missing());
        } catch (ReviewerKeys.KeystoreException e) {
            err.println("clearance: " + e.getMessage());
            if (e.reason() == ReviewerKeys.Reason.WEAK_PASSPHRASE) {
                err.println("Nothing was signed and no key store was made. Set " + Passphrase.VARIABLE
                        + " to a stronger passphrase (at least " + dev.clearance.export.PassphraseRule.MIN_LENGTH
                        + " characters, two kinds of character) and keep it: every later sign-off and export needs it.");
            }
            err.flush();
            return ExitCode.BAD_INPUT;
        } finally {
            java.util.Arrays.fill(passphrase.get(), '\0');
        }
    }

    private static int notReady(PrintWriter err, String message, java.util.List<String> missing) {
        err.println("clearance: " + message + (missing.isEmpty() ? "." : ". Missing:"));
        missing.forEach(m -> err.println("  - " + m));
        err.flush();
        return ExitCode.BAD_INPUT;
    }
}
