package org.srodesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class FxTaskRunnerTest {

    private final FxTaskRunner runner = new FxTaskRunner();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    @Test
    void workRunsOffTheFxThreadAndTheResultArrivesOnIt() throws Exception {
        AtomicBoolean workOnFxThread = new AtomicBoolean(true);
        AtomicBoolean resultOnFxThread = new AtomicBoolean(false);
        AtomicReference<Integer> result = new AtomicReference<>();
        CountDownLatch release = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> runner.run("Working…", () -> {
            workOnFxThread.set(Platform.isFxApplicationThread());
            release.await(10, TimeUnit.SECONDS);
            return 7;
        }, value -> {
            resultOnFxThread.set(Platform.isFxApplicationThread());
            result.set(value);
        }, error -> { })).get(5, TimeUnit.SECONDS);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, runner::isBusy);
        assertEquals("Working…", WaitForAsyncUtils.asyncFx(runner::getMessage).get(5, TimeUnit.SECONDS));
        release.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> result.get() != null);
        assertEquals(7, result.get());
        assertFalse(workOnFxThread.get(), "work ran on the FX thread");
        assertTrue(resultOnFxThread.get(), "result delivered off the FX thread");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(runner.isBusy());
    }

    @Test
    void aFailureArrivesOnTheFxThreadWithWhatTheWorkThrew() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean onFxThread = new AtomicBoolean(false);
        runner.run("Failing…", () -> {
            throw new IllegalStateException("no database");
        }, value -> { }, error -> {
            onFxThread.set(Platform.isFxApplicationThread());
            failure.set(error);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> failure.get() != null);
        assertEquals("no database", failure.get().getMessage());
        assertTrue(onFxThread.get());
    }
}
