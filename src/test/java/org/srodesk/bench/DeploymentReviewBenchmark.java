package org.srodesk.bench;

import java.time.LocalDate;
import java.util.List;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.deployment.DeploymentChange;
import org.srodesk.persistence.Database;
import org.srodesk.service.DeploymentService;

/**
 * The commander's deployment review of the 2025–26 school year, and a what-if with two rovers
 * fewer, through {@link DeploymentService} as the screen calls them. The review is the baseline of
 * the what-if: the ratio is what re-planning both sides adds.
 */
final class DeploymentReviewBenchmark {

    static final DateRange SCHOOL_YEAR = DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30));

    static List<Result> run(Database database, String tier, int runs) throws Exception {
        DeploymentService service = new DeploymentService(database);
        Stats review = Measure.time(2, runs, () -> service.review(SCHOOL_YEAR));
        List<DeploymentChange> fewer = List.of(new DeploymentChange.RemoveRovers(2));
        Stats whatIf = Measure.time(1, runs, () -> service.whatIf(SCHOOL_YEAR, fewer));
        return List.of(
                Result.of("deployment review of a school year", tier, review, "target < 1 s on large"),
                Result.against("deployment what-if: 2 rovers fewer", tier, whatIf, "review", review,
                        "target < 2 s on large"));
    }

    private DeploymentReviewBenchmark() {
    }
}
