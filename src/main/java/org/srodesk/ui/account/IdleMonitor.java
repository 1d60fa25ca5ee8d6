package org.srodesk.ui.account;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.input.InputEvent;
import javafx.stage.Window;

/**
 * Notices when nobody has touched the app for a while: any key, mouse or scroll event in <em>any</em> of
 * its windows — the main window, dialogs, pop-ups, including windows opened later — counts as activity.
 * One timer, re-armed only when it runs out, so a moving mouse costs a timestamp and nothing more.
 * Use on the JavaFX thread.
 */
final class IdleMonitor {

    private final LongSupplier nanoTime;
    private final PauseTransition timer = new PauseTransition();
    private final EventHandler<Event> activity = event -> touch();
    private final ListChangeListener<Window> windows = change -> {
        while (change.next()) {
            change.getRemoved().forEach(this::unwatch);
            change.getAddedSubList().forEach(this::watch);
        }
    };
    private Duration idle = Duration.ofMinutes(15);
    private Runnable onIdle = () -> { };
    private long lastInput;
    private boolean running;

    IdleMonitor() {
        this(System::nanoTime);
    }

    IdleMonitor(LongSupplier nanoTime) {
        this.nanoTime = Objects.requireNonNull(nanoTime);
        lastInput = nanoTime.getAsLong();
        Window.getWindows().forEach(this::watch);
        Window.getWindows().addListener(windows);
        timer.setOnFinished(e -> check());
    }

    private void watch(Window window) {
        window.addEventFilter(InputEvent.ANY, activity);
    }

    private void unwatch(Window window) {
        window.removeEventFilter(InputEvent.ANY, activity);
    }

    /** Counts as activity now. */
    void touch() {
        lastInput = nanoTime.getAsLong();
    }

    /** Calls {@code whenIdle} once after {@code after} without any input; call again to re-arm. */
    void start(Duration after, Runnable whenIdle) {
        this.onIdle = Objects.requireNonNull(whenIdle);
        this.idle = requirePositive(after);
        running = true;
        touch();
        schedule(idle);
    }

    /** Changes the idle time of a running monitor, counting from the last input. */
    void setIdleTime(Duration after) {
        this.idle = requirePositive(after);
        if (running) {
            timer.stop();
            check();
        }
    }

    Duration idleTime() {
        return idle;
    }

    void stop() {
        running = false;
        timer.stop();
    }

    /** Stops for good: no more watching of the app's windows. */
    void dispose() {
        stop();
        Window.getWindows().removeListener(windows);
        Window.getWindows().forEach(this::unwatch);
    }

    boolean isRunning() {
        return running;
    }

    private void check() {
        if (!running) {
            return;
        }
        long quiet = nanoTime.getAsLong() - lastInput;
        if (quiet >= idle.toNanos()) {
            running = false;
            onIdle.run();
        } else {
            schedule(Duration.ofNanos(idle.toNanos() - quiet));
        }
    }

    private void schedule(Duration in) {
        timer.stop();
        timer.setDuration(javafx.util.Duration.millis(Math.max(1, in.toMillis())));
        timer.playFromStart();
    }

    private static Duration requirePositive(Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("The idle time must be positive: " + d);
        }
        return d;
    }
}
