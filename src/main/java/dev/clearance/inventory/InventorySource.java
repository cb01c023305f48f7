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

    /** Finds the inventory (and project file) at {@code fileOrFolder}, or explains why there is none. */
    public static InventorySource resolve(Path fileOrFolder) {
        Path path = fileOrFolder.toAbsolutePath().normalize();
        SourceLocation at = SourceLocation.of(String.valueOf(fileOrFolder));
        if (Files.isDirectory(path)) {
            return resolveFolder(path, at);
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
        Path project = Stream.of("project.yaml", "project.yml").map(folder::resolve).filter(Files::exists)
                .findFirst().orElse(null);
        if (project != null) {
            requireRegular(project);
        }
        List<Path> inventories = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().toLowerCase().startsWith("inventory."))
                    .filter(f -> InventoryFormat.of(f).isPresent())
                    .sorted().forEach(inventories::add);
        } catch (IOException e) {
            throw refused(at, "The folder cannot be read: " + e.getMessage(), "Check its permissions.");
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

    /** The inventory file's name as messages show it. */
    public String fileName() {
        return inventoryFile.getFileName().toString();
    }

    private static InventoryImportException refused(SourceLocation at, String message, String hint) {
        return InventoryImportException.of(ImportProblem.error(at, message, hint));
    }
}
