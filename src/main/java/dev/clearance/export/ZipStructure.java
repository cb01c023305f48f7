package dev.clearance.export;

import dev.clearance.export.PackageReader.UnsafePackageException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks, on the raw bytes, that a zip says the same thing to every reader: a streaming reader (local
 * headers from byte 0 on, like {@code unzip -} or {@link java.util.zip.ZipInputStream}) and a
 * central-directory reader (like {@code unzip} or {@link java.util.zip.ZipFile}) must find the same
 * entries, under the same names, with the same sizes and CRCs, at the same offsets. Accepted is exactly
 * the shape {@link PackageWriter} writes, nothing more (docs/decisions/0011-review-package-zip-structure.md):
 * <ul>
 *   <li>the first local header at byte 0; each entry (header, name, data, data descriptor) followed at
 *       once by the next; the central directory right after the last entry; the end-of-central-directory
 *       record right after it and last in the file: no stub before, nothing between, nothing after, no
 *       zip comment;</li>
 *   <li>the central directory lists the local entries in their order, each with the local header's name
 *       bytes, flags, method, time and date, CRC and sizes (from the local header, or from its data
 *       descriptor, which must carry its signature);</li>
 *   <li>stored or deflated only; no encryption; no extra field but the extended timestamp, the same in
 *       both headers (so no ZIP64, no second Unicode name); no entry comments; one disk; plain files only
 *       (no links, no directories); no name twice.</li>
 * </ul>
 * The entries' data are then read from exactly the slices checked here (see {@link PackageReader}).
 */
final class ZipStructure {
    static final int LOCAL = 0x04034b50;
    static final int CENTRAL = 0x02014b50;
    static final int END = 0x06054b50;
    static final int DESCRIPTOR = 0x08074b50;
    static final int ZIP64_END_LOCATOR = 0x07064b50;
    static final int STORED = 0;
    static final int DEFLATED = 8;

    private static final int FLAG_ENCRYPTED = 0x0001;
    private static final int FLAG_DESCRIPTOR = 0x0008;
    private static final int FLAG_STRONG_ENCRYPTION = 0x0040;
    private static final int FLAG_MASKED_HEADERS = 0x2000;
    /** Bits 1-2 (deflate level), 3 (data descriptor) and 11 (UTF-8 names): nothing else is accepted. */
    private static final int FLAGS_ACCEPTED = 0x0002 | 0x0004 | FLAG_DESCRIPTOR | 0x0800;

    /** One entry whose central and local records agree; its data are {@code zip[dataStart, dataStart + compressedSize)}. */
    record Entry(String name, int method, long crc, long compressedSize, long size, int dataStart) {
    }

    /** Names that may appear in a package, and the check applied to every name. */
    interface Names {
        void check(String name) throws UnsafePackageException;
    }

    private ZipStructure() {
    }

    /** The entries, in archive order, of a zip whose every reader sees the same thing; else why not. */
    static List<Entry> check(byte[] zip, Names names) throws UnsafePackageException {
        int end = findEnd(zip);
        int entryCount = u16(zip, end + 10);
        long cdSize = u32(zip, end + 12);
        long cdOffset = u32(zip, end + 16);
        if (u16(zip, end + 4) != 0 || u16(zip, end + 6) != 0 || u16(zip, end + 8) != entryCount) {
            throw refused("the archive spans several disks");
        }
        if (entryCount == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL
                || (end >= 20 && i32(zip, end - 20) == ZIP64_END_LOCATOR)) {
            throw refused("the archive uses ZIP64 records, which a review package never needs");
        }
        if (entryCount == 0) {
            throw new UnsafePackageException("not a review package: the zip archive is empty", false);
        }
        if (cdOffset + cdSize > end) {
            throw refused("the central directory (" + cdSize + " bytes at byte " + cdOffset
                    + ") runs past the end-of-central-directory record at byte " + end);
        }

        List<Central> central = readCentralDirectory(zip, (int) cdOffset, (int) (cdOffset + cdSize), entryCount, names);

        List<Entry> entries = new ArrayList<>();
        long at = 0;
        for (Central c : central) {
            if (c.localOffset != at) {
                if (at + 4 <= zip.length && i32(zip, (int) at) == LOCAL && at < cdOffset) {
                    throw refused("the central directory puts " + c.name + " at byte " + c.localOffset
                            + " but the local entry at byte " + at + " comes first: a streaming unzip and a"
                            + " central-directory unzip would read different files");
                }
                if (at == 0) {
                    throw refused(c.localOffset + " bytes come before the first zip entry (a prepended stub)");
                }
                throw refused("unlisted bytes between the zip entries, before " + c.name + " (at byte " + at + ")");
            }
            Entry e = readLocal(zip, (int) at, c, cdOffset);
            entries.add(e);
            at = e.dataStart() + e.compressedSize() + (c.hasDescriptor() ? 16 : 0);
        }
        if (at != cdOffset) {
            if (at < cdOffset && i32(zip, (int) at) == LOCAL) {
                throw refused("the archive holds a local entry at byte " + at
                        + " that its central directory does not list");
            }
            throw refused((cdOffset - at) + " unlisted bytes between the last zip entry and the central directory");
        }
        return entries;
    }

