package dev.clearance.annotation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.annotation.PreviousAnchor;
import dev.clearance.domain.terms.TermsRef;

import java.util.List;
import java.util.Objects;

/**
 * Annotations as W3C Web Annotations in JSON-LD ({@code annotations.jsonld} of the review package, and the
 * {@code annotations export|import} files).
 *
 * <p>Written as one {@code AnnotationCollection} whose {@code first} {@code AnnotationPage} holds every
 * annotation. Each annotation: {@code id} ({@code urn:uuid:}), {@code type}, {@code created},
 * {@code modified}, {@code creator} (a {@code Person} with a {@code name}), {@code clearance:status},
 * {@code body} (the tag as a {@code TextualBody} with purpose {@code tagging}, the comment as a
 * {@code TextualBody} with purpose {@code commenting}, each link as a {@code SpecificResource} with purpose
 * {@code linking} whose {@code source} is the link IRI), {@code target} ({@code source}
 * {@code urn:clearance:terms:<document>@<version>} with a {@code TextQuoteSelector} and a
 * {@code TextPositionSelector} counting code points), and, when re-anchored, {@code clearance:previous}:
 * the target as the reviewer annotated it. Keys come in a fixed order with a fixed layout, so export →
 * import → export gives the same bytes.
 *
 * The reviewer's own tags (outside the vocabulary) follow the vocabulary tag, each a {@code TextualBody} with purpose
 * {@code tagging}.
 *
 * <p>Reading accepts one Annotation, an array of them, an AnnotationCollection with an embedded first
 * AnnotationPage (and embedded {@code next} pages), an AnnotationPage, or a Hypothesis API search result
 * ({@code rows}); and the shapes other tools write (see {@link WebAnnotationReader}). Each annotation is taken or
 * refused on its own ({@link #readReport}); a file that is not JSON or holds no annotation container is refused
 * whole ({@link AnnotationFormatException}).
 */
public final class WebAnnotationCodec {
    public static final String W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** Namespace of the {@code clearance:} extension terms ({@code status}, {@code previous}). */
    public static final String CLEARANCE_NAMESPACE = "urn:clearance:ns#";
    public static final String SOURCE_PREFIX = "urn:clearance:terms:";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final VersionTexts texts;

    /** @param texts the stored version texts, against which imported selectors are checked */
    public WebAnnotationCodec(VersionTexts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** The IRI of a version's text: {@code urn:clearance:terms:<document>@<version>}. */
    public static String sourceIri(TermsRef version) {
        return SOURCE_PREFIX + version;
    }

    /**
     * The annotations as one JSON-LD AnnotationCollection, in the given order, ending with a newline.
     *
     * @param label the collection's label, e.g. "Clause annotations of project Acme"
     */
    public String write(String label, List<Annotation> annotations) {
        ObjectNode root = NODES.objectNode();
        ArrayNode context = root.putArray("@context");
        context.add(W3C_CONTEXT);
        context.addObject().put("clearance", CLEARANCE_NAMESPACE);
        root.put("type", "AnnotationCollection");
        root.put("label", label);
        root.put("total", annotations.size());
        ObjectNode page = root.putObject("first");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        ArrayNode items = page.putArray("items");
        annotations.forEach(a -> items.add(annotationNode(a)));
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectNode annotationNode(Annotation a) {
        ObjectNode n = NODES.objectNode();
        n.put("id", a.id());
        n.put("type", "Annotation");
        n.put("created", a.created().toString());
        n.put("modified", a.modified().toString());
        if (!a.creator().isEmpty()) {
            ObjectNode creator = n.putObject("creator");
            creator.put("type", "Person");
            creator.put("name", a.creator());
        }
        n.put("clearance:status", a.status().id());
        ArrayNode body = NODES.arrayNode();
        if (a.tag() != null) {
            body.add(textualBody("tagging", a.tag().id()));
        }
        for (String own : a.ownTags()) {
            body.add(textualBody("tagging", own));
        }
        if (!a.comment().isEmpty()) {
            body.add(textualBody("commenting", a.comment()));
        }
        for (String link : a.links()) {
            ObjectNode l = body.addObject();
            l.put("type", "SpecificResource");
            l.put("purpose", "linking");
            l.put("source", link);
        }
        if (!body.isEmpty()) {
            n.set("body", body);
        }
        ObjectNode target = n.putObject("target");
        target.put("source", sourceIri(a.target()));
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", a.exact());
        quote.put("prefix", a.prefix());
        quote.put("suffix", a.suffix());
        selectors.add(positionSelector(a.start(), a.end()));
        PreviousAnchor p = a.previous();
        if (p != null) {
            ObjectNode previous = n.putObject("clearance:previous");
            previous.put("source", sourceIri(p.target()));
            ArrayNode ps = previous.putArray("selector");
            ObjectNode pq = ps.addObject();
            pq.put("type", "TextQuoteSelector");
            pq.put("exact", p.exact());
            ps.add(positionSelector(p.start(), p.end()));
        }
        return n;
    }

    private static ObjectNode textualBody(String purpose, String value) {
        ObjectNode b = NODES.objectNode();
        b.put("type", "TextualBody");
        b.put("purpose", purpose);
        b.put("value", value);
        return b;
    }

    private static ObjectNode positionSelector(int start, int end) {
        ObjectNode s = NODES.objectNode();
        s.put("type", "TextPositionSelector");
        s.put("start", start);
        s.put("end", end);
        return s;
    }

    /**
     * Reads annotations for a project, checking every selector against the stored text of its version; all or none.
     *
     * @throws AnnotationFormatException listing every annotation refused, each with its JSON path
     */
    public List<Annotation> read(String json, long projectId) {
        ImportReport report = readReport(json, projectId, java.time.Instant.now());
        if (!report.refused().isEmpty()) {
            throw new AnnotationFormatException(report.refused().stream().map(ImportReport.Problem::toString).toList());
        }
        return report.imported();
    }

    /**
     * Reads annotations for a project, each on its own: those that anchor on a stored text are taken, the others
     * refused with their JSON path and why; nothing is saved.
     *
     * @param now what an annotation with no date is dated
     * @throws AnnotationFormatException when the file is not JSON or holds no annotations container
     */
    public ImportReport readReport(String json, long projectId, java.time.Instant now) {
        WebAnnotationReader.Reading r = new WebAnnotationReader(texts, projectId, now).read(json);
        return new ImportReport(r.annotations().stream().map(WebAnnotationReader.Read::annotation).toList(), r.refused(),
                r.notes());
    }
}
