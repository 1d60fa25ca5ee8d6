package org.srodesk.domain.coverage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.srodesk.domain.CoverageAssignment;

/** A small builder of hand-made coverage problems for tests. */
final class CoverageFixtures {

    static final LocalDate MON = LocalDate.of(2026, 3, 2);

    final List<AbsenceBlock> blocks = new ArrayList<>();
    final Map<Long, Long> weights = new HashMap<>();
    final List<Rover> rovers = new ArrayList<>();
    final Map<LocalDate, Set<Long>> onDuty = new HashMap<>();
    final List<CoverageAssignment> accepted = new ArrayList<>();
    final List<CoveragePin> pins = new ArrayList<>();
    LocalDate today = MON;
    CoverageSettings settings = CoverageSettings.DEFAULTS;

    static LocalDate day(int offset) {
        return MON.plusDays(offset);
    }

    CoverageFixtures rover(long id, String zone) {
        rovers.add(new Rover(id, "Rover " + id, zone));
        return this;
    }

    /** Every rover so far is on duty on these day offsets. */
    CoverageFixtures allOnDuty(int... offsets) {
        for (int offset : offsets) {
            for (Rover r : rovers) {
                onDuty.computeIfAbsent(day(offset), d -> new HashSet<>()).add(r.id());
            }
        }
        return this;
    }

    CoverageFixtures onDuty(long roverId, int... offsets) {
        for (int offset : offsets) {
            onDuty.computeIfAbsent(day(offset), d -> new HashSet<>()).add(roverId);
        }
        return this;
    }

    CoverageFixtures offDuty(long roverId, int... offsets) {
        for (int offset : offsets) {
            onDuty.getOrDefault(day(offset), new HashSet<>()).remove(roverId);
        }
        return this;
    }

    CoverageFixtures school(long schoolId, long weight) {
        weights.put(schoolId, weight);
        return this;
    }

    /** A block for {@code schoolId} (zone {@code zone}) of the absent officer, on the given day offsets. */
    AbsenceBlock block(long schoolId, String zone, long absentOfficerId, int... offsets) {
        List<LocalDate> dates = new ArrayList<>();
        for (int offset : offsets) {
            dates.add(day(offset));
        }
        String id = schoolId + "/O" + absentOfficerId + "/" + dates.get(0);
        AbsenceBlock block = new AbsenceBlock(id, schoolId, "S" + schoolId, zone, absentOfficerId,
                NeedReason.TIME_OFF, null, dates.get(0), dates.get(dates.size() - 1), dates, "");
        blocks.add(block);
        return block;
    }

    CoverageFixtures accept(long roverId, long schoolId, int offset, long absentOfficerId) {
        accepted.add(new CoverageAssignment(accepted.size() + 1, roverId, schoolId, day(offset), absentOfficerId,
                "sgt", Instant.EPOCH));
        return this;
    }

    CoverageProblem problem() {
        return new CoverageProblem(blocks, weights, rovers, onDuty, accepted, pins, today, settings);
    }

    CoveragePlan plan() {
        CoverageProblem problem = problem();
        CoveragePlan plan = new CoveragePlanner().plan(problem);
        PlanChecks.assertHardConstraints(problem, plan);
        return plan;
    }
}
