package dev.clearance.review;

import java.nio.charset.StandardCharsets;

/**
 * Where a review gets the project's clause annotations: a W3C Web Annotation collection
 * ({@code annotations.jsonld}) as UTF-8 JSON-LD bytes.
 */
@FunctionalInterface
public interface AnnotationsSource {
    /** The annotation collection of a project, as JSON-LD. */
    byte[] jsonLd(long projectId);

    /**
     * PLACEHOLDER until the annotation feature is wired in: every project has an empty
     * {@code AnnotationCollection}. Replace it in the composition root with the real source.
     */
    AnnotationsSource EMPTY_PLACEHOLDER = projectId ->
            "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"AnnotationCollection\",\"total\":0,\"items\":[]}"
                    .getBytes(StandardCharsets.UTF_8);
}
