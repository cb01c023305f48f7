package dev.clearance.inventory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an import reads: an inventory file, or a folder holding {@code project.yaml} and one
 * {@code inventory.{csv,json,yaml,xlsx}}.
 *
 * @param projectFile        the folder's project.yaml, or null for a lone inventory file
 * @param defaultProjectName the name used when neither --project nor a project block names the project:
 *                           the file name without extension, or the folder name
 */
public record InventorySource(Path inventoryFile, InventoryFormat format, Path projectFile, String defaultProjectName) {

    /**
     * Finds the inventory (and project file) at {@code fileOrFolder}, or explains why there is none. A project
     * folder's files are read only when their real path lies inside the folder's real path.
     *
     * @throws LinkOutsideFolderException when a file of the folder is a link to a file outside it
     */
    public static InventorySource resolve(Path fileOrFolder) {
        return resolve(fileOrFolder, false);
    }

    /**
     * @param readLinksOutside true once the user agreed to read a project folder's files that link outside it
     *                         (a dangling link is refused all the same)
     */
    public static InventorySource resolve(Path fileOrFolder, boolean readLinksOutside) {
        Path path = fileOrFolder.toAbsolutePath().normalize();
        SourceLocation at = SourceLocation.of(String.valueOf(fileOrFolder));
        if (Files.isDirectory(path)) {
            InventorySource source = resolveFolder(path, at);
            if (!readLinksOutside) {
                List<LinkOutsideFolderException.Link> outside = new ArrayList<>();
                for (Path read : source.files()) {
                    Path real = real(read);
                    if (!real.startsWith(real(path))) {
                        outside.add(new LinkOutsideFolderException.Link(read.getFileName().toString(), real));
                    }
                }
                if (!outside.isEmpty()) {
                    throw new LinkOutsideFolderException(path, outside);
                }
            }
            return source;
        }
        if (!Files.isRegularFile(path)) {
            if (Files.exists(path)) {
                throw refused(at, "The path " + dev.clearance.domain.InputFiles.notRegular(path)
                        .orElse("is not a regular file") + ".", "Give an inventory file or a project folder.");
            }
            throw refused(at, "There is no file or folder here.", "Check the path.");
        }
        InventoryFormat format = InventoryFormat.of(path).orElseThrow(() -> refused(at,
                "Clearance cannot tell the format of this file from its name.",
                "Use one of the extensions " + InventoryFormat.allExtensions() + "."));
        String name = path.getFileName().toString();
        return new InventorySource(path, format, null, name.substring(0, name.lastIndexOf('.')));
    }

    private static InventorySource resolveFolder(Path folder, SourceLocation at) {
        List<Path> inventories = new ArrayList<>();
        List<ImportProblem> dangling = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> isProjectFile(f) || isInventoryFile(f)).sorted().forEach(f -> {
                if (Files.isSymbolicLink(f) && !Files.exists(f)) {
                    dangling.add(ImportProblem.error(SourceLocation.of(f.getFileName().toString()),
                            "This file is a link to " + linkTarget(f) + ", which does not exist; nothing was read.",
                            "Put the file itself in the project folder, or fix the link."));
                } else if (isInventoryFile(f)) {
                    inventories.add(f); // a FIFO or device named inventory.* is refused below, by name
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            throw refused(at, "The folder cannot be read: " + e.getMessage(), "Check its permissions.");
        }
        if (!dangling.isEmpty()) {
            throw new InventoryImportException(dangling);
        }
        Path project = Stream.of("project.yaml", "project.yml").map(folder::resolve).filter(Files::exists)
                .findFirst().orElse(null);
        if (project != null) {
            requireRegular(project);
        }
        if (inventories.isEmpty()) {
            throw refused(at, "The folder has no inventory file.",
                    "A project folder holds project.yaml and inventory.csv (or .json, .yaml, .xlsx).");
        }
        if (inventories.size() > 1) {
            throw refused(at, "The folder has several inventory files: "
                    + String.join(", ", inventories.stream().map(p -> p.getFileName().toString()).toList()) + ".",
                    "Keep one, or import the file you mean directly.");
        }
        Path inventory = inventories.get(0);
        requireRegular(inventory);
        return new InventorySource(inventory, InventoryFormat.of(inventory).orElseThrow(), project,
                folder.getFileName().toString());
    }

    /** A FIFO or device would block the import for ever; a folder named like a file is no inventory. */
    private static void requireRegular(Path file) {
        dev.clearance.domain.InputFiles.notRegular(file).ifPresent(why -> {
            throw refused(SourceLocation.of(file.getFileName().toString()), "The file " + why + ".",
                    "Replace it with a regular file.");
        });
    }

    /** The files an import of this source reads: the inventory and, for a folder, its project.yaml. */
    public List<Path> files() {
        return projectFile == null ? List.of(inventoryFile) : List.of(projectFile, inventoryFile);
    }

    private static boolean isProjectFile(Path f) {
        String name = f.getFileName().toString();
        return name.equals("project.yaml") || name.equals("project.yml");
    }

    private static boolean isInventoryFile(Path f) {
        return f.getFileName().toString().toLowerCase().startsWith("inventory.") && InventoryFormat.of(f).isPresent();
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw refused(SourceLocation.of(p.getFileName().toString()), "This file cannot be read: " + e.getMessage(),
                    "Check that it exists and that you may read it.");
        }
    }

    private static String linkTarget(Path link) {
        try {
            Path target = Files.readSymbolicLink(link);
            Path resolved = link.resolveSibling(target).normalize();
            return target.isAbsolute() ? target.toString() : target + " (" + resolved + ")";
        } catch (IOException e) {
            return "a file that cannot be told";
        }
    }

    /** The inventory file's name as messages show it. */
    public String fileName() {
        return inventoryFile.getFileName().toString();
    }

    private static InventoryImportException refused(SourceLocation at, String message, String hint) {
        return InventoryImportException.of(ImportProblem.error(at, message, hint));
    }
}
