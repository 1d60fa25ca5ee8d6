package org.srodesk.domain.deployment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.srodesk.domain.Assignment;
import org.srodesk.domain.CallsForService;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.DayStatus;
import org.srodesk.domain.Officer;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.TimeOffKind;

/**
 * Computes the {@link DeploymentFigures} of a roster's period. Pure: every officer-day is resolved
 * by {@link RosterSnapshot#statusOf} (the one {@link org.srodesk.domain.DayStatusRule}), once;
 * per-school presence is then read off a school × day grid. See {@link SchoolFigures} for the day
 * categories. O(officers × days + schools × days + calls).
 */
public final class DeploymentCalculator {

    private static final byte NONE = 0;
    private static final byte COVERED = 1;
    private static final byte ON_SITE = 2;

    private DeploymentCalculator() {
    }

    /**
     * @param calls          calls for service; those outside the period or of unknown schools are ignored
     * @param reservePerZone rovers answer the calls of their own zone (when it has rovers), as the
     *                       coverage planner keeps its reserve per zone
     */
    public static DeploymentFigures compute(RosterSnapshot snapshot, List<CallsForService> calls, boolean reservePerZone) {
        DateRange period = snapshot.period();
        List<LocalDate> days = snapshot.calendar().schoolDays(period);
        Map<LocalDate, Integer> dayIndex = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            dayIndex.put(days.get(i), i);
        }
        List<School> schools = new ArrayList<>(snapshot.schools().values());
        schools.sort(Comparator.comparing(School::code).thenComparingLong(School::id));
        Map<Long, Integer> schoolIndex = new HashMap<>();
        for (int i = 0; i < schools.size(); i++) {
            schoolIndex.put(schools.get(i).id(), i);
        }
        byte[][] presence = new byte[schools.size()][days.size()];
        Map<String, int[]> free = new HashMap<>();
        free.put(DeploymentFigures.DISTRICT, new int[days.size()]);
        Set<String> roverZones = new HashSet<>();
        Map<Long, List<String>> primaries = new HashMap<>();
        List<OfficerFigures> officerFigures = new ArrayList<>();
        List<RoverFigures> roverFigures = new ArrayList<>();

        for (Officer officer : snapshot.officers()) {
            if (officer.isRover()) {
                roverZones.add(officer.zone());
                free.computeIfAbsent(officer.zone(), z -> new int[days.size()]);
            } else {
                postsDuring(snapshot, officer, period).forEach(schoolId ->
                        primaries.computeIfAbsent(schoolId, s -> new ArrayList<>()).add(officer.sortName()));
            }
            OfficerTally t = new OfficerTally();
            for (int d = 0; d < days.size(); d++) {
                tally(snapshot, officer, days.get(d), d, t, schoolIndex, presence, free);
            }
            officerFigures.add(new OfficerFigures(officer, homeSchool(snapshot, officer, period), days.size(),
                    t.atPost, t.timeOff, t.reassigned, t.covering, t.roverDuty, t.unassigned));
            if (officer.isRover()) {
                roverFigures.add(new RoverFigures(officer, days.size(), t.covering, t.roverDuty, t.away));
            }
        }

        long[][] callGrid = new long[schools.size()][days.size()];
        long[] callTotals = new long[schools.size()];
        for (CallsForService c : calls) {
            Integer s = schoolIndex.get(c.schoolId());
            if (s == null || !period.contains(c.date())) {
                continue;
            }
            callTotals[s] += c.count();
            Integer d = dayIndex.get(c.date());
            if (d != null) {
                callGrid[s][d] += c.count();
            }
        }

