package dev.clearance.inventory;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one inventory format into {@link RawRow}s, one at a time. Readers report syntax problems
 * (bad quoting, broken JSON, unknown columns) to {@code problems}; what the values mean is
 * {@link DatasetRowValidator}'s business. They stop early once the problems are full.
 */
interface InventoryReader {
    void read(InputStream in, String file, Handler handler, ImportProblems problems) throws IOException;

    /** Receives what a reader finds. */
    interface Handler {
        /** The {@code project} block of a JSON/YAML inventory. */
        void project(RawRow block);

        void dataset(RawRow row);
    }
}
