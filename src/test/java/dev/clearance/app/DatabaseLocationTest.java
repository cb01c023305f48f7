package dev.clearance.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {
    @Test
    void commandLineWinsOverEnvironment() {
        assertEquals(Path.of("/data/a").toAbsolutePath(),
                DatabaseLocation.resolve(Path.of("/data/a"), Map.of("CLEARANCE_DB", "/data/b"), "/home/u"));
    }

    @Test
    void environmentWinsOverTheDefault() {
        assertEquals(Path.of("/data/b"), DatabaseLocation.resolve(null, Map.of("CLEARANCE_DB", "/data/b"), "/home/u"));
    }

    @Test
    void defaultLivesInTheUsersClearanceFolder() {
        assertEquals(Path.of("/home/u/.clearance/clearance"), DatabaseLocation.resolve(null, Map.of(), "/home/u"));
    }

    @Test
    void aTildeMeansTheHomeFolder() {
        assertEquals(Path.of("/home/u/reviews/db"), DatabaseLocation.resolve(null, Map.of("CLEARANCE_DB", "~/reviews/db"), "/home/u"));
    }
}
