package org.srodesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs work that may block (database, planner, files) away from the JavaFX thread and hands the
 * result back. View models submit every such piece of work here and never start threads
 * themselves; controllers never call it directly.
 *
 * <p>Contract for every implementation:
 * <ul>
 *   <li>{@code work} runs on some thread the runner chooses ({@link FxTaskRunner}: a background
 *       thread; {@link DirectTaskRunner}: the calling thread, for view-model tests);</li>
 *   <li>exactly one of {@code onSuccess} or {@code onFailure} is then called, on the JavaFX
 *       application thread in production (on the calling thread in {@link DirectTaskRunner});</li>
 *   <li>{@link #busyProperty()} is true while at least one piece of work is running, and
 *       {@link #messageProperty()} holds the message of the most recently started one that is
 *       still running ("" when idle). Both change on the thread that delivers results.</li>
 * </ul>
 */
public interface TaskRunner {

    /**
     * Runs {@code work}, then passes its result to {@code onSuccess} or what it threw to
     * {@code onFailure}.
     *
     * @param message what the user sees while the work runs, e.g. "Opening database…"
     */
    <T> void run(String message, Callable<T> work, Consumer<? super T> onSuccess,
                 Consumer<? super Throwable> onFailure);

    /** True while any work submitted here is running. */
    ReadOnlyBooleanProperty busyProperty();

    /** The message of the most recent running work, or "" when idle. */
    ReadOnlyStringProperty messageProperty();

    default boolean isBusy() {
        return busyProperty().get();
    }

    default String getMessage() {
        return messageProperty().get();
    }
}
