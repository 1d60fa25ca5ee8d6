package org.srodesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class UnexpectedErrorReporterTest {

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void anUncaughtErrorIsShownOnceReadablyWithItsDetailsEvenIfItRepeats() {
        RecordingDialogService dialogs = new RecordingDialogService();
        UnexpectedErrorReporter reporter = new UnexpectedErrorReporter(dialogs);
        IllegalStateException error = new IllegalStateException("roster cell without an officer");
        new FxRobot().interact(() -> {
            reporter.uncaughtException(Thread.currentThread(), error);
            reporter.uncaughtException(Thread.currentThread(), error);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.shown.size());
        assertEquals("Something went wrong", dialogs.last().title());
        assertTrue(dialogs.last().message().contains("roster cell without an officer"));
        assertSame(error, dialogs.last().details());
    }
}
