package org.srodesk.domain.coverage;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.srodesk.domain.Assignment;
import org.srodesk.domain.CalendarDay;
import org.srodesk.domain.CoverageAssignment;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.ReassignmentStatus;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;

/**
 * A small district for need-finding tests: March 2026, weekends off, Wednesday 11 March a
 * holiday; the calendar is known from 16 February to 10 April.
 */
final class RosterFixtures {

    static final LocalDate HOLIDAY = LocalDate.of(2026, 3, 11);
    static final DateRange MARCH = DateRange.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 27));

    final List<Officer> officers = new ArrayList<>();
    final List<School> schools = new ArrayList<>();
    final List<Assignment> assignments = new ArrayList<>();
    final List<TimeOffRequest> timeOff = new ArrayList<>();
    final List<Reassignment> reassignments = new ArrayList<>();
    final List<CoverageAssignment> coverage = new ArrayList<>();
    DateRange period = MARCH;
    private long nextId = 1000;

    static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    static SchoolCalendar calendar() {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 2, 16); !d.isAfter(LocalDate.of(2026, 4, 10)); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            days.add(new CalendarDay(d, !weekend && !d.equals(HOLIDAY), d.equals(HOLIDAY) ? "Holiday" : ""));
        }
        return new SchoolCalendar(days);
    }

    RosterFixtures highSchool(long id, String code, String zone) {
        schools.add(new School(id, code, code + " High", SchoolLevel.HIGH, "", "", "", "", zone));
        return this;
    }

    RosterFixtures middleSchool(long id, String code) {
        schools.add(new School(id, code, code + " Middle", SchoolLevel.MIDDLE, "", "", "", "", ""));
        return this;
    }

    /** A primary SRO posted to {@code schoolId} for the whole calendar. */
    RosterFixtures primary(long id, long schoolId) {
        officers.add(new Officer(id, "B" + id, "Primary" + id, "Pat", "Ofc.", OfficerRole.PRIMARY_SRO, "", "", ""));
        assignments.add(new Assignment(nextId++, id, schoolId, LocalDate.of(2026, 1, 1), null));
        return this;
    }

    RosterFixtures rover(long id, String zone) {
        officers.add(new Officer(id, "B" + id, "Rover" + id, "Sam", "Ofc.", OfficerRole.ROVER, "", "", zone));
        return this;
    }

    RosterFixtures timeOff(long officerId, LocalDate from, LocalDate to, TimeOffStatus status) {
        timeOff.add(new TimeOffRequest(nextId++, officerId, TimeOffKind.VACATION, from, to, null, null, status,
                "", Instant.EPOCH, "sgt", "sgt", Instant.EPOCH, "", 0));
        return this;
    }

    RosterFixtures approvedTimeOff(long officerId, LocalDate from, LocalDate to) {
        return timeOff(officerId, from, to, TimeOffStatus.APPROVED);
    }

    RosterFixtures partialDayOff(long officerId, LocalDate day) {
        timeOff.add(new TimeOffRequest(nextId++, officerId, TimeOffKind.COURT, day, day, LocalTime.of(9, 0),
                LocalTime.of(11, 0), TimeOffStatus.APPROVED, "", Instant.EPOCH, "sgt", "sgt", Instant.EPOCH, "", 0));
        return this;
    }

    RosterFixtures reassignToDuty(long officerId, LocalDate from, LocalDate to) {
        reassignments.add(new Reassignment(nextId++, officerId, from, to, null, "Patrol", "Cmdr. Ray", "", "",
                ReassignmentStatus.ACTIVE, "sgt", Instant.EPOCH, 0));
        return this;
    }

    RosterFixtures reassignToSchool(long officerId, long schoolId, LocalDate from, LocalDate to) {
        reassignments.add(new Reassignment(nextId++, officerId, from, to, schoolId, null, "Cmdr. Ray", "", "",
                ReassignmentStatus.ACTIVE, "sgt", Instant.EPOCH, 0));
        return this;
    }

    RosterFixtures acceptedCoverage(long roverId, long schoolId, LocalDate day, long absentOfficerId) {
        coverage.add(new CoverageAssignment(nextId++, roverId, schoolId, day, absentOfficerId, "sgt", Instant.EPOCH));
        return this;
    }

    RosterSnapshot snapshot() {
        return new RosterSnapshot(period, calendar(), officers, schools, assignments, timeOff, reassignments, coverage);
    }
}