    /** The end-of-central-directory record, which must be the last 22 bytes of the file. */
    private static int findEnd(byte[] zip) throws UnsafePackageException {
        int last = zip.length - 22;
        for (int p = last; p >= 0; p--) {
            if (i32(zip, p) != END) {
                continue;
            }
            int comment = u16(zip, p + 20);
            if (p == last) {
                return p;
            }
            if (p + 22 + comment == zip.length) {
                throw refused("the archive has a zip comment (" + comment + " bytes); a review package has none");
            }
            if (p + 22 + comment < zip.length) {
                throw refused((zip.length - p - 22 - comment) + " bytes follow the end of the zip archive");
            }
        }
        throw new UnsafePackageException("not a review package: not a zip archive (no end-of-central-directory"
                + " record at its end)", false);
    }

    private record Central(String name, byte[] nameBytes, int versionNeeded, int flags, int method, int time,
                           int date, long crc, long compressedSize, long size, long localOffset, byte[] extra) {
        boolean hasDescriptor() {
            return (flags & FLAG_DESCRIPTOR) != 0;
        }
    }

    private static List<Central> readCentralDirectory(byte[] zip, int from, int to, int count, Names names)
            throws UnsafePackageException {
        List<Central> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int p = from;
        for (int i = 0; i < count; i++) {
            if (p + 46 > to || i32(zip, p) != CENTRAL) {
                throw refused("the central directory holds fewer than the " + count + " entries its end record counts");
            }
            int nameLength = u16(zip, p + 28);
            int extraLength = u16(zip, p + 30);
            int commentLength = u16(zip, p + 32);
            if (p + 46 + nameLength + extraLength + commentLength > to) {
                throw refused("the central directory runs past its stated size");
            }
            byte[] nameBytes = Arrays.copyOfRange(zip, p + 46, p + 46 + nameLength);
            String name = name(nameBytes);
            names.check(name);
            if (!seen.add(name)) {
                throw refused("the archive holds " + name + " twice");
            }
            Central c = new Central(name, nameBytes, u16(zip, p + 6), u16(zip, p + 8), u16(zip, p + 10),
                    u16(zip, p + 12), u16(zip, p + 14), u32(zip, p + 16), u32(zip, p + 20), u32(zip, p + 24),
                    u32(zip, p + 42), Arrays.copyOfRange(zip, p + 46 + nameLength, p + 46 + nameLength + extraLength));
            if (c.compressedSize == 0xFFFFFFFFL || c.size == 0xFFFFFFFFL || c.localOffset == 0xFFFFFFFFL
                    || c.versionNeeded == 45) {
                throw refused(name + " uses ZIP64, which a review package never needs");
            }
            checkFlagsAndMethod(name, c.flags, c.method);
            if (c.versionNeeded > 20) {
                throw refused(name + " needs zip version " + c.versionNeeded / 10 + "." + c.versionNeeded % 10
                        + " features; a review package needs 2.0 at most");
            }
            byte[] extra = Arrays.copyOfRange(zip, p + 46 + nameLength, p + 46 + nameLength + extraLength);
            checkExtra(name, extra);
            if (commentLength != 0) {
                throw refused(name + " carries a comment in the central directory; a review package has none");
            }
            if (u16(zip, p + 34) != 0) {
                throw refused("the archive spans several disks");
            }
            long external = u32(zip, p + 38);
            long unixType = (external >>> 16) & 0xF000;
            if ((unixType != 0 && unixType != 0x8000) || (external & 0x10) != 0) {
                throw refused(name + " is not a plain file (a link or a directory)");
            }
            if (c.method == STORED && c.compressedSize != c.size) {
                throw refused(name + " is stored with a compressed size (" + c.compressedSize
                        + ") that differs from its size (" + c.size + ")");
            }
            entries.add(c);
            p += 46 + nameLength + extraLength;
        }
        if (p != to) {
            throw refused((to - p) + " unlisted bytes in or after the central directory, before its end record");
        }
        return entries;
    }

