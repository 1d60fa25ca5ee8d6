package org.srodesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class DirectTaskRunnerTest {

    private final DirectTaskRunner runner = new DirectTaskRunner();

    @Test
    void successfulWorkPassesItsResultToOnSuccessOnly() {
        AtomicReference<String> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        runner.run("Counting…", () -> "42", result::set, failure::set);
        assertEquals("42", result.get());
        assertNull(failure.get());
        assertEquals(1, runner.completedCount());
    }

    @Test
    void failingWorkPassesWhatItThrewToOnFailureOnly() {
        AtomicReference<Object> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        runner.run("Reading…", () -> {
            throw new IOException("disk gone");
        }, result::set, failure::set);
        assertNull(result.get());
        assertEquals("disk gone", failure.get().getMessage());
    }

    @Test
    void busyIsTrueWithTheMessageWhileWorkRunsAndClearedBeforeTheCallback() {
        List<String> seen = new ArrayList<>();
        runner.run("Opening database…", () -> {
            seen.add(runner.isBusy() + " " + runner.getMessage());
            return 1;
        }, r -> seen.add(runner.isBusy() + " " + runner.getMessage()), e -> { });
        assertEquals(List.of("true Opening database…", "false "), seen);
        assertFalse(runner.isBusy());
    }

    @Test
    void nestedWorkShowsTheLatestMessageThenReturnsToTheOuterOne() {
        List<String> seen = new ArrayList<>();
        runner.run("Outer", () -> {
            runner.run("Inner", () -> {
                seen.add(runner.getMessage());
                return 0;
            }, r -> { }, e -> { });
            seen.add(runner.getMessage());
            return 0;
        }, r -> { }, e -> { });
        assertEquals(List.of("Inner", "Outer"), seen);
        assertTrue(runner.getMessage().isEmpty());
    }
}
