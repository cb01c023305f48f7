package dev.clearance.terms.ota;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.terms.TermsDataException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which recorded documents of an Open Terms Archive versions repository are which catalog documents:
 * {@code assets/terms/ota-sources.json}, per source repository. Validated on load; a broken file is a
 * packaging bug ({@link TermsDataException} naming the file, the JSON path and the problem).
 */
public final class OtaSources {
    public static final int SCHEMA_VERSION = 1;
    static final String RESOURCE = "/assets/terms/ota-sources.json";
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");
    /** {@code <Service>/<Terms type>.md}, as the archive lays out a versions repository. */
    private static final Pattern PATH = Pattern.compile("[^/]+/[^/]+\\.md");
    private static final Set<String> TOP = Set.of("schemaVersion", "about", "repositories");
    private static final Set<String> REPO_KEYS = Set.of("repository", "collection", "paths");
    private static final Set<String> PATH_KEYS = Set.of("path", "document", "note");

    /**
     * One recorded document of a repository.
     *
     * @param documentId the catalog document it is; null when the catalog has none for it yet
     * @param note       why it is not mapped, or anything a maintainer should know; "" if nothing
     */
    public record Mapping(String path, String documentId, String note) {
        public boolean isMapped() {
            return documentId != null;
        }
    }

    /** A versions repository and its mapped documents, in file order. */
    public record Source(String repository, String collection, List<Mapping> paths) {
        public Source {
            paths = List.copyOf(paths);
        }

        /** The paths with a catalog document. */
        public List<Mapping> mapped() {
            return paths.stream().filter(Mapping::isMapped).toList();
        }
    }

    private final List<Source> sources;

    private OtaSources(List<Source> sources) {
        this.sources = List.copyOf(sources);
    }

    public static OtaSources loadShipped() {
        try (InputStream in = OtaSources.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new TermsDataException(RESOURCE + ": not found on the classpath; the build did not pack assets/");
            }
            return load(in, "assets/terms/ota-sources.json");
        } catch (IOException e) {
            throw new TermsDataException(RESOURCE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Parses and validates a sources file; {@code source} names it in messages. */
    public static OtaSources load(InputStream in, String source) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw new TermsDataException(source + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new TermsDataException(source + ": cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new TermsDataException(source + ": the top level must be a JSON object");
        }
        onlyKnown(source, root, "$", TOP);
        if (!root.path("schemaVersion").isInt() || root.get("schemaVersion").asInt() != SCHEMA_VERSION) {
            throw new TermsDataException(source + ": $.schemaVersion must be " + SCHEMA_VERSION + " (found "
                    + root.path("schemaVersion") + ")");
        }
        JsonNode repos = root.path("repositories");
        if (!repos.isArray() || repos.isEmpty()) {
            throw new TermsDataException(source + ": $.repositories must be a non-empty array");
        }
        List<Source> out = new ArrayList<>();
        Set<String> seenRepos = new HashSet<>();
        for (int i = 0; i < repos.size(); i++) {
            String at = "$.repositories[" + i + "]";
            JsonNode r = repos.get(i);
            onlyKnown(source, r, at, REPO_KEYS);
            String repository = text(source, r, at, "repository");
            if (!REPOSITORY.matcher(repository).matches()) {
                throw new TermsDataException(source + ": " + at + ".repository '" + repository + "' is not OWNER/NAME");
            }
            if (!seenRepos.add(repository.toLowerCase(Locale.ROOT))) {
                throw new TermsDataException(source + ": " + at + ".repository " + repository + " is listed twice");
            }
            String collection = r.path("collection").asText("");
            JsonNode paths = r.path("paths");
            if (!paths.isArray() || paths.isEmpty()) {
                throw new TermsDataException(source + ": " + at + ".paths must be a non-empty array");
            }
            List<Mapping> mappings = new ArrayList<>();
            Set<String> seenPaths = new HashSet<>();
            Set<String> seenDocs = new HashSet<>();
            for (int j = 0; j < paths.size(); j++) {
                String pat = at + ".paths[" + j + "]";
                JsonNode p = paths.get(j);
                onlyKnown(source, p, pat, PATH_KEYS);
                String path = text(source, p, pat, "path");
                if (!PATH.matcher(path).matches()) {
                    throw new TermsDataException(source + ": " + pat + ".path '" + path
                            + "' is not <Service>/<Terms type>.md");
                }
                if (!seenPaths.add(path)) {
                    throw new TermsDataException(source + ": " + pat + ".path '" + path + "' is listed twice for "
                            + repository);
                }
                JsonNode doc = p.get("document");
                String note = p.path("note").asText("");
                if (doc == null || doc.isNull()) {
                    if (note.isBlank()) {
                        throw new TermsDataException(source + ": " + pat + " maps '" + path
                                + "' to no document: say why in \"note\"");
                    }
                    mappings.add(new Mapping(path, null, note));
                    continue;
                }
                if (!doc.isTextual() || !TermsRef.isValidDocumentId(doc.asText())) {
                    throw new TermsDataException(source + ": " + pat + ".document " + doc + " is not a document id");
                }
                if (!seenDocs.add(doc.asText())) {
                    throw new TermsDataException(source + ": " + pat + ": document " + doc.asText()
                            + " already follows another path of " + repository
                            + "; a document follows one recorded history (their versions would interleave)");
                }
                mappings.add(new Mapping(path, doc.asText(), note));
            }
            out.add(new Source(repository, collection, mappings));
        }
        return new OtaSources(out);
    }

    /**
     * Checks that every mapped document exists, e.g. in the shipped catalog.
     *
     * @throws TermsDataException naming the unknown ids and where they are mapped
     */
    public OtaSources requireDocuments(Collection<String> knownIds) {
        List<String> unknown = new ArrayList<>();
        for (Source s : sources) {
            for (Mapping m : s.mapped()) {
                if (!knownIds.contains(m.documentId())) {
                    unknown.add(m.documentId() + " (" + s.repository() + ": " + m.path() + ")");
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new TermsDataException("assets/terms/ota-sources.json maps documents the catalog does not have: "
                    + String.join(", ", unknown));
        }
        return this;
    }

    public List<Source> sources() {
        return sources;
    }

    /** The repositories known, {@code OWNER/NAME}, in file order. */
    public List<String> repositories() {
        return sources.stream().map(Source::repository).toList();
    }

    /** A repository by {@code OWNER/NAME}, ignoring case (GitHub does). */
    public Optional<Source> find(String repository) {
        return sources.stream().filter(s -> s.repository().equalsIgnoreCase(repository.strip())).findFirst();
    }

    private static String text(String source, JsonNode node, String at, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new TermsDataException(source + ": " + at + "." + field + " must be a non-empty string");
        }
        return v.asText();
    }

    private static void onlyKnown(String source, JsonNode node, String at, Set<String> known) {
        if (node == null || !node.isObject()) {
            throw new TermsDataException(source + ": " + at + " must be an object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw new TermsDataException(source + ": " + at + "." + name + " is not a known field; expected "
                        + new java.util.TreeSet<>(known));
            }
        }
    }
}
