package dev.clearance.inventory;

import dev.clearance.domain.Dataset;
import dev.clearance.domain.ProgressMonitor;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One streaming pass over an import's files: reads, validates and hands each valid dataset to a
 * sink, while hashing the bytes (so that a later pass can prove it read the same file) and
 * reporting progress. Only the ids seen so far are kept in memory, to find duplicates.
 */
final class InventoryPass {
    /** @param project the declared project facts, or null when the files declare none */
    record Outcome(ProjectBlockParser.ProjectBlock project, long datasets, String sha256, List<ImportProblem> warnings) {
    }

    private static final int CHECK_EVERY_ROWS = 1_000;

    private final InventorySource source;
    private final ProgressMonitor monitor;
    private final String activity;
    private final LocalDate today;

    InventoryPass(InventorySource source, ProgressMonitor monitor, String activity, LocalDate today) {
        this.source = source;
        this.monitor = monitor;
        this.activity = activity;
        this.today = today;
    }

    /** Runs the pass; throws {@link InventoryImportException} with every problem when there is any error. */
    Outcome run(Consumer<Dataset> sink) {
        ImportProblems problems = new ImportProblems();
        ProjectBlockParser.ProjectBlock projectFile =
                source.projectFile() == null ? null : readProjectFile(source.projectFile(), problems);
        String file = source.fileName();
        long size = checkSize(source.inventoryFile(), limitFor(source.format()), problems);
        RowChecker checker = new RowChecker(problems, projectFile, sink, size);
        MessageDigest sha = sha256();
        if (size >= 0) {
            try (InputStream in = new DigestInputStream(new Progress(new BufferedInputStream(
                    Files.newInputStream(source.inventoryFile()), 1 << 16), size), sha)) {
                readerFor(source.format()).read(new FilterInputStream(in) {
                    @Override
                    public void close() {
                        // Parsers close what they read; the rest of the file still has to be hashed.
                    }
                }, file, checker, problems);
                in.transferTo(OutputStream.nullOutputStream()); // hash the whole file, even what the parser did not need
            } catch (InventoryImportException e) {
                e.problems().forEach(problems::add);
            } catch (IOException e) {
                problems.error(SourceLocation.of(file), "The file cannot be read: " + e.getMessage(), "Check that it exists and is readable.");
            }
        }
        if (!problems.hasErrors() && checker.datasets() == 0) {
            problems.error(SourceLocation.of(file), "The inventory lists no datasets.",
                    "Add one row (or item) per dataset; an import never empties a project.");
        }
        problems.throwIfErrors(file);
        monitor.progress(size, size, activity + " " + file + ": " + checker.datasets() + " datasets");
        return new Outcome(checker.project, checker.datasets(), HexFormat.of().formatHex(sha.digest()), problems.warnings());
    }

    /**
     * Validates each row a reader finds, finds duplicate ids, and hands valid datasets to the sink
     * for as long as the file has no error (after one, the pass only looks for more errors).
     */
    private final class RowChecker implements InventoryReader.Handler {
        private final ImportProblems problems;
        private final DatasetRowValidator validator;
        private final Consumer<Dataset> sink;
        private final Map<String, Integer> lineById;
        private final boolean hasProjectFile;
        private ProjectBlockParser.ProjectBlock project;
        private long rows;

        RowChecker(ImportProblems problems, ProjectBlockParser.ProjectBlock projectFile, Consumer<Dataset> sink, long size) {
            this.problems = problems;
            this.validator = new DatasetRowValidator(problems, today);
            this.sink = sink;
            this.project = projectFile;
            this.hasProjectFile = source.projectFile() != null;
            // Sized for ~75 bytes a row, so that a large inventory's id map is not rehashed again and again.
            this.lineById = new HashMap<>((int) Math.min(1 << 24, Math.max(16, size / 75)));
        }

        int datasets() {
            return lineById.size();
        }

        @Override
        public void project(RawRow block) {
            if (hasProjectFile || project != null) {
                problems.warning(block.at(), "The inventory's project block is ignored: project.yaml sets the project.",
                        "Keep the project settings in one place.");
                return;
            }
            project = ProjectBlockParser.parse(block, false, problems);
        }

