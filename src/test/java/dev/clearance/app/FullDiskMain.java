package dev.clearance.app;

import dev.clearance.store.Database;
import dev.clearance.terms.TermsService;
import dev.clearance.testing.FullDisk;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code FullDiskMain FOLDER ROOM clearance-arguments...}: runs the command line as {@link Main#main} does, in a
 * process of its own, with the database read and written through {@link FullDisk}: the disk holding FOLDER
 * fills up after ROOM more bytes. Lets a test see that the process itself ends (H2's shutdown hook included).
 */
public final class FullDiskMain {
    private FullDiskMain() {
    }

    public static void main(String[] args) {
        FullDisk.at(Path.of(args[0])).fillAfter(Long.parseLong(args[1]));
        String[] cli = java.util.Arrays.copyOfRange(args, 2, args.length);
        Logging.configure();
        int code = Main.run(cli, System.getenv(), new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), TermsService::withShippedData,
                location -> Database.open(location, FullDisk.PREFIX));
        System.exit(code);
    }
}
