package org.srodesk.domain.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.srodesk.domain.CoverageAssignment;

/**
 * Plans rover coverage for high schools whose primary SRO is away. Pure and deterministic: the
 * same problem always gives the same plan (ties are broken by ids).
 *
 * <h2>Rules</h2>
 * Hard: a rover covers at most one need a day and only on a day it is on duty; each reserve
 * group (a zone when the district has zones and the reserve is per zone, else the district)
 * keeps {@code min(R, rovers of the group on duty)} rovers free; pins and accepted coverage from
 * today on are kept (or reported as a {@link PinConflict} when they break a hard rule); days
 * before today are history — accepted coverage there is reported as is, the rest as
 * {@link UncoveredReason#IN_THE_PAST}.
 * Objectives, strictly in this order: (1) maximise the covered need-days weighted by the
 * school's calls for service; (2) one rover per absence block; (3) a rover of the school's zone;
 * (4) balance covering days across rovers.
 *
 * <h2>Algorithm</h2>
 * Days are independent for every hard constraint, so each day is planned on its own, in date
 * order: (a) accepted coverage, then the sergeant's pins, are applied in order, each checked
 * against the hard rules; (b) with {@code cap_g = onDuty_g − min(R, onDuty_g)} per reserve group
 * and {@code used_g} rovers of the group already pinned, the free need-days are sorted by weight
 * (descending; ties: a need whose block's previous rover is still free first, then school id,
 * absent officer id, block id) and the first {@code C = Σ_g (cap_g − used_g)} are taken;
 * (c) the taken need-days get rovers: first the rover who covered the block's previous day when
 * free and its group has room (2); then a free rover of the school's zone, fewest covering days
 * first (3, 4); then any free rover whose group has room, fewest covering days first (4).
 * Everything is O(rovers log rovers + needs log needs) per day.
 *
 * <h2>Why (1) is exact</h2>
 * On one day, any rover on duty may cover any need-day; the only limits are one need per rover
 * and the per-group counts. So a set S of free need-days can be covered (together with the pins)
 * iff |S| ≤ C: if |S| ≤ C, give S's need-days free rovers group by group, at most
 * {@code cap_g − used_g} from group g — enough rovers exist because group g has
 * {@code onDuty_g − used_g ≥ cap_g − used_g} free ones; conversely every covering rover of
 * group g beyond the pins uses one of its {@code cap_g − used_g} places, so |S| ≤ C. The feasible
 * sets are therefore exactly the sets of at most C need-days (a uniform matroid), on which taking
 * the C heaviest maximises the weight — and, among maximum-weight sets, also the count. Pins are
 * forced, so day weight = pinned weight + the C heaviest free need-days, which is the optimum
 * under the pins. Days do not interact in any hard rule, so summing the days' optima gives the
 * optimum of the whole period. Step (c) only chooses rovers for a fixed set, so it cannot change (1).
 *
 * <h2>What (2)–(4) guarantee</h2>
 * Given the earlier days, each day maximises the number of need-days kept with their block's
 * previous rover (each need has at most one such rover, so taking every available one, group
 * room permitting, is a maximum), then, among the rest, the number of same-zone rovers (per zone
 * {@code min(needs of the zone, room)} — the maximum), then picks the least-loaded rovers. Over
 * the whole period this is greedy in date order: it does not look ahead (a block may start with
 * a rover who is off later in the block, and ties among equal-weight need-days may be settled in
 * a way that a later day would have preferred otherwise).
 */
public final class CoveragePlanner {

