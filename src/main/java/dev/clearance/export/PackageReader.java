package dev.clearance.export;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a review package into memory, refusing hostile archives before they can do harm: entry names
 * that climb out ({@code ..}), absolute or drive paths, backslashes, duplicate names, entries that are not
 * part of a package, an entry or a total over the size caps, and compression ratios only a zip bomb
 * reaches. Nothing is ever written to disk; sizes are counted as bytes are inflated, never taken from
 * the archive's own headers.
 */
public final class PackageReader {
    /** Limits for reading untrusted packages. */
    public record Limits(long maxEntryBytes, long maxTotalBytes, int maxCompressionRatio, long maxArchiveBytes) {
        /** 256 MiB per entry, 512 MiB in all, at most 200:1 compression, a 512 MiB archive. */
        public static Limits standard() {
            return new Limits(256L << 20, 512L << 20, 200, 512L << 20);
        }
    }

    /** The package cannot be read safely; the message says why, naming the entry. */
    public static final class UnsafePackageException extends Exception {
        private final boolean hostile;

        UnsafePackageException(String message, boolean hostile) {
            super(message);
            this.hostile = hostile;
        }

        /** True when the archive is built to attack (traversal, bombs, duplicates), not merely damaged. */
        public boolean hostile() {
            return hostile;
        }
    }

    private final Limits limits;

    public PackageReader(Limits limits) {
        this.limits = limits;
    }

    public PackageReader() {
        this(Limits.standard());
    }

    /** The package's entries by name, in archive order. */
    public Map<String, byte[]> read(Path zip) throws UnsafePackageException, IOException {
        if (!Files.isRegularFile(zip)) {
            throw new UnsafePackageException("not a review package: " + zip + " is not a file", false);
        }
        if (Files.size(zip) > limits.maxArchiveBytes()) {
            throw new UnsafePackageException("refused: " + zip + " is larger than a review package may be ("
                    + (limits.maxArchiveBytes() >> 20) + " MiB)", true);
        }
        try (InputStream in = Files.newInputStream(zip)) {
            return read(in);
        }
    }

    public Map<String, byte[]> read(InputStream raw) throws UnsafePackageException, IOException {
        CountingStream counted = new CountingStream(raw);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                checkName(name);
                if (entries.containsKey(name)) {
                    throw new UnsafePackageException("refused: the archive holds " + name + " twice", true);
                }
                if (entry.isDirectory() || !PackageLayout.ALL.contains(name)) {
                    throw new UnsafePackageException("not a review package: unexpected entry " + name, false);
                }
                byte[] bytes = readEntry(zip, name, counted, total);
                total += bytes.length;
                entries.put(name, bytes);
            }
        } catch (ZipException e) {
            throw new UnsafePackageException("not a review package: not a readable zip archive (" + e.getMessage() + ")", false);
        }
        if (entries.isEmpty()) {
            throw new UnsafePackageException("not a review package: the file is not a zip archive or is empty", false);
        }
        return entries;
    }

    private byte[] readEntry(ZipInputStream zip, String name, CountingStream counted, long totalSoFar)
            throws UnsafePackageException, IOException {
        long compressedStart = counted.count;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
            size += n;
            if (size > limits.maxEntryBytes()) {
                throw new UnsafePackageException("refused: " + name + " inflates to more than "
                        + (limits.maxEntryBytes() >> 20) + " MiB", true);
            }
            if (totalSoFar + size > limits.maxTotalBytes()) {
                throw new UnsafePackageException("refused: the archive inflates to more than "
                        + (limits.maxTotalBytes() >> 20) + " MiB", true);
            }
            // The raw stream is read ahead in small blocks: allow for that before judging the ratio.
            long compressed = counted.count - compressedStart + 8192;
            if (size > (1 << 20) && size / compressed > limits.maxCompressionRatio()) {
                throw new UnsafePackageException("refused: " + name + " is compressed more than "
                        + limits.maxCompressionRatio() + ":1 (a compression bomb)", true);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void checkName(String name) throws UnsafePackageException {
        boolean absolute = name.startsWith("/") || name.matches("^[A-Za-z]:.*");
        boolean climbs = name.equals("..") || name.startsWith("../") || name.contains("/../") || name.endsWith("/..");
        if (absolute || climbs || name.contains("\\") || name.indexOf('\0') >= 0) {
            throw new UnsafePackageException("refused: the archive entry '" + name
                    + "' points outside the package (absolute path, '..' or backslash)", true);
        }
    }

    /** Counts the compressed bytes taken from the file. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
