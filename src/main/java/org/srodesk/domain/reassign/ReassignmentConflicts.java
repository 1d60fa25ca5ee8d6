package org.srodesk.domain.reassign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.srodesk.domain.CoverageAssignment;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.ReassignmentStatus;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.domain.timeoff.PolicyWords;

/**
 * Checks a proposed reassignment against the roster, without touching anything: the conflicts the
 * dialog shows before saving, and what the reassignment leaves uncovered.
 *
 * <p>Conflicts (each needs an explicit, recorded confirmation to save):
 * <ul>
 *   <li>{@link ConflictType#APPROVED_TIME_OFF}: approved time off on any of the days — it wins on the
 *       roster ({@link org.srodesk.domain.DayStatusRule}), so the order would not take effect those days;</li>
 *   <li>{@link ConflictType#OVERLAPPING_REASSIGNMENT}: another active reassignment of the officer;</li>
 *   <li>{@link ConflictType#ROVER_COVERING}: accepted coverage of a high school by the officer (a
 *       rover) on any of the days; the dialog offers to release it.</li>
 * </ul>
 *
 * <p>Gaps ({@link SchoolGap}): per school, the school days the officer would have been there — their
 * own post, unless reassigned to that very school, or the high school they were to cover — and which of
 * those days are covered anyway (accepted coverage by another rover, or another officer reassigned there).
 *
 * <p>Build one instance per snapshot (it indexes coverage once) and call {@link #check} per reassignment.
 * The snapshot must hold the records and calendar of every day checked.
 */
public final class ReassignmentConflicts {

    private final RosterSnapshot snapshot;
    /** "schoolId@date" → ids of the officers present there by coverage or a reassignment to the school. */
    private final Map<String, Set<Long>> presentAt = new HashMap<>();

