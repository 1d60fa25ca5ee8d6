package org.srodesk.bench;

import java.util.concurrent.Callable;

/** Runs work a few times to warm up, then times it. Results are consumed so nothing is optimised away. */
final class Measure {

    static volatile Object sink;

    private Measure() {
    }

    static Stats time(int warmups, int runs, Callable<?> work) throws Exception {
        for (int i = 0; i < warmups; i++) {
            sink = work.call();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink = work.call();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return Stats.of(ms);
    }

    /** Times work that needs a fresh set-up for every run (set-up not timed). */
    static <S> Stats timeEach(int runs, Callable<S> setUp, ThrowingConsumer<S> work) throws Exception {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            S state = setUp.call();
            long start = System.nanoTime();
            work.accept(state);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return Stats.of(ms);
    }

    @FunctionalInterface
    interface ThrowingConsumer<T> {
        void accept(T value) throws Exception;
    }
}
