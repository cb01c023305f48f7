package dev.clearance.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReadAheadPipelineTest {
    @Test
    void everyItemArrivesInOrderAndTheReadersResultIsReturned() {
        List<Integer> written = new ArrayList<>();

        String result = ReadAheadPipeline.<Integer, String>run(out -> {
            for (int i = 0; i < 10_007; i++) {
                out.accept(i);
            }
            return "read";
        }, written::add);

        assertEquals("read", result);
        assertEquals(10_007, written.size());
        for (int i = 0; i < written.size(); i++) {
            assertEquals(i, written.get(i));
        }
    }

    @Test
    void whatTheReaderThrowsIsThrownToTheWriter() {
        InventoryImportException refused = InventoryImportException.of(
                ImportProblem.error(SourceLocation.of("inv.csv"), "bad", ""));

        InventoryImportException thrown = assertThrows(InventoryImportException.class,
                () -> ReadAheadPipeline.<Integer, Void>run(out -> {
                    for (int i = 0; i < 5_000; i++) {
                        out.accept(i);
                    }
                    throw refused;
                }, i -> { }));

        assertSame(refused, thrown);
    }

    @Test
    void aFailingWriterStopsTheReader() {
        AtomicBoolean readerStopped = new AtomicBoolean();

        assertThrows(IllegalStateException.class, () -> ReadAheadPipeline.<Integer, Void>run(out -> {
            try {
                for (int i = 0; ; i++) {
                    out.accept(i); // endless: only the writer's failure ends it
                }
            } finally {
                readerStopped.set(true);
            }
        }, i -> {
            if (i == 2_000) {
                throw new IllegalStateException("database refused");
            }
        }));

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!readerStopped.get() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(readerStopped.get(), "the reading thread ends");
    }
}
