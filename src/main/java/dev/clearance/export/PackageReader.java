package dev.clearance.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a review package into memory, refusing hostile archives before they can do harm: a zip whose
 * readers could disagree ({@link ZipStructure}: central directory and local headers must agree entry for
 * entry, with nothing before, between or after the entries, no comment, no ZIP64, no encryption), entry
 * names that climb out ({@code ..}), absolute or drive paths, backslashes, duplicate names, entries that
 * are not part of a package, an entry or a total over the size caps, and compression ratios only a zip
 * bomb reaches. Nothing is ever written to disk; sizes are counted as bytes are inflated (the headers'
 * sizes must then match the count), and every entry's CRC is checked.
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
        return read(Files.readAllBytes(zip));
    }

    public Map<String, byte[]> read(InputStream raw) throws UnsafePackageException, IOException {
        byte[] zip = raw.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxArchiveBytes() + 1));
        if (zip.length > limits.maxArchiveBytes()) {
            throw new UnsafePackageException("refused: the archive is larger than a review package may be ("
                    + (limits.maxArchiveBytes() >> 20) + " MiB)", true);
        }
        return read(zip);
    }

    /**
     * The entries of a zip held in memory. Its structure is checked first ({@link ZipStructure}: every zip
     * reader must see the same entries with the same bytes), then each entry is inflated from exactly the
     * slice checked, counting its size and checking its CRC.
     */
    public Map<String, byte[]> read(byte[] zip) throws UnsafePackageException {
        List<ZipStructure.Entry> listed = ZipStructure.check(zip, name -> {
            checkName(name);
            if (!PackageLayout.ALL.contains(name)) {
                throw new UnsafePackageException("not a review package: unexpected entry " + name, false);
            }
        });
        long declared = 0;
        for (ZipStructure.Entry e : listed) {
            checkSize(e.name(), e.size(), declared);
            declared += e.size();
            if (e.size() > (1 << 20) && e.size() / Math.max(1, e.compressedSize()) > limits.maxCompressionRatio()) {
                throw bomb(e.name());
            }
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        for (ZipStructure.Entry e : listed) {
            byte[] bytes = e.method() == ZipStructure.STORED
                    ? Arrays.copyOfRange(zip, e.dataStart(), e.dataStart() + (int) e.compressedSize())
                    : inflate(zip, e, total);
            if (bytes.length != e.size()) {
                throw ZipStructure.refused(e.name() + " inflates to " + bytes.length + " bytes, not the "
                        + e.size() + " its headers give");
            }
            CRC32 crc = new CRC32();
            crc.update(bytes);
            if (crc.getValue() != e.crc()) {
                throw ZipStructure.refused("the data of " + e.name() + " do not match its CRC");
            }
            total += bytes.length;
            entries.put(e.name(), bytes);
        }
        return entries;
    }

    private byte[] inflate(byte[] zip, ZipStructure.Entry e, long totalSoFar) throws UnsafePackageException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, e.dataStart(), (int) e.compressedSize());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            while (!inflater.finished()) {
                int n;
                try {
                    n = inflater.inflate(buffer);
                } catch (DataFormatException bad) {
                    throw new UnsafePackageException("not a review package: the compressed data of " + e.name()
                            + " are damaged (" + bad.getMessage() + ")", false);
                }
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw ZipStructure.refused("the compressed data of " + e.name()
                            + " run past the compressed size its headers give");
                }
                size += n;
                // Counted as inflated, whatever the headers said.
                checkSize(e.name(), size, totalSoFar);
                long compressed = Math.max(1, inflater.getBytesRead());
                if (size > (1 << 20) && size / compressed > limits.maxCompressionRatio()) {
                    throw bomb(e.name());
                }
                if (size > e.size()) {
                    throw ZipStructure.refused(e.name() + " inflates to more than the " + e.size()
                            + " bytes its headers give");
                }
                out.write(buffer, 0, n);
            }
            if (inflater.getRemaining() != 0) {
                throw ZipStructure.refused("the compressed data of " + e.name() + " end " + inflater.getRemaining()
                        + " bytes before its compressed size: a streaming unzip would read on from there");
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    private void checkSize(String name, long size, long totalSoFar) throws UnsafePackageException {
        if (size > limits.maxEntryBytes()) {
            throw new UnsafePackageException("refused: " + name + " inflates to more than "
                    + (limits.maxEntryBytes() >> 20) + " MiB", true);
        }
        if (totalSoFar + size > limits.maxTotalBytes()) {
            throw new UnsafePackageException("refused: the archive inflates to more than "
                    + (limits.maxTotalBytes() >> 20) + " MiB", true);
        }
    }

    private UnsafePackageException bomb(String name) {
        return new UnsafePackageException("refused: " + name + " is compressed more than "
                + limits.maxCompressionRatio() + ":1 (a compression bomb)", true);
    }

    private static void checkName(String name) throws UnsafePackageException {
        boolean absolute = name.startsWith("/") || name.matches("^[A-Za-z]:.*");
        boolean climbs = name.equals("..") || name.startsWith("../") || name.contains("/../") || name.endsWith("/..");
        if (absolute || climbs || name.contains("\\") || name.indexOf('\0') >= 0) {
            throw new UnsafePackageException("refused: the archive entry '" + name
                    + "' points outside the package (absolute path, '..' or backslash)", true);
        }
    }
}
