package org.srodesk.domain.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.CoverageAssignment;

/**
 * Objective (1) against brute force: on seeded random small instances the planner's weighted
 * covered need-days equal the optimum found by trying every rover-to-need assignment.
 */
class PlannerMatchesExhaustiveSearchTest {

    private static final String[] ZONES = {"East", "West", ""};
    private static final int INSTANCES = 400;

    @Test
    void plannerWeightEqualsTheExhaustiveOptimumOnEverySeededInstance() {
        int withPins = 0;
        int withPast = 0;
        for (int seed = 1; seed <= INSTANCES; seed++) {
            Instance instance = randomInstance(new Random(seed));
            CoveragePlan plan = new CoveragePlanner().plan(instance.problem);
            PlanChecks.assertHardConstraints(instance.problem, plan);
            assertTrue(plan.conflicts().isEmpty(), "seed " + seed + ": valid pins refused " + plan.conflicts());
            assertEquals(bruteForce(instance.problem), plan.totals().weightedCovered(), "seed " + seed);
            withPins += instance.problem.pins().isEmpty() && instance.problem.accepted().isEmpty() ? 0 : 1;
            withPast += instance.problem.today().isAfter(CoverageFixtures.MON) ? 1 : 0;
        }
        assertTrue(withPins > INSTANCES / 4 && withPast > INSTANCES / 4, "the instances exercise pins and history");
    }

    private record Instance(CoverageProblem problem) {
    }

    private static Instance randomInstance(Random rnd) {
        CoverageFixtures f = new CoverageFixtures();
        boolean zoned = rnd.nextBoolean();
        int roverCount = 1 + rnd.nextInt(6);
        for (long id = 1; id <= roverCount; id++) {
            f.rover(id, zoned ? ZONES[rnd.nextInt(ZONES.length)] : "");
        }
        int dayCount = 1 + rnd.nextInt(10);
        for (int d = 0; d < dayCount; d++) {
            for (Rover r : f.rovers) {
                if (rnd.nextDouble() < 0.75) {
                    f.onDuty(r.id(), d);
                }
            }
        }
        int schoolCount = 1 + rnd.nextInt(6);
        for (long s = 1; s <= schoolCount; s++) {
            f.school(s, rnd.nextInt(10));
            String zone = zoned ? ZONES[rnd.nextInt(2)] : "";
            for (long slot = 1; slot <= 1 + rnd.nextInt(2); slot++) {
                List<Integer> days = new ArrayList<>();
                for (int d = 0; d < dayCount; d++) {
                    if (rnd.nextDouble() < 0.45) {
                        days.add(d);
                    }
                }
                if (!days.isEmpty()) {
                    f.block(s, zone, s * 10 + slot, days.stream().mapToInt(Integer::intValue).toArray());
                }
            }
        }
        f.settings = new CoverageSettings(3, rnd.nextInt(3), rnd.nextBoolean());
        f.today = CoverageFixtures.day(rnd.nextInt(4));
        addFixedCoverage(f, rnd, dayCount, zoned && f.settings.reservePerZone());
        return new Instance(f.problem());
    }

    /** Random history, accepted coverage and pins that respect every hard rule by construction. */
    private static void addFixedCoverage(CoverageFixtures f, Random rnd, int dayCount, boolean perZone) {
        CoverageProblem draft = f.problem();
        Map<LocalDate, List<NeedDay>> needsByDay = new HashMap<>();
        draft.needDays().forEach(n -> needsByDay.computeIfAbsent(n.date(), d -> new ArrayList<>()).add(n));
        Map<Long, Rover> rovers = new HashMap<>();
        f.rovers.forEach(r -> rovers.put(r.id(), r));
        for (int d = 0; d < dayCount; d++) {
            LocalDate date = CoverageFixtures.day(d);
            List<NeedDay> needs = needsByDay.getOrDefault(date, List.of());
            boolean past = date.isBefore(f.today);
            Set<Long> used = new HashSet<>();
            Set<Long> schoolsCovered = new HashSet<>();
            Map<String, Integer> room = new HashMap<>();
            for (long id : draft.roversOnDuty(date)) {
                room.merge(group(rovers.get(id), perZone), 1, Integer::sum);
            }
            room.replaceAll((g, n) -> n - Math.min(f.settings.reserveRovers(), n));
            for (NeedDay need : needs) {
                if (rnd.nextDouble() > (past ? 0.5 : 0.2) || schoolsCovered.contains(need.schoolId())) {
                    continue;
                }
                List<Long> candidates = new ArrayList<>();
                for (long id : past ? rovers.keySet() : draft.roversOnDuty(date)) {
                    if (!used.contains(id) && (past || room.getOrDefault(group(rovers.get(id), perZone), 0) > 0)) {
                        candidates.add(id);
                    }
                }
                if (candidates.isEmpty()) {
                    continue;
                }
                candidates.sort(Long::compare);
                long rover = candidates.get(rnd.nextInt(candidates.size()));
                used.add(rover);
                schoolsCovered.add(need.schoolId());
                room.merge(group(rovers.get(rover), perZone), -1, Integer::sum);
                if (past || rnd.nextBoolean()) {
                    f.accepted.add(new CoverageAssignment(f.accepted.size() + 1, rover, need.schoolId(), date,
                            need.absentOfficerId(), "sgt", Instant.EPOCH));
                } else {
                    f.pins.add(CoveragePin.day(rover, need.schoolId(), date));
                }
            }
        }
    }