    /** Plans the problem's whole period. */
    public CoveragePlan plan(CoverageProblem problem) {
        PlanningContext ctx = new PlanningContext(problem);
        Map<LocalDate, List<NeedDay>> needsByDay = new HashMap<>();
        for (NeedDay need : problem.needDays()) {
            needsByDay.computeIfAbsent(need.date(), d -> new ArrayList<>()).add(need);
        }
        needsByDay.values().forEach(list -> list.sort(PlanningContext.NEED_ORDER));
        List<PinConflict> conflicts = new ArrayList<>();
        Map<LocalDate, List<DayPin>> pinsByDay = expandPins(problem, conflicts);
        Map<LocalDate, List<CoverageAssignment>> pastAccepted = new HashMap<>();
        for (CoverageAssignment a : problem.accepted()) {
            if (a.date().isBefore(problem.today())) {
                pastAccepted.computeIfAbsent(a.date(), d -> new ArrayList<>()).add(a);
            }
        }
        TreeSet<LocalDate> days = new TreeSet<>(needsByDay.keySet());
        days.addAll(problem.roversOnDuty().keySet());
        days.addAll(pinsByDay.keySet());
        days.addAll(pastAccepted.keySet());

        List<PlannedCoverage> assignments = new ArrayList<>();
        List<UncoveredNeed> uncovered = new ArrayList<>();
        List<DayReserve> reserves = new ArrayList<>();
        for (LocalDate day : days) {
            DayAllocation allocation = new DayAllocation(day, needsByDay.getOrDefault(day, List.of()), ctx);
            if (day.isBefore(problem.today())) {
                replayHistory(allocation, pastAccepted.getOrDefault(day, List.of()), conflicts);
            } else {
                for (DayPin pin : pinsByDay.getOrDefault(day, List.of())) {
                    applyPin(allocation, pin, conflicts);
                }
                allocation.planFreeNeeds();
            }
            assignments.addAll(allocation.assignments());
            uncovered.addAll(allocation.uncovered());
            if (!problem.roversOnDuty(day).isEmpty() || !allocation.needs().isEmpty()) {
                reserves.add(allocation.reserve());
            }
        }
        Comparator<NeedDay> byDate = Comparator.comparing(NeedDay::date).thenComparing(PlanningContext.NEED_ORDER);
        assignments.sort(Comparator.comparing(PlannedCoverage::need, byDate));
        uncovered.sort(Comparator.comparing(UncoveredNeed::need, byDate));
        return new CoveragePlan(assignments, uncovered, reserves, conflicts, totals(problem, assignments, uncovered));
    }

    /** A pin or accepted coverage on one day. {@code blockId} null: any free need of the school. */
    private record DayPin(long roverId, long schoolId, String blockId, long absentOfficerId, LocalDate date,
                          CoverageSource source) {
    }

    private static Map<LocalDate, List<DayPin>> expandPins(CoverageProblem problem, List<PinConflict> conflicts) {
        Map<LocalDate, List<DayPin>> byDay = new HashMap<>();
        List<CoverageAssignment> accepted = new ArrayList<>(problem.accepted());
        accepted.sort(Comparator.comparing(CoverageAssignment::date).thenComparingLong(CoverageAssignment::schoolId)
                .thenComparingLong(CoverageAssignment::roverId));
        for (CoverageAssignment a : accepted) {
            if (!a.date().isBefore(problem.today())) {
                byDay.computeIfAbsent(a.date(), d -> new ArrayList<>()).add(new DayPin(a.roverId(), a.schoolId(),
                        null, a.absentOfficerId(), a.date(), CoverageSource.ACCEPTED));
            }
        }
        Map<String, AbsenceBlock> blocks = new HashMap<>();
        problem.blocks().forEach(b -> blocks.put(b.id(), b));
        for (CoveragePin pin : problem.pins()) {
            if (!pin.isBlockPin()) {
                if (pin.date().isBefore(problem.today())) {
                    conflicts.add(conflict(pin.roverId(), pin.schoolId(), pin.date(), false, PinConflictReason.IN_THE_PAST));
                } else {
                    byDay.computeIfAbsent(pin.date(), d -> new ArrayList<>()).add(new DayPin(pin.roverId(),
                            pin.schoolId(), null, -1, pin.date(), CoverageSource.PINNED));
                }
                continue;
            }
            AbsenceBlock block = blocks.get(pin.blockId());
            if (block == null) {
                conflicts.add(conflict(pin.roverId(), 0, null, false, PinConflictReason.NO_SUCH_NEED));
                continue;
            }
            for (LocalDate date : block.needDates()) {
                if (!date.isBefore(problem.today())) {
                    byDay.computeIfAbsent(date, d -> new ArrayList<>()).add(new DayPin(pin.roverId(),
                            block.schoolId(), block.id(), block.absentOfficerId(), date, CoverageSource.PINNED));
                }
            }
        }
        return byDay;
    }

