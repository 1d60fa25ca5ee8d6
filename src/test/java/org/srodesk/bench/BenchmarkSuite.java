package org.srodesk.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.srodesk.persistence.Database;
import org.srodesk.service.demo.DemoTier;

/**
 * Every benchmark in one run: {@code mvn -B -Pbench verify} (see the README's Performance section).
 * Builds the demo tiers it needs once into {@code target/bench-data}, prints a table (name, tier,
 * median, min, max, baseline and ratio) and writes it as Markdown to {@code target/bench-results.md}.
 * Arguments: {@code --runs N} (default 7), {@code --only a,b} to run some groups
 * (startup, load, planner, deployment, import, pdf, roster, accounts, postgres).
 */
public final class BenchmarkSuite {

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 7;
        Set<String> only = Set.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--only" -> only = Set.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        Path target = Path.of("target");
        DemoDatabases databases = new DemoDatabases(target.resolve("bench-data"));
        List<Result> results = new ArrayList<>();

        if (only.isEmpty() || only.contains("startup")) {
            announce("startup");
            results.addAll(StartupBenchmark.run(databases.file(DemoTier.SMALL), Math.min(runs, 5)));
        }
        if (only.isEmpty() || only.contains("load")) {
            announce("load");
            try (Database xl = databases.open(DemoTier.XL)) {
                results.addAll(RosterLoadBenchmark.run(xl, "xl", runs));
            }
        }
        if (only.isEmpty() || only.contains("planner")) {
            announce("planner");
            for (DemoTier tier : List.of(DemoTier.LARGE, DemoTier.XL)) {
                try (Database database = databases.open(tier)) {
                    results.addAll(PlannerYearBenchmark.run(database, tier.id(), runs));
                }
            }
        }
        if (only.isEmpty() || only.contains("deployment")) {
            announce("deployment");
            try (Database large = databases.open(DemoTier.LARGE)) {
                results.addAll(DeploymentReviewBenchmark.run(large, "large", runs));
            }
        }
        if (only.isEmpty() || only.contains("import")) {
            announce("import");
            try (Database xl = databases.open(DemoTier.XL)) {
                results.addAll(CsvImportBenchmark.run(xl, databases, Math.min(runs, 3)));
            }
        }

        if (only.isEmpty() || only.contains("pdf")) {
            announce("pdf");
            try (Database xl = databases.open(DemoTier.XL)) {
                results.addAll(PdfExportBenchmark.run(xl, "xl", databases, Math.min(runs, 3)));
            }
        }
        if (only.isEmpty() || only.contains("roster")) {
            announce("roster");
            try (Database xl = databases.open(DemoTier.XL)) {
                results.addAll(RosterBenchmark.runView(xl, "xl", runs));
            }
        }

        if (only.isEmpty() || only.contains("accounts")) {
            announce("accounts");
            results.addAll(AccountsBenchmark.run(runs));
        }

        if (only.isEmpty() || only.contains("postgres")) {
            announce("postgres");
            // Starts the tests' embedded PostgreSQL 17 (a few seconds, once) and copies xl into it.
            results.addAll(PostgresBenchmark.run(databases, DemoTier.XL, runs));
        }

        String table = table(results);
        System.out.println();
        System.out.println(table);
        Files.writeString(target.resolve("bench-results.md"), table);
        System.exit(0); // the embedded PostgreSQL (postgres group) stops in its shutdown hook
    }

    private static void announce(String group) {
        System.out.println("== " + group);
    }

    static String table(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Run %s on %d cores, %d MiB max heap, Java %s (%s)%n%n",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getName()));
        out.append("| benchmark | tier | median | min | max | baseline (median) | ratio / note |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (Result result : results) {
            out.append(result.markdownRow()).append('\n');
        }
        return out.toString();
    }
}
