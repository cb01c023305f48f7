package dev.clearance.domain.annotation;

import dev.clearance.domain.terms.TermsRef;

import java.util.Objects;

/**
 * Where an annotation stood when the reviewer last confirmed it: the version, the code-point range and
 * the quoted text. Kept while the annotation is {@link AnchorStatus#MOVED}, {@link AnchorStatus#CHANGED} or
 * {@link AnchorStatus#ORPHANED}, so the reviewer sees the old text beside the new one.
 */
public record PreviousAnchor(TermsRef target, int start, int end, String exact) {
    public PreviousAnchor {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(exact, "exact");
        if (target.effectiveOn() == null) {
            throw new IllegalArgumentException("a previous anchor names a version: " + target);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad previous range " + start + ".." + end);
        }
    }
}
