package org.srodesk.domain.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One planned school day: the rovers on duty grouped for the reserve, the pins applied, the
 * need-days chosen by weight and the rovers given to them. See {@link CoveragePlanner} for why
 * the choice is exact for objective (1).
 */
final class DayAllocation {

    /** Rovers of one reserve group (a zone, or the whole district) on this day. */
    static final class Group {
        final String key;
        int onDuty;
        int required;
        int used;

        Group(String key) {
            this.key = key;
        }

        int capacity() {
            return onDuty - required;
        }

        int remaining() {
            return capacity() - used;
        }
    }

    private final LocalDate date;
    private final PlanningContext ctx;
    private final List<Rover> onDuty = new ArrayList<>();
    private final Map<String, Group> groups = new TreeMap<>();
    private final Set<Long> busy = new HashSet<>();
    private final Set<Long> coveredSchools = new HashSet<>();
    private final Map<NeedDay, PlannedCoverage> covered = new HashMap<>();
    private final List<PlannedCoverage> assignments = new ArrayList<>();
    private final List<UncoveredNeed> uncovered = new ArrayList<>();
    private final List<NeedDay> needs;

    DayAllocation(LocalDate date, List<NeedDay> needs, PlanningContext ctx) {
        this.date = date;
        this.ctx = ctx;
        this.needs = needs;
        for (long id : ctx.problem().roversOnDuty(date)) {
            Rover rover = ctx.rover(id);
            if (rover != null) {
                onDuty.add(rover);
            }
        }
        onDuty.sort(Comparator.comparingLong(Rover::id));
        int reserve = ctx.problem().settings().reserveRovers();
        for (Rover rover : onDuty) {
            groups.computeIfAbsent(ctx.groupOf(rover), Group::new).onDuty++;
        }
        for (Group g : groups.values()) {
            g.required = Math.min(reserve, g.onDuty);
        }
    }

    boolean isOnDuty(long roverId) {
        return ctx.problem().roversOnDuty(date).contains(roverId) && ctx.rover(roverId) != null;
    }

    boolean isBusy(long roverId) {
        return busy.contains(roverId);
    }

    /** The need the rover covers today, or null. */
    NeedDay coveredBy(long roverId) {
        for (PlannedCoverage c : assignments) {
            if (c.roverId() == roverId) {
                return c.need();
            }
        }
        return null;
    }

    boolean isCovered(NeedDay need) {
        return covered.containsKey(need);
    }

    /** A school gets at most one covering rover a day. */
    boolean isSchoolCovered(long schoolId) {
        return coveredSchools.contains(schoolId);
    }

    List<NeedDay> needs() {
        return needs;
    }

    /** Room left in the rover's reserve group. */
    boolean groupHasRoom(long roverId) {
        Group g = groups.get(ctx.groupOf(ctx.rover(roverId)));
        return g != null && g.remaining() > 0;
    }

    /** Records a coverage; the caller has checked every hard constraint. */
    void assign(NeedDay need, long roverId, CoverageSource source, String why) {
        PlannedCoverage coverage = new PlannedCoverage(need, roverId, source, why);
        covered.put(need, coverage);
        coveredSchools.add(need.schoolId());
        busy.add(roverId);
        assignments.add(coverage);
        Rover rover = ctx.rover(roverId);
        Group g = rover == null ? null : groups.get(ctx.groupOf(rover));
        if (g != null) {
            g.used++;
        }
        ctx.recordCoverage(need, roverId);
    }

    void leaveUncovered(NeedDay need, UncoveredReason reason) {
        uncovered.add(new UncoveredNeed(need, reason, CoverageExplanations.uncovered(reason, need,
                ctx.problem().weightOf(need.schoolId()), onDuty.size(), totalCapacity(),
                ctx.problem().settings().reserveRovers(), ctx.perZoneReserve())));
    }

    int totalCapacity() {
        return groups.values().stream().mapToInt(Group::capacity).sum();
    }

    private int totalRemaining() {
        return groups.values().stream().mapToInt(Group::remaining).sum();
    }

    /**
     * Objective (1): take the heaviest free need-days up to the remaining capacity, at most one per
     * school (a school gets one covering rover a day); then (2)–(4): give them rovers. Need-days left
     * over are explained. All need-days of a school weigh the same, so keeping the first of each
     * school in weight order and then the heaviest {@code capacity} of those stays exact.
     */
    void planFreeNeeds() {
        int proposedBefore = assignments.size();
        List<NeedDay> free = new ArrayList<>();
        for (NeedDay need : needs) {
            if (!covered.containsKey(need)) {
                free.add(need);
            }
        }
        free.sort(Comparator.<NeedDay>comparingLong(n -> -ctx.problem().weightOf(n.schoolId()))
                .thenComparingInt(n -> continuationRover(n) != null ? 0 : 1)
                .thenComparing(PlanningContext.NEED_ORDER));
        List<NeedDay> eligible = new ArrayList<>();
        List<NeedDay> sameSchool = new ArrayList<>();
        Set<Long> seenSchools = new HashSet<>(coveredSchools);
        for (NeedDay need : free) {
            (seenSchools.add(need.schoolId()) ? eligible : sameSchool).add(need);
        }
        int take = Math.min(eligible.size(), Math.max(0, totalRemaining()));
        List<NeedDay> chosen = eligible.subList(0, take);
        List<NeedDay> leftover = new ArrayList<>(eligible.subList(take, eligible.size()));
        giveRovers(chosen);
        boolean proposedAny = assignments.size() > proposedBefore;
        for (NeedDay need : sameSchool) {
            if (coveredSchools.contains(need.schoolId())) {
                leaveUncovered(need, UncoveredReason.SCHOOL_ALREADY_COVERED);
            } else {
                leftover.add(need);
            }
        }
        for (NeedDay need : leftover) {
            UncoveredReason reason;
            if (onDuty.isEmpty()) {
                reason = UncoveredReason.NO_ROVER_ON_DUTY;
            } else if (totalCapacity() == 0) {
                reason = UncoveredReason.RESERVE_WOULD_BREAK;
            } else if (!proposedAny) {
                reason = UncoveredReason.ROVERS_PINNED_ELSEWHERE;
            } else {
                reason = UncoveredReason.ROVERS_COVERING_BUSIER_SCHOOLS;
            }
            leaveUncovered(need, reason);
        }
    }

