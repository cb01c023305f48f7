package dev.clearance.domain.assessment;

import java.util.Objects;

/**
 * Something the project must do to use a dataset under its terms.
 *
 * @param kind   what sort of duty it is
 * @param detail what exactly, in plain English, naming the terms it comes from
 */
public record Obligation(ObligationKind kind, String detail) {
    public Obligation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }
}
