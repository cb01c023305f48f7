package dev.clearance.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that fills up, for tests: H2's pluggable file system under the prefix {@value #PREFIX}, wrapping the
 * real disk. A database opened as {@code jdbc:h2:full:/some/folder/db} writes through it; once the folder's
 * {@link Disk} is {@linkplain Disk#fillAfter filled}, H2's own write path gets the {@code IOException} a full
 * disk (or quota, or failing device) gives it, after a short write of what still fits, as the kernel answers. Without a {@link Disk} for a folder, files there are written as on the real disk.
 */
public final class FullDisk {
    /** The H2 file system prefix; {@code Database.open(location, FullDisk.PREFIX)}. */
    public static final String PREFIX = "full:";
    public static final String NO_SPACE = "No space left on device";
    public static final String QUOTA = "Disk quota exceeded";
    public static final String IO_ERROR = "Input/output error";

    private static final Map<String, Disk> DISKS = new ConcurrentHashMap<>();
    private static volatile boolean registered;

    private FullDisk() {
    }

    /** A disk holding {@code folder} and everything under it, with unlimited room until told otherwise. */
    public static Disk at(Path folder) {
        register();
        Disk disk = new Disk(folder.toAbsolutePath().normalize().toString());
        DISKS.put(disk.root, disk);
        return disk;
    }

    private static synchronized void register() {
        if (!registered) {
            FilePath.register(new Wrapper());
            registered = true;
        }
    }

    private static Disk diskOf(String file) {
        Disk found = null;
        for (Disk d : DISKS.values()) {
            if ((file.equals(d.root) || file.startsWith(d.root + "/"))
                    && (found == null || d.root.length() > found.root.length())) {
                found = d;
            }
        }
        return found;
    }

    /** The room left on one folder's disk. */
    public static final class Disk implements AutoCloseable {
        private final String root;
        private final AtomicLong room = new AtomicLong(Long.MAX_VALUE);
        private final AtomicLong failedWrites = new AtomicLong();
        private volatile String error = NO_SPACE;

        private Disk(String root) {
            this.root = root;
        }

        /**
         * From now on the files may grow by {@code bytes} in all (rewriting their own bytes needs no room); then
         * a write that grows a file writes what still fits and the next fails with "No space left on device".
         */
        public Disk fillAfter(long bytes) {
            return fillAfter(bytes, NO_SPACE);
        }

        /** As {@link #fillAfter(long)}, failing with the given error ({@link #QUOTA}, {@link #IO_ERROR}). */
        public Disk fillAfter(long bytes, String errorMessage) {
            error = errorMessage;
            room.set(bytes);
            return this;
        }

        /** Room again, as after freeing space. */
        public Disk unlimited() {
            room.set(Long.MAX_VALUE);
            return this;
        }

        /** How many writes failed: shows that a test really reached the full disk. */
        public long failedWrites() {
            return failedWrites.get();
        }

        /** How many of {@code wanted} bytes fit; throws when none does. */
        private int take(int wanted) throws IOException {
            while (true) {
                long left = room.get();
                if (left == Long.MAX_VALUE) {
                    return wanted;
                }
                if (left <= 0) {
                    failedWrites.incrementAndGet();
                    throw new IOException(error);
                }
                int granted = (int) Math.min(wanted, left);
                if (room.compareAndSet(left, left - granted)) {
                    return granted;
                }
            }
        }

        @Override
        public void close() {
            DISKS.remove(root, this);
        }
    }

    /** H2's side: the {@value #PREFIX} file system, delegating to the real one. */
    public static final class Wrapper extends FilePathWrapper {
        @Override
        public String getScheme() {
            return "full";
        }

        @Override
        public FileChannel open(String mode) throws IOException {
            String file = getBase().toString();
            return new Channel(getBase().open(mode), file);
        }
    }

    /** A file channel whose writes spend the room of the file's disk. */
    private static final class Channel extends FileBase {
        private final FileChannel base;
        private final String file;

        Channel(FileChannel base, String file) {
            this.base = base;
            this.file = file;
        }

        /** The part of {@code src} that fits: rewriting a file's own bytes needs no room, growing it does. */
        private ByteBuffer allowed(ByteBuffer src, long position) throws IOException {
            Disk disk = diskOf(file);
            long growth = position + src.remaining() - base.size();
            if (disk == null || growth <= 0) {
                return src;
            }
            int granted = disk.take((int) Math.min(growth, Integer.MAX_VALUE));
            ByteBuffer part = src.duplicate();
            part.limit(part.limit() - (int) (growth - granted));
            return part;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            ByteBuffer part = allowed(src, base.position());
            int written = base.write(part);
            if (part != src) {
                src.position(src.position() + written);
            }
            return written;
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            ByteBuffer part = allowed(src, position);
            int written = base.write(part, position);
            if (part != src) {
                src.position(src.position() + written);
            }
            return written;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }

        @Override
        public String toString() {
            return PREFIX + file;
        }
    }
}
