package dev.clearance.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Only regular files are read as input. Opening a FIFO (named pipe) blocks until a writer comes, for ever when
 * none does; a device never ends; a folder is no file. Every reader of a user's file asks here first.
 */
public final class InputFiles {
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private InputFiles() {
    }

    /**
     * Why {@code file} cannot be read as an input file, or empty when it is a regular file (a symbolic link
     * counts as what it points to): "is a named pipe (FIFO), not a regular file", "is a folder, not a file",
     * "file not found".
     */
    public static Optional<String> notRegular(Path file) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.of("file not found");
        } catch (IOException e) {
            return Optional.of("cannot be read (" + e.getMessage() + ")");
        }
        if (a.isRegularFile()) {
            return Optional.empty();
        }
        if (a.isDirectory()) {
            return Optional.of("is a folder, not a file");
        }
        return Optional.of("is " + kind(file) + ", not a regular file; only regular files are read");
    }

    private static String kind(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            return switch (mode & S_IFMT) {
                case S_IFIFO -> "a named pipe (FIFO)";
                case S_IFCHR -> "a character device";
                case S_IFBLK -> "a block device";
                case S_IFSOCK -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file (a named pipe, device or socket)";
        }
    }
}