        @Override
        public void dataset(RawRow row) {
            Dataset d = validator.validate(row);
            boolean unique = recordId(row);
            if (d != null && unique && !problems.hasErrors()) {
                sink.accept(d);
            }
            if (++rows % CHECK_EVERY_ROWS == 0) {
                monitor.checkCancelled();
            }
        }

        /** False for an id seen before. Rows with other errors count too, so that one run reports every duplicate. */
        private boolean recordId(RawRow row) {
            RawValue id = row.get(InventoryColumns.ID);
            if (id.isBlank() || id.kind() == RawValue.Kind.LIST || id.kind() == RawValue.Kind.OBJECT) {
                return true;
            }
            String key = id.text().strip();
            Integer first = lineById.putIfAbsent(key, (int) Math.min(Integer.MAX_VALUE, row.at().line()));
            if (first == null) {
                return true;
            }
            problems.error(row.locate(InventoryColumns.ID), "The id \"" + key + "\" is used twice (first on line " + first + ").",
                    "Ids match datasets on re-import: give each dataset its own.");
            return false;
        }
    }

    /** The folder's project.yaml, if it has a valid one; its problems are reported by {@link #run}. */
    static Optional<ProjectBlockParser.ProjectBlock> declaredProject(InventorySource source) {
        if (source.projectFile() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(readProjectFile(source.projectFile(), new ImportProblems()));
    }

    private static ProjectBlockParser.ProjectBlock readProjectFile(Path path, ImportProblems problems) {
        String name = path.getFileName().toString();
        if (checkSize(path, InputLimits.MAX_PROJECT_FILE_BYTES, problems) < 0) {
            return null;
        }
        try (InputStream in = Files.newInputStream(path)) {
            RawRow block = StructuredInventoryReader.readObjectFile(in, name, problems);
            return block == null ? null : ProjectBlockParser.parse(block, true, problems);
        } catch (InventoryImportException e) {
            e.problems().forEach(problems::add);
        } catch (IOException e) {
            problems.error(SourceLocation.of(name), "The file cannot be read: " + e.getMessage(), "Check its permissions.");
        }
        return null;
    }

    /** The file's size, or -1 after reporting that it is empty, too big or unreadable. */
    private static long checkSize(Path path, long limit, ImportProblems problems) {
        SourceLocation at = SourceLocation.of(path.getFileName().toString());
        try {
            long size = Files.size(path);
            if (size == 0) {
                problems.error(at, "The file is empty (0 bytes).", "Export the inventory again; the file may have been truncated.");
                return -1;
            }
            if (size > limit) {
                problems.error(at, String.format(Locale.ROOT, "The file is %,d bytes; the limit for this kind of file is %,d.",
                        size, limit), "Split the inventory, or for spreadsheets save it as CSV UTF-8 (CSV has a far larger limit).");
                return -1;
            }
            return size;
        } catch (IOException e) {
            problems.error(at, "The file cannot be read: " + e.getMessage(), "Check that it exists and is readable.");
            return -1;
        }
    }

    private static long limitFor(InventoryFormat format) {
        return format == InventoryFormat.XLSX ? InputLimits.MAX_SPREADSHEET_BYTES : InputLimits.MAX_TEXT_FILE_BYTES;
    }

    private static InventoryReader readerFor(InventoryFormat format) {
        return switch (format) {
            case CSV -> new CsvInventoryReader();
            case JSON -> StructuredInventoryReader.json();
            case YAML -> StructuredInventoryReader.yaml();
            case XLSX -> new XlsxInventoryReader();
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Reports bytes read to the monitor about every megabyte, and stops when cancelled. */
    private final class Progress extends FilterInputStream {
        private final long total;
        private long done;
        private long reported;

        Progress(InputStream in, long total) {
            super(in);
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            advance(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            advance(Math.max(0, n));
            return n;
        }

        private void advance(int n) {
            done += n;
            if (done - reported >= (1 << 20)) {
                reported = done;
                monitor.checkCancelled();
                monitor.progress(done, total, activity + " " + source.fileName());
            }
        }
    }
}
