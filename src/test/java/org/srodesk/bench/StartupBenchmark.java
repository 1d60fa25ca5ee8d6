package org.srodesk.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JVM start to the main window shown (and to the sign-in dialog shown: the database is open and the window
 * usable to sign in; {@code -Dsrodesk.exitAfterStartup} quits there) on the small demo,
 * each in a fresh child JVM, against the smallest JavaFX window (the floor). Runs on headless
 * Monocle unless {@code -Dbench.display=true} (then on the real display).
 */
final class StartupBenchmark {

    private static final Pattern TIMING = Pattern.compile("startup: (.+) after (\\d+) ms");

    static List<Result> run(Path smallDemo, int runs) throws Exception {
        double[] shown = new double[runs];
        double[] usable = new double[runs];
        double[] floor = new double[runs];
        for (int i = 0; i < runs; i++) {
            List<String> app = child("org.srodesk.app.Main", "--db", smallDemo.toString());
            shown[i] = timing(app, "window shown");
            usable[i] = timing(app, "sign-in shown");
            floor[i] = timing(child("org.srodesk.bench.MinimalWindow"), "window shown");
        }
        Stats floorStats = Stats.of(floor);
        String where = Boolean.getBoolean("bench.display") ? "real display" : "headless Monocle";
        return List.of(
                Result.against("startup: JVM start → main window shown", "small", Stats.of(shown),
                        "minimal JavaFX window", floorStats, where),
                Result.against("startup: JVM start → database open, sign-in dialog shown", "small", Stats.of(usable),
                        "minimal JavaFX window", floorStats, where));
    }

    private static List<String> child(String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dsrodesk.timing=true", "-Dsrodesk.exitAfterStartup=true"));
        if (!Boolean.getBoolean("bench.display")) {
            command.addAll(List.of("-Dtestfx.headless=true", "-Dprism.order=sw", "-Dprism.text=t2k",
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless"));
        }
        command.add(mainClass);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(mainClass + " did not exit within 60 s");
        }
        return lines;
    }

    private static double timing(List<String> output, String what) {
        for (String line : output) {
            Matcher m = TIMING.matcher(line);
            if (m.find() && m.group(1).equals(what)) {
                return Double.parseDouble(m.group(2));
            }
        }
        throw new IllegalStateException("No \"" + what + "\" timing in the child's output:\n" + String.join("\n", output));
    }

    private StartupBenchmark() {
    }
}
