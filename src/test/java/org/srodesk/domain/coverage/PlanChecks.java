package org.srodesk.domain.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.srodesk.domain.CoverageAssignment;

/** Checks every hard rule of the planner on a plan, independently of the planner's code. */
final class PlanChecks {

    private PlanChecks() {
    }

    static void assertHardConstraints(CoverageProblem problem, CoveragePlan plan) {
        Map<Long, Rover> rovers = new HashMap<>();
        boolean zoned = false;
        for (Rover r : problem.rovers()) {
            rovers.put(r.id(), r);
            zoned |= !r.zone().isBlank();
        }
        boolean perZone = zoned && problem.settings().reservePerZone();
        List<NeedDay> needs = problem.needDays();
        Set<NeedDay> seen = new HashSet<>();
        for (PlannedCoverage c : plan.assignments()) {
            assertTrue(seen.add(c.need()), "need-day covered twice or also uncovered: " + c.need());
        }
        for (UncoveredNeed u : plan.uncovered()) {
            assertTrue(seen.add(u.need()), "need-day listed twice: " + u.need());
            assertTrue(!u.explanation().isBlank(), "uncovered need without a sentence");
        }
        assertEquals(new HashSet<>(needs), seen, "every need-day is either covered or uncovered");
        Map<LocalDate, Set<Long>> roverDays = new HashMap<>();
        Map<LocalDate, Set<Long>> schoolDays = new HashMap<>();
        Map<LocalDate, Map<String, Integer>> covering = new HashMap<>();
        for (PlannedCoverage c : plan.assignments()) {
            LocalDate d = c.date();
            assertTrue(roverDays.computeIfAbsent(d, x -> new HashSet<>()).add(c.roverId()),
                    "rover " + c.roverId() + " covers two schools on " + d);
            assertTrue(schoolDays.computeIfAbsent(d, x -> new HashSet<>()).add(c.need().schoolId()),
                    "school " + c.need().schoolId() + " gets two covering rovers on " + d);
            if (d.isBefore(problem.today())) {
                assertEquals(CoverageSource.ACCEPTED, c.source(), "the past is never planned: " + c);
                continue;
            }
            assertTrue(problem.roversOnDuty(d).contains(c.roverId()), "rover not on duty: " + c);
            String group = perZone ? rovers.get(c.roverId()).zone() : "";
            covering.computeIfAbsent(d, x -> new HashMap<>()).merge(group, 1, Integer::sum);
        }
        covering.forEach((d, byGroup) -> {
            Map<String, Integer> duty = new HashMap<>();
            for (long id : problem.roversOnDuty(d)) {
                duty.merge(perZone ? rovers.get(id).zone() : "", 1, Integer::sum);
            }
            byGroup.forEach((group, n) -> {
                int onDuty = duty.getOrDefault(group, 0);
                int reserve = Math.min(problem.settings().reserveRovers(), onDuty);
                assertTrue(n <= onDuty - reserve, "reserve broken in group '" + group + "' on " + d);
            });
        });
        for (CoverageAssignment a : problem.accepted()) {
            if (a.date().isBefore(problem.today())) {
                continue;
            }
            boolean kept = plan.assignments().stream().anyMatch(c -> c.roverId() == a.roverId()
                    && c.date().equals(a.date()) && c.schoolId() == a.schoolId());
            boolean reported = plan.conflicts().stream().anyMatch(c -> c.accepted() && c.roverId() == a.roverId()
                    && a.date().equals(c.date()));
            if (!kept && !reported) {
                fail("accepted coverage neither kept nor reported: " + a);
            }
        }
        for (CoveragePin pin : problem.pins()) {
            if (pin.isBlockPin() || pin.date().isBefore(problem.today())) {
                continue;
            }
            boolean kept = plan.assignments().stream().anyMatch(c -> c.roverId() == pin.roverId()
                    && c.date().equals(pin.date()) && c.schoolId() == pin.schoolId());
            boolean reported = plan.conflicts().stream().anyMatch(c -> !c.accepted() && c.roverId() == pin.roverId()
                    && pin.date().equals(c.date()));
            assertTrue(kept || reported, "pin neither kept nor reported: " + pin);
        }
        long weighted = plan.assignments().stream().mapToLong(c -> problem.weightOf(c.schoolId())).sum();
        assertEquals(weighted, plan.totals().weightedCovered());
        assertEquals(plan.assignments().size(), plan.totals().covered());
        assertEquals(plan.uncovered().size(), plan.totals().uncovered());
        for (DayReserve r : plan.reserves()) {
            if (!r.date().isBefore(problem.today())) {
                assertTrue(r.free() >= r.required(), "reserve report below the requirement on " + r.date());
                r.zones().forEach(z -> assertTrue(z.free() >= z.required(), "zone reserve below requirement " + z));
            }
        }
    }
}