    private static void applyPin(DayAllocation day, DayPin pin, List<PinConflict> conflicts) {
        boolean accepted = pin.source() == CoverageSource.ACCEPTED;
        NeedDay current = day.coveredBy(pin.roverId());
        if (current != null && matches(pin, current)) {
            return; // already holds: an accepted coverage pinned again
        }
        PinConflictReason problem = null;
        NeedDay target = null;
        if (!day.isOnDuty(pin.roverId())) {
            problem = PinConflictReason.ROVER_NOT_ON_DUTY;
        } else if (current != null) {
            problem = PinConflictReason.ROVER_ALREADY_COVERING;
        } else {
            target = findNeed(day, pin);
            if (target == null) {
                boolean exists = day.needs().stream().anyMatch(n -> matches(pin, n));
                problem = exists ? PinConflictReason.NEED_ALREADY_COVERED : PinConflictReason.NO_SUCH_NEED;
            } else if (day.isSchoolCovered(target.schoolId())) {
                problem = PinConflictReason.SCHOOL_ALREADY_COVERED;
            } else if (!day.groupHasRoom(pin.roverId())) {
                problem = PinConflictReason.RESERVE_WOULD_BREAK;
            }
        }
        if (problem != null) {
            conflicts.add(conflict(pin.roverId(), pin.schoolId(), pin.date(), accepted, problem));
            return;
        }
        day.assign(target, pin.roverId(), pin.source(),
                accepted ? CoverageExplanations.accepted(false) : CoverageExplanations.pinned());
    }

    private static void replayHistory(DayAllocation day, List<CoverageAssignment> accepted, List<PinConflict> conflicts) {
        for (CoverageAssignment a : accepted) {
            DayPin pin = new DayPin(a.roverId(), a.schoolId(), null, a.absentOfficerId(), a.date(), CoverageSource.ACCEPTED);
            NeedDay target = day.coveredBy(a.roverId()) == null ? findNeed(day, pin) : null;
            if (target == null) {
                conflicts.add(conflict(a.roverId(), a.schoolId(), a.date(), true, PinConflictReason.NO_SUCH_NEED));
            } else {
                day.assign(target, a.roverId(), CoverageSource.ACCEPTED, CoverageExplanations.accepted(true));
            }
        }
        for (NeedDay need : day.needs()) {
            if (!day.isCovered(need)) {
                day.leaveUncovered(need, UncoveredReason.IN_THE_PAST);
            }
        }
    }

    private static boolean matches(DayPin pin, NeedDay need) {
        return pin.blockId() != null ? pin.blockId().equals(need.blockId()) : pin.schoolId() == need.schoolId();
    }

    /** The free need the pin targets: its block's, or the school's — the absent officer's own first. */
    private static NeedDay findNeed(DayAllocation day, DayPin pin) {
        NeedDay fallback = null;
        for (NeedDay need : day.needs()) {
            if (matches(pin, need) && !day.isCovered(need)) {
                if (need.absentOfficerId() == pin.absentOfficerId()) {
                    return need;
                }
                if (fallback == null) {
                    fallback = need;
                }
            }
        }
        return fallback;
    }

    private static PinConflict conflict(long roverId, long schoolId, LocalDate date, boolean accepted,
                                        PinConflictReason reason) {
        return new PinConflict(roverId, schoolId, date, accepted, reason,
                CoverageExplanations.conflict(reason, roverId, date));
    }

    private static PlanTotals totals(CoverageProblem problem, List<PlannedCoverage> assignments,
                                     List<UncoveredNeed> uncovered) {
        long weightedCovered = 0;
        for (PlannedCoverage c : assignments) {
            weightedCovered += problem.weightOf(c.schoolId());
        }
        long weightedUncovered = 0;
        for (UncoveredNeed u : uncovered) {
            weightedUncovered += problem.weightOf(u.need().schoolId());
        }
        return new PlanTotals(weightedCovered, assignments.size(), weightedUncovered, uncovered.size());
    }
}