    private static Entry readLocal(byte[] zip, int at, Central c, long cdOffset) throws UnsafePackageException {
        if (at + 30 > cdOffset || i32(zip, at) != LOCAL) {
            throw refused("the central directory puts " + c.name + " at byte " + at + ", where no local entry starts");
        }
        int nameLength = u16(zip, at + 26);
        int extraLength = u16(zip, at + 28);
        byte[] localName = Arrays.copyOfRange(zip, at + 30, (int) Math.min(cdOffset, at + 30L + nameLength));
        if (!Arrays.equals(localName, c.nameBytes)) {
            throw refused("the entry at byte " + at + " is " + c.name + " in the central directory but "
                    + printable(localName) + " in its local header");
        }
        if (at + 30L + nameLength + extraLength > cdOffset
                || !Arrays.equals(Arrays.copyOfRange(zip, at + 30 + nameLength, at + 30 + nameLength + extraLength), c.extra)) {
            throw refused("the extra fields of " + c.name + " differ between its local header and the central directory");
        }
        int flags = u16(zip, at + 6);
        int method = u16(zip, at + 8);
        checkFlagsAndMethod(c.name, flags, method);
        if (u16(zip, at + 4) != c.versionNeeded || flags != c.flags || method != c.method
                || u16(zip, at + 10) != c.time || u16(zip, at + 12) != c.date) {
            throw refused("the local header of " + c.name + " disagrees with the central directory on its"
                    + " version, flags, method or date");
        }
        long crc = u32(zip, at + 14);
        long compressed = u32(zip, at + 18);
        long size = u32(zip, at + 22);
        int dataStart = at + 30 + nameLength + extraLength;
        long dataEnd = dataStart + c.compressedSize;
        if (c.hasDescriptor()) {
            if (method != DEFLATED) {
                throw refused(c.name + " is stored with a data descriptor: its end cannot be found by a streaming reader");
            }
            if (crc != 0 || compressed != 0 || size != 0) {
                throw refused("the local header of " + c.name + " announces a data descriptor but gives a CRC or sizes");
            }
            if (dataEnd + 16 > cdOffset || i32(zip, (int) dataEnd) != DESCRIPTOR) {
                throw refused("the data descriptor of " + c.name + " is not where the central directory's"
                        + " compressed size (" + c.compressedSize + ") puts it");
            }
            crc = u32(zip, (int) dataEnd + 4);
            compressed = u32(zip, (int) dataEnd + 8);
            size = u32(zip, (int) dataEnd + 12);
        } else if (dataEnd > cdOffset) {
            throw refused("the data of " + c.name + " runs into the central directory");
        }
        String where = c.hasDescriptor() ? "its data descriptor" : "its local header";
        if (crc != c.crc) {
            throw refused("the CRC of " + c.name + " differs between the central directory ("
                    + Long.toHexString(c.crc) + ") and " + where + " (" + Long.toHexString(crc) + ")");
        }
        if (compressed != c.compressedSize || size != c.size) {
            throw refused("the sizes of " + c.name + " differ between the central directory (" + c.compressedSize
                    + " compressed, " + c.size + ") and " + where + " (" + compressed + ", " + size + ")");
        }
        return new Entry(c.name, method, c.crc, c.compressedSize, c.size, dataStart);
    }

    /**
     * Extra fields: only the extended timestamp (0x5455) that {@link java.util.zip.ZipOutputStream} writes,
     * well formed. ZIP64 (0x0001) would change sizes and offsets, a Unicode path (0x7075) the name some tools
     * extract to; anything else is refused rather than guessed at.
     */
    private static void checkExtra(String name, byte[] extra) throws UnsafePackageException {
        int p = 0;
        while (p < extra.length) {
            if (p + 4 > extra.length) {
                throw refused("the extra fields of " + name + " are malformed");
            }
            int id = u16(extra, p);
            int length = u16(extra, p + 2);
            if (p + 4 + length > extra.length) {
                throw refused("the extra fields of " + name + " are malformed");
            }
            if (id == 0x0001) {
                throw refused(name + " uses ZIP64, which a review package never needs");
            }
            if (id == 0x7075) {
                throw refused(name + " carries a second, Unicode name (extra field 0x7075) that some tools would use");
            }
            if (id != 0x5455 || length < 1 || length > 13) {
                throw refused(name + " carries an extra field (0x" + String.format("%04x", id)
                        + ") a review package does not have");
            }
            p += 4 + length;
        }
    }

    private static void checkFlagsAndMethod(String name, int flags, int method) throws UnsafePackageException {
        if ((flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_HEADERS)) != 0) {
            throw refused(name + " is encrypted; a review package is not");
        }
        if ((flags & ~FLAGS_ACCEPTED) != 0) {
            throw refused(name + " uses zip flags a review package does not (0x" + Integer.toHexString(flags) + ")");
        }
        if (method != STORED && method != DEFLATED) {
            throw refused(name + " uses compression method " + method + "; a review package is stored or deflated");
        }
    }

    private static String name(byte[] bytes) throws UnsafePackageException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refused("an entry name is not valid UTF-8 (" + printable(bytes) + ")");
        }
    }

    private static String printable(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02x", b & 0xFF));
        }
        return s.toString();
    }

    static UnsafePackageException refused(String why) {
        return new UnsafePackageException("refused: " + why, true);
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int p) {
        return i32(b, p) & 0xFFFFFFFFL;
    }

    private static int i32(byte[] b, int p) {
        if (p < 0 || p + 4 > b.length) {
            return 0;
        }
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
    }
}
