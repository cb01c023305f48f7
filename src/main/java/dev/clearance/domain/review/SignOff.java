package dev.clearance.domain.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One reviewer's sign-off on a review revision.
 *
 * @param reviewer               the reviewer's name, as it appears on the report
 * @param role                   their role, e.g. "Outside counsel" or "Founder"
 * @param statement              what they attest; "" if none
 * @param certificateFingerprint SHA-256 of their certificate (DER), lower-case hex
 * @param signedAt               when they signed off
 */
public record SignOff(String reviewer, String role, String statement, String certificateFingerprint, Instant signedAt) {
    public SignOff {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(role, "role");
        if (reviewer.isBlank() || role.isBlank()) {
            throw new IllegalArgumentException("A sign-off needs the reviewer's name and role");
        }
        statement = statement == null ? "" : statement;
        certificateFingerprint = certificateFingerprint == null ? "" : certificateFingerprint;
        Objects.requireNonNull(signedAt, "signedAt");
    }
}
