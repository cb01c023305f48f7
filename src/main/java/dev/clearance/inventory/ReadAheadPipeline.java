package dev.clearance.inventory;

import dev.clearance.domain.CancelledException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads and validates on a second thread while the calling thread writes to the database, handing
 * items over in batches through a small bounded queue (so memory stays flat). Whatever the reading
 * side throws is rethrown on the calling thread; if the writing side fails, reading is stopped.
 * The database connection and its transaction stay on the calling thread.
 */
final class ReadAheadPipeline {
    private static final int BATCH = 500;
    private static final int BATCHES_IN_FLIGHT = 8;

    private ReadAheadPipeline() {
    }

    /**
     * @param reader produces items into the consumer it is given and returns its result
     * @param writer consumes every item, on the calling thread, in order
     * @return the reader's result
     */
    static <T, R> R run(Function<Consumer<T>, R> reader, Consumer<T> writer) {
        BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
        List<T> end = new ArrayList<>(0); // compared by identity
        FutureTask<R> task = new FutureTask<>(() -> {
            try {
                List<List<T>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
                R result = reader.apply(item -> {
                    batch.get(0).add(item);
                    if (batch.get(0).size() == BATCH) {
                        put(queue, batch.get(0));
                        batch.set(0, new ArrayList<>(BATCH));
                    }
                });
                if (!batch.get(0).isEmpty()) {
                    put(queue, batch.get(0));
                }
                return result;
            } finally {
                try {
                    queue.put(end); // if the writer failed, it cleared the queue and interrupted this thread
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        Thread thread = new Thread(task, "clearance-inventory-reader");
        thread.setDaemon(true);
        thread.start();
        boolean written = false;
        try {
            for (List<T> items = take(queue); items != end; items = take(queue)) {
                items.forEach(writer);
            }
            written = true;
            return task.get();
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("Interrupted; nothing was changed.");
        } finally {
            if (!written) {
                thread.interrupt();
                queue.clear();
            }
        }
    }

    private static <T> void put(BlockingQueue<T> queue, T item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("Reading stopped because writing failed.");
        }
    }

    private static <T> T take(BlockingQueue<T> queue) throws InterruptedException {
        return queue.take();
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(cause);
    }
}
