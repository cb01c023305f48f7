package dev.clearance.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Function;

/** The keystore passphrase of the command line: the environment variable {@value #VARIABLE}. */
final class Passphrase {
    static final String VARIABLE = "CLEARANCE_KEY_PASSPHRASE";

    private Passphrase() {
    }

    /** The passphrase, or empty after telling the user how to set it. */
    static Optional<char[]> from(Function<String, String> environment, PrintWriter err, String forWhat) {
        String value = environment.apply(VARIABLE);
        if (value == null || value.isEmpty()) {
            err.println("clearance: " + forWhat + " needs the passphrase of the reviewers' keystore.");
            err.println("Set it in the environment, e.g.: read -rs " + VARIABLE + " && export " + VARIABLE);
            err.flush();
            return Optional.empty();
        }
        return Optional.of(value.toCharArray());
    }
}
