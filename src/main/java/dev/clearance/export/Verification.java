package dev.clearance.export;

import java.util.List;

/**
 * The outcome of verifying a review package.
 *
 * @param outcome what was found
 * @param file    the file at fault for {@link Outcome#TAMPERED}; "" otherwise
 * @param detail  what exactly, for people
 * @param signers who signed a valid package, in sign-off order
 * @param review  the revision and state the package's review.json records (e.g. "revision 1, stale:
 *                re-review needed"), for a valid package; "" otherwise
 */
public record Verification(Outcome outcome, String file, String detail, List<Signer> signers, String review) {
    public Verification {
        file = file == null ? "" : file;
        detail = detail == null ? "" : detail;
        signers = List.copyOf(signers);
        review = review == null ? "" : review;
    }

    public Verification(Outcome outcome, String file, String detail, List<Signer> signers) {
        this(outcome, file, detail, signers, "");
    }

    public enum Outcome {
        /** Every hash matches the manifest and every reviewer's signature matches. */
        VALID,
        /** A file differs from the manifest, or a signature does not match. */
        TAMPERED,
        /** Intact, but nobody signed it off. */
        UNSIGNED,
        /** Not a review package, or an archive refused as hostile. */
        NOT_A_PACKAGE
    }

    /** A reviewer whose signature over the manifest (and the report) verified. */
    public record Signer(String reviewer, String role, String certificateSha256) {
    }

    public boolean isValid() {
        return outcome == Outcome.VALID;
    }

    static Verification tampered(String file, String detail) {
        return new Verification(Outcome.TAMPERED, file, detail, List.of());
    }

    static Verification notAPackage(String detail) {
        return new Verification(Outcome.NOT_A_PACKAGE, "", detail, List.of());
    }
}
