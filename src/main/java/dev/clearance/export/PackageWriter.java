package dev.clearance.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a review package zip deterministically: the entries in {@link PackageLayout#ALL} order, every
 * entry dated 1980-01-01 00:00 (the DOS epoch) without extra fields or comments, so the same files give
 * the same zip bytes on any machine and in any time zone.
 */
public final class PackageWriter {
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** The zip bytes of a package whose files are given by name (every name of {@link PackageLayout#ALL}). */
    public byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(files, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the package to {@code target} through a temporary file, so a failed export leaves no half zip. */
    public void write(Map<String, byte[]> files, Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".clearance-export", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(files, out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void write(Map<String, byte[]> files, OutputStream target) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            for (String name : PackageLayout.ALL) {
                byte[] bytes = files.get(name);
                if (bytes == null) {
                    throw new IllegalArgumentException("A review package needs " + name);
                }
                ZipEntry entry = new ZipEntry(name);
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
    }
}
