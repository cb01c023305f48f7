package dev.clearance.inventory;

import java.nio.file.Path;
import java.util.List;

/**
 * A project folder holds a file (project.yaml or the inventory) that is a symbolic link, directly or through
 * a linked folder, to a file outside the folder. It is not read unless the user agrees: the command line
 * refuses (exit 2, nothing written), the app asks.
 */
public final class LinkOutsideFolderException extends InventoryImportException {
    private static final long serialVersionUID = 1L;

    /** A file of the folder and the real file it leads to. */
    public record Link(String file, Path target) {
    }

    private final Path folder;
    private final transient List<Link> links;

    public LinkOutsideFolderException(Path folder, List<Link> links) {
        super(links.stream().map(l -> ImportProblem.error(SourceLocation.of(l.file()),
                "This file is a link to " + l.target() + ", outside the project folder " + folder + "; it was not read.",
                "Copy the file into the folder, or import it by its own path.")).toList());
        this.folder = folder;
        this.links = List.copyOf(links);
    }

    public Path folder() {
        return folder;
    }

    public List<Link> links() {
        return links;
    }
}
