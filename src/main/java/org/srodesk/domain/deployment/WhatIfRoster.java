package org.srodesk.domain.deployment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.srodesk.domain.Assignment;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.coverage.CoveragePlan;
import org.srodesk.domain.coverage.PlannedCoverage;
import org.srodesk.domain.coverage.UncoveredNeed;

/**
 * Applies {@link DeploymentChange}s, in order, to a roster in memory and says what was done.
 *
 * <ul>
 *   <li><b>Remove N rovers</b>: the rovers with the fewest covering days in the current plan go
 *       first (they cost the high schools least); ties go to the highest officer id (the most
 *       recently added). Their accepted coverage goes with them.</li>
 *   <li><b>Add N rovers</b>: new rovers with no time off, on rover duty every school day, in the
 *       zone given, or else in the zone whose high schools have the most uncovered need-days in the
 *       current plan (ties: zone name; "" when no rover has a zone).</li>
 *   <li><b>Move a primary</b>: the officer's postings are replaced by one posting to the new school
 *       covering every loaded day; the old post is vacant (a need the planner may cover).</li>
 *   <li><b>Drop a school's SRO</b>: every primary posted to the school during the period leaves
 *       the unit (with all their records); the school keeps officers reassigned to it.</li>
 * </ul>
 */
public final class WhatIfRoster {

    /** The changed roster and one sentence per change saying what it did. */
    public record Result(RosterSnapshot snapshot, List<String> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    private WhatIfRoster() {
    }

    /**
     * @param currentPlan the plan of the unchanged roster: which rovers cover least, which zone lacks most
     * @throws IllegalArgumentException for an unknown officer or school, or moving a rover
     */
    public static Result apply(RosterSnapshot snapshot, List<DeploymentChange> changes, CoveragePlan currentPlan) {
        RosterParts parts = new RosterParts(snapshot);
        List<String> notes = new ArrayList<>();
        for (DeploymentChange change : changes) {
            if (change instanceof DeploymentChange.RemoveRovers r) {
                notes.add(removeRovers(parts, r.count(), currentPlan));
            } else if (change instanceof DeploymentChange.AddRovers a) {
                notes.add(addRovers(parts, a, currentPlan));
            } else if (change instanceof DeploymentChange.MovePrimary m) {
                notes.add(movePrimary(parts, m));
            } else if (change instanceof DeploymentChange.DropSchoolSro d) {
                notes.add(dropSchool(parts, d.schoolId()));
            }
        }
        return new Result(parts.build(), notes);
    }

    private static String removeRovers(RosterParts parts, int count, CoveragePlan plan) {
        Map<Long, Integer> covering = new HashMap<>();
        for (PlannedCoverage c : plan.assignments()) {
            covering.merge(c.roverId(), 1, Integer::sum);
        }
        List<Officer> rovers = new ArrayList<>(parts.officers.stream().filter(Officer::isRover).toList());
        rovers.sort(Comparator.<Officer>comparingInt(o -> covering.getOrDefault(o.id(), 0))
                .thenComparing(Comparator.comparingLong(Officer::id).reversed()));
        List<Officer> removed = rovers.subList(0, Math.min(count, rovers.size()));
        Set<Long> ids = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (Officer o : removed) {
            ids.add(o.id());
            names.add(o.displayName() + " (" + covering.getOrDefault(o.id(), 0) + " covering days)");
        }
        dropOfficers(parts, ids);
        String shortfall = removed.size() < count ? " — only " + removed.size() + " rovers to remove" : "";
        return "Removed " + removed.size() + (removed.size() == 1 ? " rover: " : " rovers: ")
                + (names.isEmpty() ? "none" : String.join(", ", names)) + shortfall;
    }

    private static String addRovers(RosterParts parts, DeploymentChange.AddRovers add, CoveragePlan plan) {
        String zone = add.zone().isBlank() ? neediestZone(parts, plan) : add.zone();
        int existing = (int) parts.officers.stream().filter(o -> o.badge().startsWith("NEW-")).count();
        for (int i = 1; i <= add.count(); i++) {
            int n = existing + i;
            parts.officers.add(new Officer(parts.newId(), "NEW-" + n, "Rover " + n, "New", "Ofc.", OfficerRole.ROVER,
                    "", "", zone));
        }
        return "Added " + add.count() + (add.count() == 1 ? " rover" : " rovers")
                + (zone.isBlank() ? "" : " in zone " + zone) + ", on duty every school day";
    }

    private static String neediestZone(RosterParts parts, CoveragePlan plan) {
        Set<String> zones = new HashSet<>();
        parts.officers.stream().filter(Officer::isRover).map(Officer::zone).filter(z -> !z.isBlank()).forEach(zones::add);
        if (zones.isEmpty()) {
            return "";
        }
        Map<String, Integer> uncovered = new TreeMap<>();
        zones.forEach(z -> uncovered.put(z, 0));
        for (UncoveredNeed u : plan.uncovered()) {
            uncovered.computeIfPresent(u.need().schoolZone(), (z, n) -> n + 1);
        }
        return uncovered.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("");
    }

    private static String movePrimary(RosterParts parts, DeploymentChange.MovePrimary move) {
        Officer officer = parts.officers.stream().filter(o -> o.id() == move.officerId()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No officer " + move.officerId() + " in the roster"));
        if (officer.isRover()) {
            throw new IllegalArgumentException(officer.displayName() + " is a rover: only a primary SRO has a post to move");
        }
        School to = school(parts, move.toSchoolId());
        String from = parts.assignments.stream().filter(a -> a.officerId() == officer.id()
                        && a.covers(parts.source.period().start()))
                .map(a -> parts.source.schools().get(a.schoolId())).filter(s -> s != null)
                .map(School::code).findFirst().orElse("no post");
        parts.assignments.removeIf(a -> a.officerId() == officer.id());
        LocalDate first = parts.source.calendar().knownRange().map(r -> r.start()).orElse(parts.source.period().start());
        if (first.isAfter(parts.source.period().start())) {
            first = parts.source.period().start();
        }
        parts.assignments.add(new Assignment(parts.newId(), officer.id(), to.id(), first, null));
        return "Moved " + officer.displayName() + " from " + from + " to " + to.code();
    }

    private static String dropSchool(RosterParts parts, long schoolId) {
        School school = school(parts, schoolId);
        var period = parts.source.period();
        Set<Long> ids = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (Assignment a : parts.assignments) {
            boolean during = !a.startDate().isAfter(period.end()) && (a.endDate() == null || !a.endDate().isBefore(period.start()));
            if (a.schoolId() == schoolId && during && ids.add(a.officerId())) {
                parts.officers.stream().filter(o -> o.id() == a.officerId()).findFirst()
                        .ifPresent(o -> names.add(o.displayName()));
            }
        }
        dropOfficers(parts, ids);
        return "Dropped the SRO post at " + school.code() + ": "
                + (names.isEmpty() ? "no primary SRO was posted there" : String.join(", ", names) + " left the unit");
    }

    private static School school(RosterParts parts, long id) {
        School school = parts.source.schools().get(id);
        if (school == null) {
            throw new IllegalArgumentException("No school " + id + " in the roster");
        }
        return school;
    }

    private static void dropOfficers(RosterParts parts, Set<Long> ids) {
        parts.officers.removeIf(o -> ids.contains(o.id()));
        parts.assignments.removeIf(a -> ids.contains(a.officerId()));
        parts.timeOff.removeIf(t -> ids.contains(t.officerId()));
        parts.reassignments.removeIf(r -> ids.contains(r.officerId()));
        parts.coverage.removeIf(c -> ids.contains(c.roverId()));
    }
}
