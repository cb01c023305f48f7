package dev.clearance.terms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.domain.terms.TermsRepository;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * The shipped catalog as an app released on an earlier day shipped it: the same documents, without the
 * versions recorded after that day ({@code source.recordedOn}), and {@code lastVerified} that day. A document
 * none of whose versions had been recorded by then is left out, with the registry rules that name it, so
 * the registry still only names catalogued documents. The setting of the sync tests: an app whose catalog
 * was verified at the end of 2025 meets an archive that has recorded newer versions since.
 */
public final class CatalogAsOf {
    /** The day the catalog of the sync tests was verified. */
    public static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TermsCatalog catalog;
    private final ModelRegistry registry;
    private final Set<String> droppedDocuments;

    private CatalogAsOf(LocalDate day) {
        ObjectNode root = (ObjectNode) read(TermsCatalog.RESOURCE);
        root.put("lastVerified", day.toString());
        Set<String> dropped = new HashSet<>();
        for (Iterator<JsonNode> docs = root.withArray("documents").elements(); docs.hasNext(); ) {
            ObjectNode doc = (ObjectNode) docs.next();
            ArrayNode versions = (ArrayNode) doc.path("versions");
            for (Iterator<JsonNode> vs = versions.elements(); vs.hasNext(); ) {
                if (LocalDate.parse(vs.next().path("source").path("recordedOn").asText()).isAfter(day)) {
                    vs.remove();
                }
            }
            if (versions.isEmpty()) {
                dropped.add(doc.path("id").asText());
                docs.remove();
            }
        }
        catalog = TermsCatalog.load(stream(root), "catalog as of " + day, RecordedTexts.shipped());

        ObjectNode registryRoot = (ObjectNode) read(ModelRegistry.RESOURCE);
        for (Iterator<JsonNode> rules = registryRoot.withArray("rules").elements(); rules.hasNext(); ) {
            for (JsonNode target : rules.next().path("governedBy")) {
                if (dropped.contains(target.path("document").asText())) {
                    rules.remove();
                    break;
                }
            }
        }
        registry = ModelRegistry.load(stream(registryRoot), "registry as of " + day, catalog);
        droppedDocuments = Set.copyOf(dropped);
    }

    /** The catalog and registry as shipped on {@code day}. */
    public static CatalogAsOf of(LocalDate day) {
        return new CatalogAsOf(day);
    }

    /** A terms service on the catalog as shipped at the end of 2025 (a {@code BiFunction} for the fixtures). */
    public static TermsService endOf2025(TermsRepository repository, Clock clock) {
        return EndOf2025.CATALOG.terms(repository, clock);
    }

    /** Built once: the catalog and registry are immutable. */
    private static final class EndOf2025 {
        static final CatalogAsOf CATALOG = of(END_OF_2025);
    }

    public TermsService terms(TermsRepository repository, Clock clock) {
        return new TermsService(catalog, registry, repository, clock);
    }

    public TermsCatalog catalog() {
        return catalog;
    }

    public ModelRegistry registry() {
        return registry;
    }

    /** Documents left out because none of their versions had been recorded by then. */
    public Set<String> droppedDocuments() {
        return droppedDocuments;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = CatalogAsOf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(JsonNode node) {
        try {
            return new ByteArrayInputStream(JSON.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