    public ReassignmentConflicts(RosterSnapshot snapshot) {
        this.snapshot = snapshot;
        for (Officer officer : snapshot.officers()) {
            var schedule = snapshot.schedule(officer.id());
            for (CoverageAssignment coverage : schedule.coverage()) {
                presentAt.computeIfAbsent(key(coverage.schoolId(), coverage.date()), k -> new HashSet<>()).add(officer.id());
            }
            for (Reassignment r : schedule.reassignments()) {
                if (r.toSchool() && r.status() == ReassignmentStatus.ACTIVE) {
                    LocalDate last = r.endDate() == null ? snapshot.period().end() : r.endDate();
                    LocalDate first = r.startDate().isBefore(snapshot.period().start()) ? snapshot.period().start() : r.startDate();
                    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                        presentAt.computeIfAbsent(key(r.destinationSchoolId(), d), k -> new HashSet<>()).add(officer.id());
                    }
                }
            }
        }
    }

    /** Checks one proposal in a throwaway instance; see {@link #check(Reassignment, DateRange)}. */
    public static ReassignmentCheck check(RosterSnapshot snapshot, Reassignment proposed, DateRange horizon) {
        return new ReassignmentConflicts(snapshot).check(proposed, horizon);
    }

    /**
     * @param proposed the reassignment as it would be saved; its id (0 when new) is left out of the
     *                 overlap check, so an edit does not conflict with itself
     * @param horizon  the days to examine: the reassignment's days, or up to a horizon when open-ended
     */
    public ReassignmentCheck check(Reassignment proposed, DateRange horizon) {
        Officer officer = snapshot.officer(proposed.officerId())
                .orElseThrow(() -> new IllegalArgumentException("Officer " + proposed.officerId() + " is not in the roster"));
        var schedule = snapshot.schedule(officer.id());
        List<ReassignmentConflict> conflicts = new ArrayList<>();
        for (TimeOffRequest request : schedule.timeOff()) {
            if (request.status() == TimeOffStatus.APPROVED && request.range().overlaps(horizon)) {
                List<LocalDate> days = overlap(request.range(), horizon);
                conflicts.add(new ReassignmentConflict(ConflictType.APPROVED_TIME_OFF, officer.displayName()
                        + " has approved " + request.kind().label().toLowerCase() + " on " + PolicyWords.days(days)
                        + " (request #" + request.id() + "). Time off comes first on the roster: the order does not"
                        + " take effect on those days.", days, request.id(), List.of()));
            }
        }
        for (Reassignment other : schedule.reassignments()) {
            if (other.id() == proposed.id() || other.status() != ReassignmentStatus.ACTIVE) {
                continue;
            }
            DateRange range = new DateRange(other.startDate(), other.endDate() == null ? horizon.end() : other.endDate());
            if (range.overlaps(horizon)) {
                List<LocalDate> days = overlap(range, horizon);
                conflicts.add(new ReassignmentConflict(ConflictType.OVERLAPPING_REASSIGNMENT, officer.displayName()
                        + " is already reassigned to " + destination(other) + " on " + PolicyWords.days(days)
                        + " (reassignment #" + other.id() + ", ordered by " + other.orderedBy() + ").",
                        days, other.id(), List.of()));
            }
        }
        Map<Long, List<CoverageAssignment>> coveringBySchool = new TreeMap<>();
        for (CoverageAssignment coverage : schedule.coverage()) {
            if (horizon.contains(coverage.date())) {
                coveringBySchool.computeIfAbsent(coverage.schoolId(), k -> new ArrayList<>()).add(coverage);
            }
        }
        Map<Long, List<LocalDate>> gapDays = new LinkedHashMap<>();
        Map<Long, List<LocalDate>> coveredDays = new LinkedHashMap<>();
        coveringBySchool.forEach((schoolId, rows) -> {
            School school = snapshot.schools().get(schoolId);
            List<LocalDate> days = rows.stream().map(CoverageAssignment::date).sorted().toList();
            conflicts.add(new ReassignmentConflict(ConflictType.ROVER_COVERING, officer.displayName()
                    + " is the accepted rover for " + name(school) + " on " + PolicyWords.days(days)
                    + ". Release that coverage so the coverage planner can find another rover.", days, 0,
                    rows.stream().map(CoverageAssignment::id).toList()));
            if (!(proposed.toSchool() && proposed.destinationSchoolId() == schoolId)) {
                gapDays.computeIfAbsent(schoolId, k -> new ArrayList<>()).addAll(days);
            }
        });
        for (LocalDate day : snapshot.calendar().schoolDays(horizon)) {
            var home = snapshot.homeSchool(officer.id(), day);
            if (home.isEmpty() || proposed.toSchool() && proposed.destinationSchoolId() == home.get().id()) {
                continue;
            }
            long schoolId = home.get().id();
            gapDays.computeIfAbsent(schoolId, k -> new ArrayList<>()).add(day);
            Set<Long> present = presentAt.getOrDefault(key(schoolId, day), Set.of());
            if (present.stream().anyMatch(id -> id != officer.id())) {
                coveredDays.computeIfAbsent(schoolId, k -> new ArrayList<>()).add(day);
            }
        }
        List<SchoolGap> gaps = new ArrayList<>();
        gapDays.forEach((schoolId, days) -> gaps.add(new SchoolGap(snapshot.schools().get(schoolId),
                days.stream().distinct().sorted().toList(), coveredDays.getOrDefault(schoolId, List.of()),
                proposed.endDate() == null)));
        return new ReassignmentCheck(conflicts, gaps, horizon);
    }

    /** Where a reassignment sends the officer: the school's name or the duty. */
    public String destination(Reassignment reassignment) {
        if (!reassignment.toSchool()) {
            return reassignment.destinationDuty();
        }
        return name(snapshot.schools().get(reassignment.destinationSchoolId()));
    }

    private static String name(School school) {
        return school == null ? "an unknown school" : school.name() + " (" + school.code() + ")";
    }

    private static List<LocalDate> overlap(DateRange a, DateRange b) {
        LocalDate first = a.start().isAfter(b.start()) ? a.start() : b.start();
        LocalDate last = a.end().isBefore(b.end()) ? a.end() : b.end();
        return new DateRange(first, last).stream().toList();
    }

    private static String key(long schoolId, LocalDate day) {
        return schoolId + "@" + day;
    }
}
