package dev.clearance.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.clearance.domain.ProgressMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project folder is read only from within itself: a project.yaml or inventory that is a symbolic link to a
 * file outside the folder (directly or through a linked folder) is refused, naming the file and where it
 * leads, unless the caller says the user agreed. Real links in a temporary folder.
 */
class FolderLinksTest {
    private static final String INVENTORY = "id,name,source_type,generator_model,access,collected_on,license\n"
            + "d1,Licensed transcripts,licensed,,,,Proprietary\n";

    @TempDir
    Path dir;
    ImportFixture f;
    Path folder;
    Path elsewhere;

    @BeforeEach
    void open() throws IOException {
        f = new ImportFixture(dir);
        folder = Files.createDirectories(dir.resolve("acme"));
        elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(folder.resolve("project.yaml"), "name: Acme Assistant\n");
        assumeTrue(canLink(), "this file system has no symbolic links");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private boolean canLink() {
        try {
            Files.delete(Files.createSymbolicLink(dir.resolve("probe"), dir));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private LinkOutsideFolderException refused() {
        return assertThrows(LinkOutsideFolderException.class,
                () -> f.service.importPath(folder, null, "tester", ProgressMonitor.NONE));
    }

    @Test
    void anInventoryLinkedToAFileOutsideTheFolderIsRefusedNamingWhereItLeads() throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("secret.csv"), INVENTORY);
        Files.createSymbolicLink(folder.resolve("inventory.csv"), outside);

        LinkOutsideFolderException e = refused();

        assertEquals(1, e.links().size());
        assertEquals("inventory.csv", e.links().get(0).file());
        assertEquals(outside.toRealPath(), e.links().get(0).target());
        String problem = e.problems().get(0).toString();
        assertTrue(problem.startsWith("inventory.csv: This file is a link to " + outside.toRealPath()
                + ", outside the project folder " + folder + "; it was not read."), problem);
        assertTrue(f.projects.findByName("Acme Assistant").isEmpty(), "nothing was written");
        assertTrue(f.projects.listSummaries().isEmpty(), "nothing was written");
    }

    @Test
    void aProjectFileLinkedOutsideIsRefusedToo() throws IOException {
        Files.writeString(folder.resolve("inventory.csv"), INVENTORY);
        Files.delete(folder.resolve("project.yaml"));
        Path outside = Files.writeString(elsewhere.resolve("project.yaml"), "name: Someone Else\n");
        Files.createSymbolicLink(folder.resolve("project.yaml"), outside);

        LinkOutsideFolderException e = refused();

        assertEquals("project.yaml", e.links().get(0).file());
        assertTrue(f.projects.listSummaries().isEmpty());
    }

    @Test
    void aLinkThroughALinkedFolderIsFollowedToWhereItReallyLeads() throws IOException {
        Files.writeString(elsewhere.resolve("inventory.csv"), INVENTORY);
        Files.createSymbolicLink(folder.resolve("data"), elsewhere); // a folder inside that is really outside
        Files.createSymbolicLink(folder.resolve("inventory.csv"), Path.of("data", "inventory.csv"));

        LinkOutsideFolderException e = refused();

        assertEquals(elsewhere.resolve("inventory.csv").toRealPath(), e.links().get(0).target());
        assertTrue(f.projects.listSummaries().isEmpty());
    }

    @Test
    void aLinkThatStaysInsideTheFolderIsRead() throws IOException {
        Files.createDirectories(folder.resolve("exports"));
        Files.writeString(folder.resolve("exports/inventory-2026-11.csv"), INVENTORY);
        Files.createSymbolicLink(folder.resolve("inventory.csv"), Path.of("exports", "inventory-2026-11.csv"));

        ImportResult result = f.service.importPath(folder, null, "tester", ProgressMonitor.NONE);

        assertEquals("Acme Assistant", result.projectName());
        assertEquals(1, result.datasetCount());
    }

    @Test
    void aFolderThatIsItselfALinkIsReadFromWhereItReallyIs() throws IOException {
        Files.writeString(folder.resolve("inventory.csv"), INVENTORY);
        Path alias = Files.createSymbolicLink(dir.resolve("acme-link"), folder);

        ImportResult result = f.service.importPath(alias, null, "tester", ProgressMonitor.NONE);

        assertEquals(1, result.datasetCount());
    }

    @Test
    void aDanglingLinkIsRefusedNamingTheMissingTarget() throws IOException {
        Path gone = elsewhere.resolve("deleted.csv");
        Files.createSymbolicLink(folder.resolve("inventory.csv"), gone);

        InventoryImportException e = assertThrows(InventoryImportException.class,
                () -> f.service.importPath(folder, null, "tester", ProgressMonitor.NONE));

        assertTrue(!(e instanceof LinkOutsideFolderException), "nothing to read anyway: not a question for the user");
        String problem = e.problems().get(0).toString();
        assertTrue(problem.startsWith("inventory.csv: This file is a link to " + gone + ", which does not exist"), problem);
        assertTrue(f.projects.listSummaries().isEmpty());
        // Agreeing to read outside links does not make a dangling one readable.
        assertThrows(InventoryImportException.class, () -> f.service.preview(folder, null, true, ProgressMonitor.NONE));
    }

    @Test
    void whenTheUserAgreesTheLinkedFileIsRead() throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("shared.csv"), INVENTORY);
        Files.createSymbolicLink(folder.resolve("inventory.csv"), outside);
        assertThrows(LinkOutsideFolderException.class, () -> f.service.preview(folder, null, ProgressMonitor.NONE));

        ImportPreview preview = f.service.preview(folder, null, true, ProgressMonitor.NONE);
        ImportResult result = f.service.commit(preview, "tester", ProgressMonitor.NONE);

        assertEquals("Acme Assistant", result.projectName());
        assertEquals(1, result.datasetCount());
    }

    @Test
    void aLoneFileTheUserNamesMayBeALink() throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("shared.csv"), INVENTORY);
        Path link = Files.createSymbolicLink(dir.resolve("acme.csv"), outside);

        assertEquals(1, f.service.importPath(link, null, "tester", ProgressMonitor.NONE).datasetCount());
    }
}
