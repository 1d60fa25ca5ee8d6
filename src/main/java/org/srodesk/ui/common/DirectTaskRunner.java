package org.srodesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * A {@link TaskRunner} that runs the work at once on the calling thread and calls back on it too:
 * for view-model tests, which then need neither a toolkit nor any waiting. {@link #busyProperty()}
 * is true while the work runs and false again before the callback.
 */
public final class DirectTaskRunner implements TaskRunner {

    private final RunningWork running = new RunningWork();
    private int completed;

    @Override
    public <T> void run(String message, Callable<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        long id = running.started(message);
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            running.finished(id);
            completed++;
            onFailure.accept(e);
            return;
        }
        running.finished(id);
        completed++;
        onSuccess.accept(result);
    }

    /** How many pieces of work have run so far (for tests that check work was, or was not, submitted). */
    public int completedCount() {
        return completed;
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return running.busyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return running.messageProperty();
    }
}
