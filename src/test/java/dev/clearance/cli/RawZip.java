package dev.clearance.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes zips byte by byte, so a test can make the central directory and the local headers say different
 * things. {@link #entry} writes an entry exactly as {@link java.util.zip.ZipOutputStream} does for a package
 * (deflated, data descriptor, UTF-8 flag, dated 1980-01-01, the package's extended-timestamp extra field): laid out
 * plainly, the entries of a genuine package give back its bytes exactly, so each forgery differs from a real
 * package only in what it forges.
 */
final class RawZip {
    /** One entry: its local record (header, name, extra, data, descriptor) and its central record (offset left 0). */
    static final class Entry {
        final String name;
        final byte[] local;
        final byte[] central;

        Entry(String name, byte[] local, byte[] central) {
            this.name = name;
            this.local = local;
            this.central = central;
        }

        /** A copy whose local header names another file (same length: the records keep their sizes). */
        Entry withLocalName(String other) {
            byte[] n = other.getBytes(StandardCharsets.UTF_8);
            if (n.length != name.length()) {
                throw new IllegalArgumentException("same length only");
            }
            byte[] l = local.clone();
            System.arraycopy(n, 0, l, 30, n.length);
            return new Entry(name, l, central.clone());
        }

        /** A copy whose central record gives another CRC. */
        Entry withCentralCrc(long crc) {
            byte[] c = central.clone();
            put32(c, 16, crc);
            return new Entry(name, local.clone(), c);
        }

        /** A copy whose central record gives another uncompressed size. */
        Entry withCentralSize(long size) {
            byte[] c = central.clone();
            put32(c, 24, size);
            return new Entry(name, local.clone(), c);
        }

        /** A copy with a 16-bit field of both headers set (local at {@code localAt}, central at {@code centralAt}). */
        Entry withField(int localAt, int centralAt, int value) {
            byte[] l = local.clone();
            byte[] c = central.clone();
            put16(l, localAt, value);
            put16(c, centralAt, value);
            return new Entry(name, l, c);
        }
    }

    /** The genuine package's files by name, in archive order. */
    static Map<String, byte[]> files(byte[] zip, java.nio.file.Path scratch) throws IOException {
        java.nio.file.Files.write(scratch, zip);
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(scratch.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                files.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        return files;
    }

    /**
     * The extra field of the package's first local header: ZipOutputStream writes an extended timestamp
     * there, whose value depends on the time zone of the exporting machine, so it is taken from the package.
     */
    static byte[] extraOf(byte[] zip) {
        int nameLength = (zip[26] & 0xFF) | (zip[27] & 0xFF) << 8;
        int extraLength = (zip[28] & 0xFF) | (zip[29] & 0xFF) << 8;
        return Arrays.copyOfRange(zip, 30 + nameLength, 30 + nameLength + extraLength);
    }

    static Entry entry(String name, byte[] content, byte[] extra) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            data.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(content);
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        byte[] compressed = data.toByteArray();

        ByteArrayOutputStream local = new ByteArrayOutputStream();
        write32(local, 0x04034b50);
        write16(local, 20);
        write16(local, 0x0808);
        write16(local, 8);
        write16(local, 0);
        write16(local, 0x21);
        write32(local, 0);
        write32(local, 0);
        write32(local, 0);
        write16(local, n.length);
        write16(local, extra.length);
        local.writeBytes(n);
        local.writeBytes(extra);
        local.writeBytes(compressed);
        write32(local, 0x08074b50);
        write32(local, crc.getValue());
        write32(local, compressed.length);
        write32(local, content.length);

        ByteArrayOutputStream central = new ByteArrayOutputStream();
        write32(central, 0x02014b50);
        write16(central, 20);
        write16(central, 20);
        write16(central, 0x0808);
        write16(central, 8);
        write16(central, 0);
        write16(central, 0x21);
        write32(central, crc.getValue());
        write32(central, compressed.length);
        write32(central, content.length);
        write16(central, n.length);
        write16(central, extra.length);
        write16(central, 0);
        write16(central, 0);
        write16(central, 0);
        write32(central, 0);
        write32(central, 0);
        central.writeBytes(n);
        central.writeBytes(extra);
        return new Entry(name, local.toByteArray(), central.toByteArray());
    }

    static List<Entry> entries(Map<String, byte[]> files, byte[] extra) {
        List<Entry> entries = new ArrayList<>();
        files.forEach((name, bytes) -> entries.add(entry(name, bytes, extra)));
        return entries;
    }

    /** A zip laid out piece by piece: local records and raw bytes in file order, then the central directory. */
    static final class Layout {
        private final List<Object> before = new ArrayList<>();
        private final List<Entry> directory = new ArrayList<>();
        private final List<Object> between = new ArrayList<>();
        private byte[] comment = new byte[0];
        private byte[] after = new byte[0];

        /** A local record (its first appearance is what the central directory points at). */
        Layout local(Entry e) {
            before.add(e);
            return this;
        }

        Layout locals(List<Entry> entries) {
            entries.forEach(this::local);
            return this;
        }

        Layout bytes(byte[] raw) {
            before.add(raw);
            return this;
        }

        /** The central directory, listing these entries in this order. */
        Layout directory(List<Entry> entries) {
            directory.addAll(entries);
            return this;
        }

        /** A local record placed after the central directory, before the end record. */
        Layout localAfterDirectory(Entry e) {
            between.add(e);
            return this;
        }

        Layout comment(String text) {
            comment = text.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        Layout after(byte[] raw) {
            after = raw;
            return this;
        }

        byte[] bytes() {
            Map<Entry, Long> offsets = new IdentityHashMap<>();
            long at = 0;
            for (Object piece : before) {
                if (piece instanceof Entry e) {
                    offsets.putIfAbsent(e, at);
                    at += e.local.length;
                } else {
                    at += ((byte[]) piece).length;
                }
            }
            long directoryOffset = at;
            long directorySize = directory.stream().mapToLong(e -> e.central.length).sum();
            at += directorySize;
            for (Object piece : between) {
                offsets.putIfAbsent((Entry) piece, at);
                at += ((Entry) piece).local.length;
            }

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Object piece : before) {
                out.writeBytes(piece instanceof Entry e ? e.local : (byte[]) piece);
            }
            for (Entry e : directory) {
                byte[] c = e.central.clone();
                put32(c, 42, offsets.get(e));
                out.writeBytes(c);
            }
            between.forEach(piece -> out.writeBytes(((Entry) piece).local));
            write32(out, 0x06054b50);
            write16(out, 0);
            write16(out, 0);
            write16(out, directory.size());
            write16(out, directory.size());
            write32(out, directorySize);
            write32(out, directoryOffset);
            write16(out, comment.length);
            out.writeBytes(comment);
            out.writeBytes(after);
            return out.toByteArray();
        }
    }

    /** The genuine package laid out again: must be its exact bytes. */
    static byte[] plain(List<Entry> entries) {
        return new Layout().locals(entries).directory(entries).bytes();
    }

    static List<Entry> replace(List<Entry> entries, String name, Entry by) {
        List<Entry> copy = new ArrayList<>(entries);
        copy.replaceAll(e -> e.name.equals(name) ? by : e);
        return copy;
    }

    static Entry named(List<Entry> entries, String name) {
        return entries.stream().filter(e -> e.name.equals(name)).findFirst().orElseThrow();
    }

    private static void write16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xFF);
        out.write((v >>> 8) & 0xFF);
    }

    private static void write32(ByteArrayOutputStream out, long v) {
        write16(out, (int) (v & 0xFFFF));
        write16(out, (int) ((v >>> 16) & 0xFFFF));
    }

    private static void put16(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
    }

    private static void put32(byte[] b, int at, long v) {
        put16(b, at, (int) (v & 0xFFFF));
        put16(b, at + 2, (int) ((v >>> 16) & 0xFFFF));
    }

    private RawZip() {
    }
}
