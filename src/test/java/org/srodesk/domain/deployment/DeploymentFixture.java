package org.srodesk.domain.deployment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.srodesk.domain.Assignment;
import org.srodesk.domain.CalendarDay;
import org.srodesk.domain.CallsForService;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.domain.coverage.CoverageSettings;

/**
 * A district small enough to count by hand. Weekdays are school days; the period is the two
 * weeks 2–13 March 2026 (10 school days). No zones; K 3, R 1.
 *
 * <pre>
 *   CEN high, primary Adams (1)     vacation 9–13 Mar (5 days, extended)
 *   HAR high, primary Baker (2)     sick 3 Mar (1 day, short), vacation 10–13 Mar (4 days, extended)
 *   WASH middle, no primary
 *   rovers Cole (10), Diaz (11), Eng (12); Eng on vacation 2–6 Mar
 *   calls: CEN 2 every school day (20); HAR 1 on 3 Mar and 1 a day 10–13 Mar (5); WASH 1 on 2 and 9 Mar (2)
 * </pre>
 */
final class DeploymentFixture {

    static final DateRange PERIOD = DateRange.of(march(2), march(13));
    static final CoverageSettings SETTINGS = new CoverageSettings(3, 1, true);
    static final long CEN = 100;
    static final long HAR = 101;
    static final long WASH = 102;
    static final long ADAMS = 1;
    static final long BAKER = 2;
    static final long COLE = 10;
    static final long DIAZ = 11;
    static final long ENG = 12;

    final List<School> schools = new ArrayList<>(List.of(
            school(CEN, "CEN", SchoolLevel.HIGH), school(HAR, "HAR", SchoolLevel.HIGH),
            school(WASH, "WASH", SchoolLevel.MIDDLE)));
    final List<Officer> officers = new ArrayList<>(List.of(
            officer(ADAMS, "Adams", OfficerRole.PRIMARY_SRO), officer(BAKER, "Baker", OfficerRole.PRIMARY_SRO),
            officer(COLE, "Cole", OfficerRole.ROVER), officer(DIAZ, "Diaz", OfficerRole.ROVER),
            officer(ENG, "Eng", OfficerRole.ROVER)));
    final List<Assignment> assignments = new ArrayList<>(List.of(
            new Assignment(500, ADAMS, CEN, LocalDate.of(2026, 1, 1), null),
            new Assignment(501, BAKER, HAR, LocalDate.of(2026, 1, 1), null)));
    final List<TimeOffRequest> timeOff = new ArrayList<>(List.of(
            off(600, ADAMS, TimeOffKind.VACATION, march(9), march(13)),
            off(601, BAKER, TimeOffKind.SICK, march(3), march(3)),
            off(602, BAKER, TimeOffKind.VACATION, march(10), march(13)),
            off(603, ENG, TimeOffKind.VACATION, march(2), march(6))));

    static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    RosterSnapshot snapshot() {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 2, 16); !d.isAfter(LocalDate.of(2026, 4, 10)); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            days.add(new CalendarDay(d, !weekend, ""));
        }
        return new RosterSnapshot(PERIOD, new SchoolCalendar(days), officers, schools, assignments, timeOff,
                List.of(), List.of());
    }

    static List<CallsForService> calls() {
        List<CallsForService> calls = new ArrayList<>();
        for (LocalDate d = PERIOD.start(); !d.isAfter(PERIOD.end()); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                calls.add(new CallsForService(CEN, d, 2));
            }
        }
        calls.add(new CallsForService(HAR, march(3), 1));
        for (int day = 10; day <= 13; day++) {
            calls.add(new CallsForService(HAR, march(day), 1));
        }
        calls.add(new CallsForService(WASH, march(2), 1));
        calls.add(new CallsForService(WASH, march(9), 1));
        calls.add(new CallsForService(WASH, LocalDate.of(2026, 4, 1), 7)); // outside the period: ignored
        return calls;
    }

    private static School school(long id, String code, SchoolLevel level) {
        return new School(id, code, code + " School", level, "", "", "", "", "");
    }

    private static Officer officer(long id, String last, OfficerRole role) {
        return new Officer(id, "B" + id, last, "Pat", "Ofc.", role, "", "", "");
    }

    private static TimeOffRequest off(long id, long officerId, TimeOffKind kind, LocalDate from, LocalDate to) {
        return new TimeOffRequest(id, officerId, kind, from, to, null, null, TimeOffStatus.APPROVED, "", Instant.EPOCH,
                "sgt", "sgt", Instant.EPOCH, "", 0);
    }
}
