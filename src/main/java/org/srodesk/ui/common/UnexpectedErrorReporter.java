package org.srodesk.ui.common;

import javafx.application.Platform;

/**
 * The JavaFX thread's last resort: an exception nobody caught is printed to stderr and shown in a
 * readable error dialog with the details folded away, one dialog at a time, instead of vanishing
 * into the console while the window goes on as if nothing happened.
 */
public final class UnexpectedErrorReporter implements Thread.UncaughtExceptionHandler {

    private final DialogService dialogs;
    private boolean showing;

    public UnexpectedErrorReporter(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        error.printStackTrace();
        if (showing) {
            return; // one at a time: an error repeated on every pulse must not stack up dialogs
        }
        showing = true;
        // Not from inside the failed event or pulse: dialogs cannot open during layout or animation.
        Platform.runLater(() -> {
            try {
                dialogs.showError("Something went wrong",
                        "SRO Desk ran into an unexpected problem: "
                                + (error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage())
                                + "\nThe last action may not have finished; check it before going on.",
                        error);
            } finally {
                showing = false;
            }
        });
    }
}
