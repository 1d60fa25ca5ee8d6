package org.srodesk.service;

import org.srodesk.domain.account.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.coverage.CoveragePlan;
import org.srodesk.domain.coverage.CoveragePlanner;
import org.srodesk.domain.coverage.CoverageProblem;
import org.srodesk.domain.coverage.CoverageProblemBuilder;
import org.srodesk.domain.coverage.CoverageSettings;
import org.srodesk.persistence.Database;
import org.srodesk.service.demo.DemoDistrictGenerator;
import org.srodesk.service.demo.DemoTier;

/**
 * Times planning a whole school year (2026-09-01 to 2027-06-30, every day from the first on still
 * to plan) on the {@code large} and {@code xl} demo districts, through {@link CoverageService}
 * as the screen uses it: data fetch (roster with margin + 90 days of calls), problem building,
 * planning, and the whole {@link CoverageService#planPeriod} call. A main class, not a test:
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.srodesk.service.CoverageBenchmark</pre>
 * or {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.srodesk.service.CoverageBenchmark [tiers…]}.
 * The districts are generated once into {@code /tmp/sro-coverage-bench-<tier>.mv.db} and reused.
 */
public final class CoverageBenchmark {

    private static final DateRange YEAR = DateRange.of(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30));
    private static final LocalDate TODAY = YEAR.start();
    private static final int WARMUP = 3;
    private static final int RUNS = 7;

    private CoverageBenchmark() {
    }

    public static void main(String[] args) {
        List<String> tiers = args.length == 0 ? List.of("large", "xl") : List.of(args);
        for (String tier : tiers) {
            run(DemoTier.parse(tier));
        }
    }

    private static void run(DemoTier tier) {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "sro-coverage-bench-" + tier.id() + ".mv.db");
        boolean existed = Files.exists(file);
        try (Database db = Database.openFile(file)) {
            if (!existed) {
                long start = System.nanoTime();
                System.out.println("Generating " + tier.id() + " into " + file + " …");
                new DemoDistrictGenerator(db).generate(tier, DemoDistrictGenerator.DEFAULT_SEED,
                        new Actor("benchmark", "Benchmark", Role.SERGEANT), (step, fraction) -> { });
                System.out.printf(Locale.ROOT, "  generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
            }
            CoverageService service = new CoverageService(db, new RosterService(db));
            CoverageSettings settings = service.settings();
            List<Double> fetch = new ArrayList<>();
            List<Double> build = new ArrayList<>();
            List<Double> plan = new ArrayList<>();
            List<Double> total = new ArrayList<>();
            CoveragePlan last = null;
            CoverageProblem problem = null;
            for (int i = 0; i < WARMUP + RUNS; i++) {
                long t0 = System.nanoTime();
                RosterSnapshot snapshot = service.loadWithMargin(YEAR, settings);
                Map<Long, Long> calls = service.callsBefore(TODAY);
                long t1 = System.nanoTime();
                problem = CoverageProblemBuilder.fromRoster(snapshot, calls, settings, List.of(), List.of(), TODAY);
                long t2 = System.nanoTime();
                last = new CoveragePlanner().plan(problem);
                long t3 = System.nanoTime();
                service.planPeriod(YEAR, List.of(), TODAY);
                long t4 = System.nanoTime();
                if (i >= WARMUP) {
                    fetch.add((t1 - t0) / 1e6);
                    build.add((t2 - t1) / 1e6);
                    plan.add((t3 - t2) / 1e6);
                    total.add((t4 - t3) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "%s (%s): %d rovers, %d absence blocks, %,d need-days, %,d covered, %,d uncovered%n",
                    tier.id(), YEAR, problem.rovers().size(), problem.blocks().size(), problem.needDays().size(),
                    last.totals().covered(), last.totals().uncovered());
            print("data fetch", fetch);
            print("build problem", build);
            print("plan", plan);
            print("total (planPeriod)", total);
        }
    }

    private static void print(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-20s median %8.1f ms   min %8.1f   max %8.1f%n", what,
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }
}
