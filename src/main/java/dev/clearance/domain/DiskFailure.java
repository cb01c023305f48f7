package dev.clearance.domain;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The disk refused to write a file: it is full, the user's quota is used up, the file reached the largest size
 * allowed, the file system is read-only, or the device failed. Recognised from the operating system's own words
 * in an {@link IOException} ("No space left on device", "Disk quota exceeded", …), which Java passes on as they
 * are; says in plain words what happened to which file and what to do.
 */
public record DiskFailure(Kind kind, String systemMessage) {
    /** What the disk said. */
    public enum Kind {
        FULL("the disk holding %s is full", "free space on that disk"),
        QUOTA("the disk quota for %s is used up", "free space or ask for a larger quota"),
        TOO_LARGE("%s has reached the largest file size allowed (a ulimit or the file system's limit)",
                "raise the limit or use another disk"),
        READ_ONLY("the file system holding %s is read-only", "make it writable or use another disk"),
        IO_ERROR("the disk holding %s failed to write", "check that disk (or use another one)");

        private final String problem;
        private final String remedy;

        Kind(String problem, String remedy) {
            this.problem = problem;
            this.remedy = remedy;
        }
    }

    /** The disk failure somewhere in {@code failure}'s causes, if the operating system said one. */
    public static Optional<DiskFailure> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                String said = t instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : io.getMessage();
                Optional<DiskFailure> known = of(said);
                if (known.isPresent()) {
                    return known;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The disk failure that the operating system's message names, if it names one. */
    public static Optional<DiskFailure> of(String systemMessage) {
        if (systemMessage == null) {
            return Optional.empty();
        }
        String m = systemMessage.toLowerCase(Locale.ROOT);
        Kind kind = m.contains("no space left") || m.contains("not enough space") || m.contains("disk full")
                ? Kind.FULL
                : m.contains("quota") ? Kind.QUOTA
                : m.contains("file too large") ? Kind.TOO_LARGE
                : m.contains("read-only file system") ? Kind.READ_ONLY
                : m.contains("input/output error") ? Kind.IO_ERROR
                : null;
        return Optional.ofNullable(kind).map(k -> new DiskFailure(k, systemMessage.strip()));
    }

    /** A failed write the system gave no recognised words for: the disk failed. */
    public static DiskFailure ioError(String systemMessage) {
        return new DiskFailure(Kind.IO_ERROR, systemMessage == null || systemMessage.isBlank() ? "I/O error" : systemMessage.strip());
    }

    /** E.g. "the disk holding /home/dana/.clearance/clearance.mv.db is full (No space left on device)". */
    public String problem(Path file) {
        return String.format(java.util.Locale.ROOT, kind.problem, file) + " (" + systemMessage + ")";
    }

    /** What to do before trying again, e.g. "free space on that disk". */
    public String remedy() {
        return kind.remedy;
    }
}