        List<SchoolFigures> schoolFigures = new ArrayList<>();
        TreeMap<LocalDate, int[]> weeks = new TreeMap<>();
        for (LocalDate day : days) {
            weeks.computeIfAbsent(day.with(DayOfWeek.MONDAY), w -> new int[3]);
        }
        for (int s = 0; s < schools.size(); s++) {
            School school = schools.get(s);
            int[] reach = reservePerZone && roverZones.contains(school.zone()) && !school.zone().isBlank()
                    ? free.get(school.zone()) : free.get(DeploymentFigures.DISTRICT);
            int onSite = 0;
            int covered = 0;
            int onCall = 0;
            int noSro = 0;
            long callsNoSro = 0;
            for (int d = 0; d < days.size(); d++) {
                int[] week = school.isHigh() ? weeks.get(days.get(d).with(DayOfWeek.MONDAY)) : null;
                if (week != null) {
                    week[0]++;
                }
                if (presence[s][d] == ON_SITE) {
                    onSite++;
                } else if (presence[s][d] == COVERED) {
                    covered++;
                    if (week != null) {
                        week[2]++;
                    }
                } else if (!school.isHigh() && reach[d] > 0) {
                    onCall++;
                } else {
                    noSro++;
                    callsNoSro += callGrid[s][d];
                    if (week != null) {
                        week[1]++;
                    }
                }
            }
            List<String> names = primaries.getOrDefault(school.id(), List.of());
            schoolFigures.add(new SchoolFigures(school, String.join("; ", new TreeSet<>(names)), days.size(), onSite,
                    covered, onCall, noSro, callTotals[s], callsNoSro));
        }
        List<WeekFigures> weekFigures = new ArrayList<>();
        weeks.forEach((start, w) -> weekFigures.add(new WeekFigures(start, w[0], w[1], w[2])));
        return new DeploymentFigures(period, days, schoolFigures, officerFigures, roverFigures, weekFigures,
                ZoneSummary.of(schoolFigures, snapshot.officers()), totals(schoolFigures, roverFigures, days.size()),
                free);
    }

    private static final class OfficerTally {
        int atPost;
        int reassigned;
        int covering;
        int roverDuty;
        int unassigned;
        int away;
        final Map<TimeOffKind, Integer> timeOff = new EnumMap<>(TimeOffKind.class);
    }

    private static void tally(RosterSnapshot snapshot, Officer officer, LocalDate day, int d, OfficerTally t,
                              Map<Long, Integer> schoolIndex, byte[][] presence, Map<String, int[]> free) {
        DayStatus status = snapshot.statusOf(officer.id(), day);
        switch (status.kind()) {
            case AT_SCHOOL -> {
                t.atPost++;
                mark(presence, schoolIndex, status.schoolId(), d, ON_SITE);
            }
            case REASSIGNED -> {
                t.reassigned++;
                t.away++;
                mark(presence, schoolIndex, status.schoolId(), d, ON_SITE);
            }
            case COVERING -> {
                t.covering++;
                mark(presence, schoolIndex, status.schoolId(), d, COVERED);
            }
            case ROVER_DUTY -> {
                t.roverDuty++;
                onRoverDuty(free, officer, d);
            }
            case UNASSIGNED -> t.unassigned++;
            case TIME_OFF -> {
                t.timeOff.merge(status.timeOffKind(), 1, Integer::sum);
                if (!status.partialDay()) {
                    t.away++;
                } else if (officer.isRover()) {
                    t.roverDuty++;
                    onRoverDuty(free, officer, d);
                } else {
                    var home = snapshot.homeSchool(officer.id(), day);
                    if (home.isPresent()) {
                        t.atPost++;
                        mark(presence, schoolIndex, home.get().id(), d, ON_SITE);
                    }
                }
            }
            case UNIT_DUTY -> {
                // not on a school day
            }
        }
    }

    private static void onRoverDuty(Map<String, int[]> free, Officer officer, int d) {
        free.get(DeploymentFigures.DISTRICT)[d]++;
        free.get(officer.zone())[d]++;
    }

    private static void mark(byte[][] presence, Map<Long, Integer> schoolIndex, long schoolId, int d, byte what) {
        Integer s = schoolIndex.get(schoolId);
        if (s != null && presence[s][d] < what) {
            presence[s][d] = what;
        }
    }

    private static Set<Long> postsDuring(RosterSnapshot snapshot, Officer officer, DateRange period) {
        Set<Long> posts = new HashSet<>();
        for (Assignment a : snapshot.schedule(officer.id()).assignments()) {
            if (!a.startDate().isAfter(period.end()) && (a.endDate() == null || !a.endDate().isBefore(period.start()))) {
                posts.add(a.schoolId());
            }
        }
        return posts;
    }

    private static String homeSchool(RosterSnapshot snapshot, Officer officer, DateRange period) {
        if (officer.isRover()) {
            return "";
        }
        return snapshot.schedule(officer.id()).assignments().stream()
                .filter(a -> !a.startDate().isAfter(period.end()) && (a.endDate() == null || !a.endDate().isBefore(period.start())))
                .min(Comparator.comparing(Assignment::startDate))
                .map(a -> snapshot.schools().get(a.schoolId()))
                .map(School::code).orElse("");
    }

    private static DeploymentTotals totals(List<SchoolFigures> schools, List<RoverFigures> rovers, int schoolDays) {
        int high = 0;
        int hsDays = 0;
        int hsOnSite = 0;
        int hsCovered = 0;
        int hsNoSro = 0;
        int otherNoSro = 0;
        long calls = 0;
        long without = 0;
        for (SchoolFigures s : schools) {
            calls += s.calls();
            without += s.callsOnNoSroDays();
            if (s.school().isHigh()) {
                high++;
                hsDays += s.schoolDays();
                hsOnSite += s.sroOnSiteDays();
                hsCovered += s.roverCoveredDays();
                hsNoSro += s.noSroDays();
            } else {
                otherNoSro += s.noSroDays();
            }
        }
        int covering = rovers.stream().mapToInt(RoverFigures::coveringDays).sum();
        int reserve = rovers.stream().mapToInt(RoverFigures::reserveDays).sum();
        return new DeploymentTotals(schools.size(), high, schoolDays, hsDays, hsOnSite, hsCovered, hsNoSro, otherNoSro,
                calls, without, rovers.size(), covering, reserve);
    }
}
