package org.srodesk.domain.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.srodesk.domain.Assignment;
import org.srodesk.domain.DayStatus;
import org.srodesk.domain.DayStatusKind;
import org.srodesk.domain.Officer;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.domain.TimeOffKind;

/**
 * Finds the need-days of a period: school days on which a high school lacks a primary SRO as
 * part of an <em>extended</em> absence, plus the sergeant's manual needs.
 *
 * <ul>
 *   <li>A primary is away on a school day when {@link DayStatus#isAwayFromPost()} — approved
 *       full-day time off, or reassigned — except a reassignment to the same school. Partial-day
 *       time off is not an absence.</li>
 *   <li>A post is vacant on a school day when no primary SRO's assignment to the school covers it.</li>
 *   <li>An absence (or vacancy) is extended when it runs for at least K consecutive <em>school</em>
 *       days: non-session days inside do not break it. A run that touches the edge of the period
 *       is followed into the days beyond (as far as the calendar and the loaded records go), so a
 *       long absence starting last month still counts.</li>
 *   <li>An officer reassigned <em>to</em> a high school fills one need there that day (needs of
 *       absent primaries first, by officer id, then the vacancy).</li>
 *   <li>Manual needs count whatever K.</li>
 * </ul>
 */
public final class NeedFinder {

    /** How far beyond the period a run is followed, in calendar days. */
    private static final int LOOK_BEYOND_DAYS = 120;

    private NeedFinder() {
    }

    public static List<AbsenceBlock> find(RosterSnapshot snapshot, CoverageSettings settings, List<ManualNeed> manual) {
        SchoolCalendar calendar = snapshot.calendar();
        List<LocalDate> schoolDays = calendar.schoolDays(snapshot.period());
        Map<Long, List<Officer>> primariesBySchool = primariesOfHighSchools(snapshot);
        Map<Long, Map<LocalDate, Integer>> filledBy = reassignedIn(snapshot, schoolDays);
        List<AbsenceBlock> blocks = new ArrayList<>();
        List<School> highSchools = snapshot.schools().values().stream().filter(School::isHigh)
                .sorted(Comparator.comparingLong(School::id)).toList();
        int k = settings.minBlockDays();
        for (School school : highSchools) {
            List<AbsenceBlock> ofSchool = new ArrayList<>();
            List<Officer> primaries = primariesBySchool.getOrDefault(school.id(), List.of());
            for (Officer officer : primaries) {
                Predicate<LocalDate> posted = d -> postedAt(snapshot, officer.id(), school.id(), d);
                Predicate<LocalDate> away = d -> posted.test(d) && isAway(snapshot.statusOf(officer.id(), d), school.id());
                for (List<LocalDate> run : runs(schoolDays, away)) {
                    if (extendedLength(calendar, schoolDays, run, away, k) >= k) {
                        ofSchool.add(block(school, officer.id(), run, snapshot));
                    }
                }
            }
            Predicate<LocalDate> vacant = d -> primaries.stream().noneMatch(o -> postedAt(snapshot, o.id(), school.id(), d));
            for (List<LocalDate> run : runs(schoolDays, vacant)) {
                if (extendedLength(calendar, schoolDays, run, vacant, k) >= k) {
                    ofSchool.add(block(school, 0, run, snapshot));
                }
            }
            blocks.addAll(removeFilledDays(ofSchool, filledBy.getOrDefault(school.id(), Map.of())));
        }
        int n = 0;
        for (ManualNeed need : manual) {
            School school = snapshot.schools().get(need.schoolId());
            if (school == null) {
                throw new IllegalArgumentException("Manual need for unknown school " + need.schoolId());
            }
            blocks.add(new AbsenceBlock(school.id() + "/M" + (++n) + "/" + need.date(), school.id(), school.code(),
                    school.zone(), 0, NeedReason.MANUAL, null, need.date(), need.date(), List.of(need.date()), need.note()));
        }
        return blocks;
    }

    private static boolean isAway(DayStatus status, long schoolId) {
        if (!status.isAwayFromPost()) {
            return false;
        }
        return !(status.kind() == DayStatusKind.REASSIGNED && status.schoolId() == schoolId);
    }

    private static boolean postedAt(RosterSnapshot snapshot, long officerId, long schoolId, LocalDate day) {
        for (Assignment a : snapshot.schedule(officerId).assignments()) {
            if (a.schoolId() == schoolId && a.covers(day)) {
                return true;
            }
        }
        return false;
    }

    private static Map<Long, List<Officer>> primariesOfHighSchools(RosterSnapshot snapshot) {
        Map<Long, List<Officer>> bySchool = new TreeMap<>();
        for (Officer officer : snapshot.officers()) {
            if (officer.isRover()) {
                continue;
            }
            snapshot.schedule(officer.id()).assignments().stream().map(Assignment::schoolId).distinct()
                    .filter(id -> snapshot.schools().containsKey(id) && snapshot.schools().get(id).isHigh())
                    .forEach(id -> bySchool.computeIfAbsent(id, x -> new ArrayList<>()).add(officer));
        }
        bySchool.values().forEach(list -> list.sort(Comparator.comparingLong(Officer::id)));
        return bySchool;
    }

