package org.srodesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;

/**
 * The production {@link TaskRunner}: each piece of work is a {@link Task} on a small pool of daemon
 * threads; results, failures and the busy state are delivered on the JavaFX application thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final int THREADS = 2;

    private final ExecutorService executor;
    private final RunningWork running = new RunningWork();

    public FxTaskRunner() {
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread thread = new Thread(r, "sro-desk-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void run(String message, Callable<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> run(message, work, onSuccess, onFailure));
            return;
        }
        long id = running.started(message);
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            running.finished(id);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.finished(id);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> running.finished(id));
        executor.execute(task);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return running.busyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return running.messageProperty();
    }

    /** Stops accepting work and interrupts what is running; results still pending are dropped. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
