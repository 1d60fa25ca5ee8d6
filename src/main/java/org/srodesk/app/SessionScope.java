package org.srodesk.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The lifetime of one signed-in session's screens. Services keep their change listeners for good, so the
 * listeners a session's screens register are wrapped here: after {@link #end()} (sign-out) they do nothing
 * and no longer hold the old screens' models.
 */
final class SessionScope {

    /** No session: what it guards never runs. */
    static final SessionScope ENDED = new SessionScope();

    static {
        ENDED.end();
    }

    private final List<AtomicReference<?>> guarded = new CopyOnWriteArrayList<>();
    private volatile boolean ended;

    Runnable guard(Runnable listener) {
        AtomicReference<Runnable> ref = keep(listener);
        return () -> {
            Runnable current = ref.get();
            if (current != null && !ended) {
                current.run();
            }
        };
    }

    <T> Consumer<T> guard(Consumer<T> listener) {
        AtomicReference<Consumer<T>> ref = keep(listener);
        return value -> {
            Consumer<T> current = ref.get();
            if (current != null && !ended) {
                current.accept(value);
            }
        };
    }

    private <T> AtomicReference<T> keep(T listener) {
        AtomicReference<T> ref = new AtomicReference<>(ended ? null : listener);
        guarded.add(ref);
        return ref;
    }

    void end() {
        ended = true;
        guarded.forEach(ref -> ref.set(null));
        guarded.clear();
    }

    boolean isEnded() {
        return ended;
    }
}
