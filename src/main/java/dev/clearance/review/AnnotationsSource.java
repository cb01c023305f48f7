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

    /** A project without annotations: an empty {@code AnnotationCollection} (used by tests). */
    AnnotationsSource NONE = projectId ->
            "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"type\":\"AnnotationCollection\",\"total\":0,\"items\":[]}"
                    .getBytes(StandardCharsets.UTF_8);
}