    private Long continuationRover(NeedDay need) {
        Long previous = ctx.lastRoverOf(need.blockId());
        if (previous != null && isOnDuty(previous) && !busy.contains(previous) && groupHasRoom(previous)) {
            return previous;
        }
        return null;
    }

    /** Objectives (2) continuity, (3) same zone, (4) fewest covering days — in that order. */
    private void giveRovers(List<NeedDay> chosen) {
        List<NeedDay> open = new ArrayList<>();
        for (NeedDay need : chosen) {
            Long previous = continuationRover(need);
            if (previous != null) {
                assign(need, previous, CoverageSource.PROPOSED, CoverageExplanations.sameRoverAsBlock());
            } else {
                open.add(need);
            }
        }
        if (open.isEmpty()) {
            return;
        }
        List<Rover> candidates = new ArrayList<>();
        for (Rover rover : onDuty) {
            if (!busy.contains(rover.id())) {
                candidates.add(rover);
            }
        }
        candidates.sort(Comparator.<Rover>comparingInt(r -> ctx.loadOf(r.id())).thenComparingLong(Rover::id));
        List<NeedDay> stillOpen = new ArrayList<>();
        if (ctx.hasZones()) {
            Map<String, List<Rover>> byZone = new HashMap<>();
            for (Rover rover : candidates) {
                byZone.computeIfAbsent(rover.zone(), z -> new ArrayList<>()).add(rover);
            }
            Map<String, Integer> cursor = new HashMap<>();
            for (NeedDay need : open) {
                Rover pick = need.schoolZone().isBlank() ? null
                        : nextFree(byZone.getOrDefault(need.schoolZone(), List.of()), cursor, need.schoolZone());
                if (pick != null) {
                    int load = ctx.loadOf(pick.id());
                    assign(need, pick.id(), CoverageSource.PROPOSED,
                            CoverageExplanations.sameZone(pick.zone(), load) + previousNote(need));
                } else {
                    stillOpen.add(need);
                }
            }
        } else {
            stillOpen.addAll(open);
        }
        Map<String, Integer> cursor = new HashMap<>();
        for (NeedDay need : stillOpen) {
            Rover pick = nextFree(candidates, cursor, "");
            if (pick == null) {
                throw new IllegalStateException("Capacity was counted but no rover is left on " + date);
            }
            int load = ctx.loadOf(pick.id());
            String why = ctx.hasZones() && !need.schoolZone().isBlank()
                    ? CoverageExplanations.otherZone(need.schoolZone(), pick.zone(), load)
                    : CoverageExplanations.fewestDays(load);
            assign(need, pick.id(), CoverageSource.PROPOSED, why + previousNote(need));
        }
    }

    /** The first rover of {@code list} (from the cursor on) who is free and whose reserve group has room. */
    private Rover nextFree(List<Rover> list, Map<String, Integer> cursor, String key) {
        int i = cursor.getOrDefault(key, 0);
        Rover found = null;
        int scan = i;
        while (scan < list.size()) {
            Rover r = list.get(scan);
            if (!busy.contains(r.id()) && groupHasRoom(r.id())) {
                found = r;
                break;
            }
            scan++;
        }
        // Rovers skipped because busy stay skipped; rovers skipped for a full group may not be
        // skipped for ever in the district-wide pass, so only advance past busy ones.
        while (i < list.size() && busy.contains(list.get(i).id())) {
            i++;
        }
        cursor.put(key, i);
        return found;
    }

    private String previousNote(NeedDay need) {
        Long previous = ctx.lastRoverOf(need.blockId());
        Rover rover = previous == null ? null : ctx.rover(previous);
        return rover == null ? "" : CoverageExplanations.previousRoverNotFree(rover.name());
    }

    DayReserve reserve() {
        int covering = 0;
        int required = 0;
        Map<String, int[]> coveringByGroup = new HashMap<>();
        for (PlannedCoverage c : assignments) {
            Rover rover = ctx.rover(c.roverId());
            if (rover != null) {
                coveringByGroup.computeIfAbsent(ctx.groupOf(rover), k -> new int[1])[0]++;
            }
        }
        List<ZoneReserve> zones = new ArrayList<>();
        for (Group g : groups.values()) {
            int c = coveringByGroup.getOrDefault(g.key, new int[1])[0];
            covering += c;
            required += g.required;
            zones.add(new ZoneReserve(g.key, g.onDuty, g.required, c, g.onDuty - c));
        }
        return new DayReserve(date, onDuty.size(), required, covering, onDuty.size() - covering, zones);
    }

    List<PlannedCoverage> assignments() {
        return assignments;
    }

    List<UncoveredNeed> uncovered() {
        return uncovered;
    }
}
