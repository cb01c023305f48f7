package dev.clearance.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.review.CanonicalJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A review package opened read-only: its files in memory, what verification found and the review it
 * carries. Nothing of it reaches the database; writing it out again gives the same bytes.
 */
public final class ReviewPackage {
    private final Map<String, byte[]> files;
    private final Verification verification;

    private ReviewPackage(Map<String, byte[]> files, Verification verification) {
        this.files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        this.verification = verification;
    }

    /**
     * Opens a package read-only.
     *
     * @throws PackageReader.UnsafePackageException when it is not a package or is refused as hostile
     */
    public static ReviewPackage open(Path zip, PackageReader reader) throws PackageReader.UnsafePackageException, IOException {
        Map<String, byte[]> files = reader.read(zip);
        if (!files.keySet().containsAll(PackageLayout.ALL)) {
            throw new PackageReader.UnsafePackageException("not a review package: it lacks "
                    + PackageLayout.ALL.stream().filter(n -> !files.containsKey(n)).toList(), false);
        }
        return new ReviewPackage(files, new PackageVerifier(reader).verify(files));
    }

    public Verification verification() {
        return verification;
    }

    /** The package's {@code review.json} bytes, exactly as stored. */
    public byte[] reviewJson() {
        return files.get(PackageLayout.REVIEW).clone();
    }

    public JsonNode review() {
        return CanonicalJson.parse(files.get(PackageLayout.REVIEW), PackageLayout.REVIEW);
    }

    /** One file's bytes (a copy). */
    public byte[] file(String name) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException("A review package has no file " + name);
        }
        return bytes.clone();
    }

    /** Writes the package out again, unchanged. */
    public void exportTo(Path target, PackageWriter writer) throws IOException {
        writer.write(files, target);
    }
}
