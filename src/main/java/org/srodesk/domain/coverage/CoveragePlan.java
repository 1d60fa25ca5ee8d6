package org.srodesk.domain.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The planner's answer: who covers which need-day, which need-days stay uncovered and why, the
 * rover reserve per day, and the pins that could not be kept. Lists are in date, then school order.
 */
public record CoveragePlan(List<PlannedCoverage> assignments, List<UncoveredNeed> uncovered,
                           List<DayReserve> reserves, List<PinConflict> conflicts, PlanTotals totals) {

    public CoveragePlan {
        assignments = List.copyOf(assignments);
        uncovered = List.copyOf(uncovered);
        reserves = List.copyOf(reserves);
        conflicts = List.copyOf(conflicts);
    }

    public List<PlannedCoverage> assignmentsOn(LocalDate date) {
        return assignments.stream().filter(a -> a.date().equals(date)).toList();
    }

    public Optional<DayReserve> reserveOn(LocalDate date) {
        return reserves.stream().filter(r -> r.date().equals(date)).findFirst();
    }

    /** The coverage of a need-day, if it has a rover. */
    public Optional<PlannedCoverage> coverageOf(NeedDay need) {
        return assignments.stream().filter(a -> a.need().equals(need)).findFirst();
    }
}
