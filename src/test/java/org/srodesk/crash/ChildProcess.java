package org.srodesk.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CrashChild} running in its own JVM on the test class path, with its output lines
 * collected as they come. Waiting is done on the process ({@link Process#waitFor(long, TimeUnit)}),
 * never by sleeping.
 */
final class ChildProcess {

    private final Process process;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final java.util.Map<String, Long> arrivals = new java.util.concurrent.ConcurrentHashMap<>();
    private final Thread reader;

    private ChildProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::readLines, "crash-child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildProcess start(Path errorLog, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(errorLog.toFile()));
        return new ChildProcess(builder.start());
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                arrivals.putIfAbsent(line, System.nanoTime());
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException ignored) {
            // The child was killed: its output ends here.
        }
    }

    /** Waits (at most {@code seconds}) until the child printed a line starting with {@code prefix}; false if it ended or timed out first. */
    boolean awaitLine(String prefix, long seconds) throws InterruptedException {
        return awaitLine(l -> l.startsWith(prefix), seconds);
    }

    /** Waits (at most {@code seconds}) until the child printed a line that {@code matches}; false if it ended or timed out first. */
    boolean awaitLine(java.util.function.Predicate<String> matches, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (lines) {
            while (lines.stream().noneMatch(matches)) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    return false;
                }
                lines.wait(Math.min(left, 200));
            }
            return true;
        }
    }

    /** Lets the child run {@code millis} more, then kills it hard (SIGKILL); true if it had already ended. */
    boolean killAfter(long millis) throws InterruptedException {
        boolean ended = process.waitFor(millis, TimeUnit.MILLISECONDS);
        if (!ended) {
            process.destroyForcibly();
            process.waitFor();
        }
        reader.join(10_000);
        return ended;
    }

    /** Waits for the child to end by itself; returns its exit code. */
    int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            throw new AssertionError("the child did not end within " + seconds + " s");
        }
        reader.join(10_000);
        return process.exitValue();
    }

    /** Milliseconds between the arrival of line {@code from} and line {@code to}. */
    long millisBetween(String from, String to) {
        return (arrivals.get(to) - arrivals.get(from)) / 1_000_000;
    }

    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** The largest n of the lines "{@code prefix} n", or 0. */
    int lastNumbered(String prefix) {
        return lines().stream().filter(l -> l.startsWith(prefix + " "))
                .mapToInt(l -> Integer.parseInt(l.substring(prefix.length() + 1).trim())).max().orElse(0);
    }
}
