package org.srodesk.service.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.srodesk.domain.CalendarDay;
import org.srodesk.domain.UnitEvent;

/**
 * The demo district's calendar: school years 2025–26 and 2026–27 (every date from 2025-07-01 to
 * 2027-06-30), with Minnesota-style breaks, holidays and staff development days, and the monthly
 * SRO unit meeting.
 */
final class DemoSchoolCalendar {

    static final LocalDate FIRST_DAY = LocalDate.of(2025, 7, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2027, 6, 30);
    static final String UNIT_MEETING_TITLE = "Monthly SRO unit meeting";
    static final LocalTime UNIT_MEETING_TIME = LocalTime.of(14, 0);

    /** One school year: first and last day with students, and its non-session weekdays. */
    record SchoolYear(LocalDate start, LocalDate end, LocalDate firstDay, LocalDate lastDay) {
        boolean contains(LocalDate date) {
            return !date.isBefore(start) && !date.isAfter(end);
        }
    }

    static final SchoolYear YEAR_2025 = new SchoolYear(FIRST_DAY, LocalDate.of(2026, 6, 30),
            LocalDate.of(2025, 9, 2), LocalDate.of(2026, 6, 10));
    static final SchoolYear YEAR_2026 = new SchoolYear(LocalDate.of(2026, 7, 1), LAST_DAY,
            LocalDate.of(2026, 9, 8), LocalDate.of(2027, 6, 9));
    static final List<SchoolYear> YEARS = List.of(YEAR_2025, YEAR_2026);

    private final List<CalendarDay> days;
    private final boolean[] inSession;

    DemoSchoolCalendar() {
        Map<LocalDate, String> closures = new HashMap<>();
        closed(closures, "Independence Day", "2025-07-04", "2025-07-04");
        closed(closures, "Labor Day", "2025-09-01", "2025-09-01");
        closed(closures, "Education Minnesota conference (MEA) — no school", "2025-10-16", "2025-10-17");
        closed(closures, "Staff development day", "2025-11-03", "2025-11-03");
        closed(closures, "Thanksgiving break", "2025-11-27", "2025-11-28");
        closed(closures, "Winter break", "2025-12-22", "2026-01-02");
        closed(closures, "Martin Luther King Jr. Day", "2026-01-19", "2026-01-19");
        closed(closures, "Staff development day — end of semester", "2026-01-30", "2026-01-30");
        closed(closures, "Presidents' Day", "2026-02-16", "2026-02-16");
        closed(closures, "Staff development day", "2026-03-13", "2026-03-13");
        closed(closures, "Spring break", "2026-03-30", "2026-04-03");
        closed(closures, "Memorial Day", "2026-05-25", "2026-05-25");
        closed(closures, "Juneteenth", "2026-06-19", "2026-06-19");
        closed(closures, "Independence Day (observed)", "2026-07-03", "2026-07-03");
        closed(closures, "Labor Day", "2026-09-07", "2026-09-07");
        closed(closures, "Education Minnesota conference (MEA) — no school", "2026-10-15", "2026-10-16");
        closed(closures, "Staff development day", "2026-11-02", "2026-11-02");
        closed(closures, "Thanksgiving break", "2026-11-26", "2026-11-27");
        closed(closures, "Winter break", "2026-12-21", "2027-01-01");
        closed(closures, "Martin Luther King Jr. Day", "2027-01-18", "2027-01-18");
        closed(closures, "Staff development day — end of semester", "2027-01-29", "2027-01-29");
        closed(closures, "Presidents' Day", "2027-02-15", "2027-02-15");
        closed(closures, "Staff development day", "2027-03-12", "2027-03-12");
        closed(closures, "Spring break", "2027-03-29", "2027-04-02");
        closed(closures, "Memorial Day", "2027-05-31", "2027-05-31");
        closed(closures, "Juneteenth", "2027-06-18", "2027-06-18");

        int count = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
        days = new ArrayList<>(count);
        inSession = new boolean[count];
        for (int i = 0; i < count; i++) {
            LocalDate date = FIRST_DAY.plusDays(i);
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            String closure = closures.get(date);
            SchoolYear year = yearOf(date);
            boolean term = !date.isBefore(year.firstDay()) && !date.isAfter(year.lastDay());
            boolean session = !weekend && closure == null && term;
            String note = weekend ? "" : closure != null ? closure : term ? "" : "Summer";
            inSession[i] = session;
            days.add(new CalendarDay(date, session, note));
        }
    }

    private static void closed(Map<LocalDate, String> closures, String note, String from, String to) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            closures.put(d, note);
        }
    }

    static SchoolYear yearOf(LocalDate date) {
        return YEAR_2025.contains(date) ? YEAR_2025 : YEAR_2026;
    }

    List<CalendarDay> days() {
        return days;
    }

    int size() {
        return inSession.length;
    }

    /** Index of {@code date} counted from {@link #FIRST_DAY}. */
    static int index(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(FIRST_DAY, date);
    }

    LocalDate date(int index) {
        return FIRST_DAY.plusDays(index);
    }

    boolean isInSession(LocalDate date) {
        int i = index(date);
        return i >= 0 && i < inSession.length && inSession[i];
    }

    String note(LocalDate date) {
        return days.get(index(date)).note();
    }

    /** In-session days from {@code from} to {@code to}, inclusive. */
    List<LocalDate> sessionDays(LocalDate from, LocalDate to) {
        List<LocalDate> result = new ArrayList<>();
        for (int i = Math.max(0, index(from)); i <= Math.min(inSession.length - 1, index(to)); i++) {
            if (inSession[i]) {
                result.add(date(i));
            }
        }
        return result;
    }

    /**
     * The {@code n}-th in-session day on or after {@code start} (n = 1 is the first); the last
     * in-session day of the calendar when fewer remain, or {@code start} when none does.
     */
    LocalDate nthSessionDay(LocalDate start, int n) {
        int seen = 0;
        LocalDate last = start;
        for (int i = Math.max(0, index(start)); i < inSession.length; i++) {
            if (inSession[i]) {
                last = date(i);
                if (++seen == n) {
                    break;
                }
            }
        }
        return last;
    }

    /**
     * The monthly SRO unit meetings: the first Wednesday of each month September–June at 14:00,
     * moved to the next in-session day when school is out that Wednesday.
     */
    List<UnitEvent> unitMeetings() {
        List<UnitEvent> meetings = new ArrayList<>();
        for (SchoolYear year : YEARS) {
            for (LocalDate month = year.firstDay().withDayOfMonth(1); !month.isAfter(year.lastDay());
                    month = month.plusMonths(1)) {
                LocalDate wednesday = month.with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
                LocalDate meeting = nthSessionDay(wednesday, 1);
                meetings.add(new UnitEvent(0, meeting, UNIT_MEETING_TIME, UNIT_MEETING_TITLE, true));
            }
        }
        return meetings;
    }
}
