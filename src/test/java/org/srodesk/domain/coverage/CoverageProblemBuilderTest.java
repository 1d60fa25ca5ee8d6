package org.srodesk.domain.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.domain.coverage.RosterFixtures.march;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageProblemBuilderTest {

    private static RosterFixtures district() {
        return new RosterFixtures().highSchool(100, "CEN", "East").primary(1, 100)
                .rover(50, "East").rover(51, "East").rover(52, "West");
    }

    @Test
    void roversOnTimeOffOrReassignedAreNotOnDuty() {
        RosterFixtures f = district().approvedTimeOff(51, march(2), march(2)).reassignToDuty(52, march(2), march(3));
        CoverageProblem problem = CoverageProblemBuilder.fromRoster(f.snapshot(), Map.of(), CoverageSettings.DEFAULTS,
                List.of(), List.of(), march(2));
        assertEquals(java.util.Set.of(50L), problem.roversOnDuty(march(2)));
        assertTrue(problem.roversOnDuty(march(7)).isEmpty(), "no rover duty on a weekend");
    }

    @Test
    void aWholePlanFromTheRosterKeepsAcceptedHistoryAndPlansFromToday() {
        RosterFixtures f = district().approvedTimeOff(1, march(2), march(6)).acceptedCoverage(51, 100, march(2), 1);
        CoverageProblem problem = CoverageProblemBuilder.fromRoster(f.snapshot(), Map.of(100L, 7.4),
                CoverageSettings.DEFAULTS, List.of(), List.of(), march(4));
        assertEquals(7, problem.weightOf(100));
        assertTrue(problem.roversOnDuty(march(2)).contains(51L), "a rover covering by accepted coverage is on duty");
        CoveragePlan plan = new CoveragePlanner().plan(problem);
        PlanChecks.assertHardConstraints(problem, plan);
        assertEquals(CoverageSource.ACCEPTED, plan.assignmentsOn(march(2)).get(0).source());
        assertEquals(UncoveredReason.IN_THE_PAST, plan.uncovered().get(0).reason());
        assertEquals(march(3), plan.uncovered().get(0).need().date());
        assertEquals(List.of(51L, 51L, 51L), plan.assignments().stream().skip(1).map(PlannedCoverage::roverId).toList(),
                "the rover of the accepted day carries on with the block; East keeps the other in reserve");
        assertFalse(plan.reserves().isEmpty());
    }
}
