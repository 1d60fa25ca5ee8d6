package org.srodesk.service;

import org.srodesk.domain.account.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.deployment.DeploymentChange;
import org.srodesk.domain.deployment.WhatIfComparison;
import org.srodesk.persistence.Database;
import org.srodesk.service.demo.DemoDistrictGenerator;
import org.srodesk.service.demo.DemoTier;

/**
 * Times {@link DeploymentService#review} and {@link DeploymentService#whatIf} (two rovers fewer) over
 * the 2025–26 school year (1 July 2025 – 30 June 2026) through the service, as the screen calls them.
 * A main class, not a test: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.srodesk.service.DeploymentBenchmark [tier] [database file]} (defaults: large,
 * /tmp/sro-deploy-bench-large.mv.db, generated on first use and reused). Targets on large: review
 * &lt; 1 s, what-if &lt; 2 s.
 */
public final class DeploymentBenchmark {

    private static final DateRange SCHOOL_YEAR = DateRange.of(java.time.LocalDate.of(2025, 7, 1),
            java.time.LocalDate.of(2026, 6, 30));
    private static final int WARM_UPS = 3;
    private static final int RUNS = 7;

    private DeploymentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        DemoTier tier = DemoTier.parse(args.length > 0 ? args[0] : "large");
        Path file = Path.of(args.length > 1 ? args[1] : "/tmp/sro-deploy-bench-" + tier.id() + ".mv.db");
        if (!Files.exists(file)) {
            try (Database db = Database.openFile(file)) {
                new DemoDistrictGenerator(db).generate(tier, DemoDistrictGenerator.DEFAULT_SEED,
                        new Actor("bench", "Benchmark", Role.SERGEANT), (step, fraction) -> { });
            }
        }
        try (Database db = Database.openFile(file)) {
            DeploymentService service = new DeploymentService(db);
            DeploymentReview review = service.review(SCHOOL_YEAR);
            System.out.printf("%s: %d schools, %d officers, %d rovers, %d school days, %,d calls in the year%n",
                    tier.id(), review.figures().totals().schools(), review.figures().officers().size(),
                    review.figures().totals().rovers(), review.figures().schoolDays().size(),
                    review.figures().totals().calls());
            time("review (school year)", () -> service.review(SCHOOL_YEAR));
            for (int cut : new int[] {2, 20}) {
                List<DeploymentChange> fewer = List.of(new DeploymentChange.RemoveRovers(cut));
                WhatIfComparison c = time("what-if, " + cut + " rovers fewer", () -> service.whatIf(SCHOOL_YEAR, fewer));
                System.out.printf("  uncovered high-school days %d -> %d, days below reserve %d -> %d, "
                            + "calls without officer %d -> %d%n",
                    c.current().uncoveredHighSchoolDays(), c.whatIf().uncoveredHighSchoolDays(),
                    c.current().daysBelowReserve(), c.whatIf().daysBelowReserve(),
                    c.current().callsWithoutOfficer(), c.whatIf().callsWithoutOfficer());
            }
        }
    }

    private static <T> T time(String what, Supplier<T> work) {
        T result = null;
        for (int i = 0; i < WARM_UPS; i++) {
            result = work.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = work.get();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("  %-26s median %6.0f ms   min %6.0f   max %6.0f   (%d runs after %d warm-ups)%n",
                what, ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1), RUNS, WARM_UPS);
        return result;
    }
}