    private static String group(Rover rover, boolean perZone) {
        return perZone ? rover.zone() : "";
    }

    // ---- brute force ------------------------------------------------------------------------

    private static long bruteForce(CoverageProblem problem) {
        Map<Long, Rover> rovers = new HashMap<>();
        boolean zoned = false;
        for (Rover r : problem.rovers()) {
            rovers.put(r.id(), r);
            zoned |= !r.zone().isBlank();
        }
        boolean perZone = zoned && problem.settings().reservePerZone();
        Map<LocalDate, List<NeedDay>> byDay = new HashMap<>();
        problem.needDays().forEach(n -> byDay.computeIfAbsent(n.date(), d -> new ArrayList<>()).add(n));
        long total = 0;
        for (Map.Entry<LocalDate, List<NeedDay>> e : byDay.entrySet()) {
            LocalDate date = e.getKey();
            if (date.isBefore(problem.today())) {
                for (CoverageAssignment a : problem.accepted()) {
                    if (a.date().equals(date)) {
                        total += problem.weightOf(a.schoolId());
                    }
                }
                continue;
            }
            total += bestDay(problem, date, e.getValue(), rovers, perZone);
        }
        return total;
    }

    private static long bestDay(CoverageProblem problem, LocalDate date, List<NeedDay> needs,
                                Map<Long, Rover> rovers, boolean perZone) {
        List<Long> duty = new ArrayList<>(problem.roversOnDuty(date));
        duty.sort(Long::compare);
        Map<String, Integer> room = new HashMap<>();
        for (long id : duty) {
            room.merge(group(rovers.get(id), perZone), 1, Integer::sum);
        }
        room.replaceAll((g, n) -> n - Math.min(problem.settings().reserveRovers(), n));
        // Forced rovers: accepted coverage and pins on this day take one need of their school each.
        Set<Long> used = new HashSet<>();
        Map<Long, Integer> forcedPerSchool = new HashMap<>();
        long forcedWeight = 0;
        List<long[]> forced = new ArrayList<>();
        problem.accepted().stream().filter(a -> a.date().equals(date))
                .forEach(a -> forced.add(new long[]{a.roverId(), a.schoolId()}));
        problem.pins().stream().filter(p -> !p.isBlockPin() && p.date().equals(date))
                .forEach(p -> forced.add(new long[]{p.roverId(), p.schoolId()}));
        for (long[] pin : forced) {
            used.add(pin[0]);
            room.merge(group(rovers.get(pin[0]), perZone), -1, Integer::sum);
            forcedPerSchool.merge(pin[1], 1, Integer::sum);
            forcedWeight += problem.weightOf(pin[1]);
        }
        // One covering rover per school-day: a school with a forced rover takes no other.
        List<NeedDay> open = new ArrayList<>();
        for (NeedDay need : needs) {
            if (!forcedPerSchool.containsKey(need.schoolId())) {
                open.add(need);
            }
        }
        return forcedWeight + search(problem, open, 0, duty, used, new HashSet<>(), room, rovers, perZone);
    }

    /** Tries, for each open need in turn, leaving it uncovered or giving it each unused rover. */
    private static long search(CoverageProblem problem, List<NeedDay> open, int i, List<Long> duty, Set<Long> used,
                               Set<Long> schools, Map<String, Integer> room, Map<Long, Rover> rovers, boolean perZone) {
        if (i == open.size()) {
            return 0;
        }
        long best = search(problem, open, i + 1, duty, used, schools, room, rovers, perZone);
        long school = open.get(i).schoolId();
        if (schools.contains(school)) {
            return best;
        }
        schools.add(school);
        for (long id : duty) {
            String g = group(rovers.get(id), perZone);
            if (used.contains(id) || room.get(g) <= 0) {
                continue;
            }
            used.add(id);
            room.merge(g, -1, Integer::sum);
            long value = problem.weightOf(school)
                    + search(problem, open, i + 1, duty, used, schools, room, rovers, perZone);
            best = Math.max(best, value);
            room.merge(g, 1, Integer::sum);
            used.remove(id);
        }
        schools.remove(school);
        return best;
    }
}
