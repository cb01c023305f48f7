package dev.clearance.annotation;

import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;

import java.util.function.Predicate;

/**
 * Which annotations to list; a null part matches everything. {@code creator} matches exactly;
 * {@code version} names a document ({@code id}) or one version ({@code id@YYYY-MM-DD}); {@code ownTag} is one of
 * the reviewer's own tags, matched exactly.
 */
public record AnnotationFilter(TermsRef version, Tag tag, String creator, AnchorStatus status, String ownTag)
        implements Predicate<Annotation> {
    public AnnotationFilter(TermsRef version, Tag tag, String creator, AnchorStatus status) {
        this(version, tag, creator, status, null);
    }

    public static AnnotationFilter all() {
        return new AnnotationFilter(null, null, null, null, null);
    }

    public AnnotationFilter withVersion(TermsRef v) {
        return new AnnotationFilter(v, tag, creator, status, ownTag);
    }

    public AnnotationFilter withTag(Tag t) {
        return new AnnotationFilter(version, t, creator, status, ownTag);
    }

    public AnnotationFilter withCreator(String c) {
        return new AnnotationFilter(version, tag, c, status, ownTag);
    }

    public AnnotationFilter withStatus(AnchorStatus s) {
        return new AnnotationFilter(version, tag, creator, s, ownTag);
    }

    public AnnotationFilter withOwnTag(String own) {
        return new AnnotationFilter(version, tag, creator, status, own);
    }

    @Override
    public boolean test(Annotation a) {
        return (version == null || a.target().documentId().equals(version.documentId())
                        && (version.effectiveOn() == null || version.effectiveOn().equals(a.target().effectiveOn())))
                && (tag == null || tag == a.tag())
                && (creator == null || creator.equals(a.creator()))
                && (status == null || status == a.status())
                && (ownTag == null || a.ownTags().contains(ownTag));
    }
}
