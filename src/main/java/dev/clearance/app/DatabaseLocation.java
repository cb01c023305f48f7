package dev.clearance.app;

import java.nio.file.Path;
import java.util.Map;

/** Where the database lives: {@code --db PATH}, else {@code CLEARANCE_DB}, else {@code ~/.clearance/clearance}. */
public final class DatabaseLocation {
    private DatabaseLocation() {
    }

    public static Path resolve(Path fromCommandLine, Map<String, String> environment, String userHome) {
        if (fromCommandLine != null) {
            return expandHome(fromCommandLine.toString(), userHome);
        }
        String env = environment.get("CLEARANCE_DB");
        if (env != null && !env.isBlank()) {
            return expandHome(env.trim(), userHome);
        }
        return Path.of(userHome, ".clearance", "clearance");
    }

    private static Path expandHome(String path, String userHome) {
        if (path.equals("~") || path.startsWith("~/")) {
            return Path.of(userHome + path.substring(1)).toAbsolutePath();
        }
        return Path.of(path).toAbsolutePath();
    }
}