    /** Per high school and day, how many officers are reassigned to it (other than its own primaries). */
    private static Map<Long, Map<LocalDate, Integer>> reassignedIn(RosterSnapshot snapshot, List<LocalDate> schoolDays) {
        Map<Long, Map<LocalDate, Integer>> filled = new HashMap<>();
        for (Officer officer : snapshot.officers()) {
            boolean anyToSchool = snapshot.schedule(officer.id()).reassignments().stream().anyMatch(r -> r.toSchool());
            if (!anyToSchool) {
                continue;
            }
            for (LocalDate day : schoolDays) {
                DayStatus status = snapshot.statusOf(officer.id(), day);
                if (status.kind() == DayStatusKind.REASSIGNED && status.schoolId() != 0
                        && !postedAt(snapshot, officer.id(), status.schoolId(), day)) {
                    filled.computeIfAbsent(status.schoolId(), s -> new HashMap<>()).merge(day, 1, Integer::sum);
                }
            }
        }
        return filled;
    }

    /** Maximal runs of consecutive school days (of the period) on which {@code test} holds. */
    private static List<List<LocalDate>> runs(List<LocalDate> schoolDays, Predicate<LocalDate> test) {
        List<List<LocalDate>> runs = new ArrayList<>();
        List<LocalDate> current = null;
        for (LocalDate day : schoolDays) {
            if (test.test(day)) {
                if (current == null) {
                    current = new ArrayList<>();
                    runs.add(current);
                }
                current.add(day);
            } else {
                current = null;
            }
        }
        return runs;
    }

    /**
     * The run's length in school days, followed beyond the period's edges while it lasts, but no
     * further than needed to reach {@code k}.
     */
    private static int extendedLength(SchoolCalendar calendar, List<LocalDate> inPeriod, List<LocalDate> run,
                                      Predicate<LocalDate> test, int k) {
        int length = run.size();
        LocalDate first = run.get(0);
        LocalDate last = run.get(run.size() - 1);
        if (first.equals(inPeriod.get(0))) {
            length += beyond(calendar, first, -1, test, k - length);
        }
        if (length < k && last.equals(inPeriod.get(inPeriod.size() - 1))) {
            length += beyond(calendar, last, 1, test, k - length);
        }
        return length;
    }

    private static int beyond(SchoolCalendar calendar, LocalDate from, int step, Predicate<LocalDate> test, int wanted) {
        int found = 0;
        LocalDate day = from.plusDays(step);
        for (int i = 0; i < LOOK_BEYOND_DAYS && found < wanted && calendar.isKnown(day); i++, day = day.plusDays(step)) {
            if (!calendar.isInSession(day)) {
                continue;
            }
            if (!test.test(day)) {
                break;
            }
            found++;
        }
        return found;
    }

    private static AbsenceBlock block(School school, long officerId, List<LocalDate> run, RosterSnapshot snapshot) {
        NeedReason reason = NeedReason.VACANT;
        TimeOffKind kind = null;
        if (officerId != 0) {
            DayStatus first = snapshot.statusOf(officerId, run.get(0));
            reason = first.kind() == DayStatusKind.TIME_OFF ? NeedReason.TIME_OFF : NeedReason.REASSIGNED;
            kind = first.timeOffKind();
        }
        String id = school.id() + "/" + (officerId == 0 ? "V" : "O" + officerId) + "/" + run.get(0);
        return new AbsenceBlock(id, school.id(), school.code(), school.zone(), officerId, reason, kind,
                run.get(0), run.get(run.size() - 1), run, "");
    }

    /** Takes out the days an officer reassigned to the school fills; absent primaries' needs go first. */
    private static List<AbsenceBlock> removeFilledDays(List<AbsenceBlock> blocks, Map<LocalDate, Integer> filled) {
        if (filled.isEmpty()) {
            return blocks;
        }
        List<AbsenceBlock> ordered = new ArrayList<>(blocks);
        ordered.sort(Comparator.comparing((AbsenceBlock b) -> b.absentOfficerId() == 0)
                .thenComparingLong(AbsenceBlock::absentOfficerId).thenComparing(AbsenceBlock::first));
        Map<LocalDate, Integer> left = new HashMap<>(filled);
        List<AbsenceBlock> result = new ArrayList<>();
        for (AbsenceBlock b : ordered) {
            List<LocalDate> keep = new ArrayList<>();
            for (LocalDate day : b.needDates()) {
                int fills = left.getOrDefault(day, 0);
                if (fills > 0) {
                    left.put(day, fills - 1);
                } else {
                    keep.add(day);
                }
            }
            if (!keep.isEmpty()) {
                result.add(new AbsenceBlock(b.id(), b.schoolId(), b.schoolCode(), b.schoolZone(), b.absentOfficerId(),
                        b.reason(), b.timeOffKind(), b.first(), b.last(), keep, b.note()));
            }
        }
        result.sort(Comparator.comparing(AbsenceBlock::first).thenComparing(AbsenceBlock::id));
        return result;
    }
}
