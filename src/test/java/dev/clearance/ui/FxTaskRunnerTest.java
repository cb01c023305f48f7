package dev.clearance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.CancelledException;
import dev.clearance.domain.ProgressMonitor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real runner: tasks run one at a time in order, and Cancel stops the one that runs, never another. */
class FxTaskRunnerTest {
    private FxTaskRunner runner;
    private final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void create() {
        runner = new FxTaskRunner();
    }

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    /** Work that runs until it is asked to stop (checking as a service does) or released. */
    private Function<ProgressMonitor, String> blocking(String name, CountDownLatch started, CountDownLatch release) {
        return monitor -> {
            events.add(name + " started");
            started.countDown();
            while (release.getCount() > 0) {
                monitor.checkCancelled();
                sleep();
            }
            events.add(name + " finished");
            return name;
        };
    }

    private void submit(String title, Function<ProgressMonitor, String> work) {
        onFx(() -> {
            runner.run(title, work, value -> events.add(title + " succeeded"),
                    failure -> events.add(title + " failed: " + failure.getClass().getSimpleName() + ": "
                            + failure.getMessage()));
            return null;
        });
    }

    @Test
    void cancelStopsTheRunningTaskAndTheWaitingOneThenRuns() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        CountDownLatch neverReleased = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);
        submit("Importing first", blocking("first", firstStarted, neverReleased));
        submit("Importing second", blocking("second", secondStarted, releaseSecond));

        assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> runner.runningProperty().get() != null));
        assertEquals("Importing first", onFx(() -> runner.runningProperty().get().getTitle()),
                "the status bar shows the task that runs, not the last one asked for");
        assertEquals(List.of("Importing second"), onFx(() -> runner.waiting().stream().map(Task::getTitle).toList()),
                "the second waits, and the status bar can say so");

        assertEquals("Importing first", onFx(() -> runner.cancelRunning().getTitle()));

        assertTrue(secondStarted.await(10, TimeUnit.SECONDS), "the waiting task runs once the first has stopped");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> runner.runningProperty().get() != null));
        assertEquals("Importing second", onFx(() -> runner.runningProperty().get().getTitle()));
        assertTrue(onFx(() -> runner.waiting().isEmpty()));
        assertNull(onFx(() -> runner.cancellingProperty().get()), "the second one is not being cancelled");
        releaseSecond.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> events.contains("Importing second succeeded"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !runner.busy().get()));

        assertEquals(List.of("first started", "second started", "second finished"),
                events.stream().filter(e -> !e.contains("succeeded") && !e.contains("failed")).toList(),
                "the first stopped at its next check and never finished");
        assertEquals(List.of("Importing first failed: CancelledException: Importing first cancelled; nothing was saved.",
                "Importing second succeeded"),
                events.stream().filter(e -> e.contains("succeeded") || e.contains("failed")).toList());
    }

    @Test
    void cancellingTheSecondWhileItRunsLeavesTheFirstsResultAlone() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        submit("Exporting", blocking("first", firstStarted, releaseFirst));
        submit("Verifying", blocking("second", secondStarted, new CountDownLatch(1)));
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
        releaseFirst.countDown();
        assertTrue(secondStarted.await(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> runner.runningProperty().get() != null
                && runner.runningProperty().get().getTitle().equals("Verifying")));

        assertEquals("Verifying", onFx(() -> runner.cancelRunning().getTitle()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !runner.busy().get()));

        // The callbacks (on the JavaFX thread) and the work (on the worker) interleave; each in its own order.
        assertEquals(List.of("first started", "first finished", "second started"),
                events.stream().filter(e -> !e.contains("succeeded") && !e.contains("failed")).toList());
        assertEquals(List.of("Exporting succeeded",
                "Verifying failed: CancelledException: Verifying cancelled; nothing was saved."),
                events.stream().filter(e -> e.contains("succeeded") || e.contains("failed")).toList());
    }

    @Test
    void cancelWithNothingRunningDoesNothing() throws Exception {
        assertNull(onFx(runner::cancelRunning));
        submit("Quick", monitor -> "done");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> events.contains("Quick succeeded"));
        assertNull(onFx(runner::cancelRunning));
        assertEquals(List.of("Quick succeeded"), events);
    }

    @Test
    void workThatFailsOnItsOwnIsNotReportedAsCancelled() throws Exception {
        submit("Reading", monitor -> {
            throw new CancelledException("Reading stopped because writing failed.");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !events.isEmpty());
        assertEquals(List.of("Reading failed: CancelledException: Reading stopped because writing failed."), events);
    }

    private static <T> T onFx(Supplier<T> action) {
        if (Platform.isFxApplicationThread()) {
            return action.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theRunningTaskIsTheOneShownEvenWhenAnotherWasAskedForLater() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        submit("Long", blocking("long", started, release));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        submit("Later", monitor -> "later");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> runner.waiting().size() == 1));
        Task<?> shown = onFx(() -> runner.runningProperty().get());
        assertSame(shown, onFx(runner::cancelRunning));
        assertEquals("Long", onFx(shown::getTitle));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> events.contains("Later succeeded"));
        assertEquals(List.of("long started", "Long failed: CancelledException: Long cancelled; nothing was saved.",
                "Later succeeded"), events);
    }
}
