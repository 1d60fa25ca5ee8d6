package org.srodesk.domain.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;

/**
 * "Is a rover free for school S on day D?" — asked by the time-off dialog (its COVERAGE finding)
 * and anything else that must not disagree with the planner. It plans day D with the planner's
 * own rules (reserve, pins, accepted coverage, weights):
 * <ol>
 *   <li>rovers on duty who cover nothing that day and whose reserve group has room are spare:
 *       the answer is yes, with them (rovers of the school's zone first);</li>
 *   <li>otherwise day D is planned again with one more need at S; if the planner gives it a rover,
 *       the answer is yes, but that rover comes from the need-day named in {@code displaced}
 *       (a school with fewer calls for service);</li>
 *   <li>otherwise no, with the planner's reason and sentence.</li>
 * </ol>
 * Only day D is planned, so the rover named may differ from the whole-period plan (continuity
 * and balance look at earlier days); whether a rover is free does not.
 */
public final class AvailabilityCheck {

    private AvailabilityCheck() {
    }

    public static RoverAvailability isRoverFree(RosterSnapshot snapshot, Map<Long, ? extends Number> callsForService,
                                                CoverageSettings settings, long schoolId, LocalDate date) {
        School school = snapshot.schools().get(schoolId);
        if (school == null) {
            throw new IllegalArgumentException("Unknown school " + schoolId);
        }
        CoverageProblem problem = CoverageProblemBuilder.fromRoster(snapshot, callsForService, settings,
                List.of(), List.of(), date);
        return isRoverFree(problem, school, date);
    }

    public static RoverAvailability isRoverFree(CoverageProblem problem, School school, LocalDate date) {
        CoveragePlanner planner = new CoveragePlanner();
        CoverageProblem day = problem.onlyDay(date);
        CoveragePlan base = planner.plan(day);
        List<Long> spare = spareRovers(day, base, date, school.zone());
        if (!spare.isEmpty()) {
            return new RoverAvailability(true, spare, null, spare.size() == 1
                    ? "1 rover is free on " + CoverageExplanations.day(date) + "."
                    : spare.size() + " rovers are free on " + CoverageExplanations.day(date) + ".", Optional.empty());
        }
        AbsenceBlock probe = new AbsenceBlock(school.id() + "/CHECK/" + date, school.id(), school.code(), school.zone(),
                0, NeedReason.MANUAL, null, date, date, List.of(date), "availability check");
        CoveragePlan with = planner.plan(day.withBlock(probe));
        NeedDay probeNeed = probe.needDays().get(0);
        Optional<PlannedCoverage> got = with.coverageOf(probeNeed);
        if (got.isPresent()) {
            Set<NeedDay> coveredBefore = new HashSet<>();
            base.assignments().forEach(a -> coveredBefore.add(a.need()));
            Optional<NeedDay> displaced = with.uncovered().stream().map(UncoveredNeed::need)
                    .filter(coveredBefore::contains).findFirst();
            String from = displaced.map(n -> " by taking the rover from " + CoverageExplanations.school(n)
                    + ", which has fewer calls for service").orElse("");
            return new RoverAvailability(true, List.of(got.get().roverId()), null,
                    "A rover can cover " + school.code() + " on " + CoverageExplanations.day(date) + from + ".", displaced);
        }
        UncoveredNeed why = with.uncovered().stream().filter(u -> u.need().equals(probeNeed)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The probe need is neither covered nor uncovered"));
        return new RoverAvailability(false, List.of(), why.reason(), why.explanation(), Optional.empty());
    }

    private static List<Long> spareRovers(CoverageProblem day, CoveragePlan plan, LocalDate date, String schoolZone) {
        PlanningContext ctx = new PlanningContext(day);
        Set<Long> busy = new HashSet<>();
        plan.assignmentsOn(date).forEach(a -> busy.add(a.roverId()));
        DayReserve reserve = plan.reserveOn(date).orElse(null);
        if (reserve == null) {
            return List.of();
        }
        Set<String> groupsWithRoom = new HashSet<>();
        for (ZoneReserve zone : reserve.zones()) {
            if (zone.free() > zone.required()) {
                groupsWithRoom.add(zone.zone());
            }
        }
        List<Rover> spare = new ArrayList<>();
        for (long id : day.roversOnDuty(date)) {
            Rover rover = ctx.rover(id);
            if (rover != null && !busy.contains(id) && groupsWithRoom.contains(ctx.groupOf(rover))) {
                spare.add(rover);
            }
        }
        spare.sort(Comparator.<Rover>comparingInt(r -> r.zone().equals(schoolZone) ? 0 : 1).thenComparingLong(Rover::id));
        return spare.stream().map(Rover::id).toList();
    }
}
