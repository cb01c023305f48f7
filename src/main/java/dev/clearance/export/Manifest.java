package dev.clearance.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.review.CanonicalJson;
import dev.clearance.domain.Digests;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code manifest.json}: the SHA-256 and size of every file the package carries except the manifest
 * itself and the signature (which signs the manifest). Reviewers sign the manifest's exact bytes.
 *
 * @param sha256ByFile lower-case hex hash per file name, in {@link PackageLayout#HASHED} order
 */
public record Manifest(Map<String, String> sha256ByFile) {
    static final String FORMAT = "clearance-review-package";

    public Manifest {
        sha256ByFile = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sha256ByFile));
    }

    /** The manifest of these files (name → bytes). */
    static byte[] write(Map<String, byte[]> files) {
        ObjectNode root = CanonicalJson.object();
        root.put("format", FORMAT);
        root.put("schemaVersion", 1);
        root.put("algorithm", "SHA-256");
        ArrayNode list = root.putArray("files");
        for (String name : PackageLayout.HASHED) {
            byte[] bytes = files.get(name);
            list.addObject().put("name", name).put("sha256", Digests.sha256Hex(bytes)).put("size", bytes.length);
        }
        return CanonicalJson.bytes(root);
    }

    /** Reads a manifest; fails with {@link IllegalArgumentException} when it is not one. */
    static Manifest parse(byte[] bytes) {
        JsonNode root = CanonicalJson.parse(bytes, PackageLayout.MANIFEST);
        if (!FORMAT.equals(root.path("format").asText()) || !root.path("files").isArray()) {
            throw new IllegalArgumentException(PackageLayout.MANIFEST + " is not a Clearance package manifest");
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        for (JsonNode f : root.get("files")) {
            String name = f.path("name").asText();
            if (hashes.put(name, f.path("sha256").asText()) != null) {
                throw new IllegalArgumentException(PackageLayout.MANIFEST + " lists " + name + " twice");
            }
        }
        return new Manifest(hashes);
    }
}
