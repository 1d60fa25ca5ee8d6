package org.srodesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The DayStatus rule, case by case, against the seed rules (Saint Paul SRO procedures).
 * Week of Monday 2026-03-09: Mon–Thu in session, Fri 13th a staff day (not in session).
 */
class DayStatusRuleTest {

    static final LocalDate MON = LocalDate.of(2026, 3, 9);
    static final LocalDate TUE = MON.plusDays(1);
    static final LocalDate WED = MON.plusDays(2);
    static final LocalDate THU = MON.plusDays(3);
    static final LocalDate FRI_STAFF_DAY = MON.plusDays(4);
    static final LocalDate SAT = MON.plusDays(5);

    final School central = new School(1, "CEN", "Central High", SchoolLevel.HIGH, "", "", "", "", "West");
    final School harding = new School(2, "HAR", "Harding High", SchoolLevel.HIGH, "", "", "", "", "East");
    final Officer lee = new Officer(10, "1010", "Lee", "Pat", "Ofc.", OfficerRole.PRIMARY_SRO, "", "", "West");
    final Officer vang = new Officer(20, "2020", "Vang", "Kou", "Ofc.", OfficerRole.ROVER, "", "", "West");

    final List<Assignment> assignments = new ArrayList<>(List.of(new Assignment(100, lee.id(), central.id(), MON.minusYears(1), null)));
    final List<TimeOffRequest> timeOff = new ArrayList<>();
    final List<Reassignment> reassignments = new ArrayList<>();
    final List<CoverageAssignment> coverage = new ArrayList<>();

    final SchoolCalendar calendar = new SchoolCalendar(List.of(
            new CalendarDay(MON, true, ""), new CalendarDay(TUE, true, ""), new CalendarDay(WED, true, ""),
            new CalendarDay(THU, true, ""), new CalendarDay(FRI_STAFF_DAY, false, "Staff development day"),
            new CalendarDay(SAT, false, "")));

    DayStatus status(Officer officer, LocalDate day) {
        RosterSnapshot snapshot = new RosterSnapshot(new DateRange(MON, SAT), calendar, List.of(lee, vang),
                List.of(central, harding), assignments, timeOff, reassignments, coverage);
        return snapshot.statusOf(officer.id(), day);
    }

    TimeOffRequest request(long id, Officer officer, TimeOffKind kind, LocalDate from, LocalDate to, TimeOffStatus status) {
        Instant decided = status == TimeOffStatus.REQUESTED ? null : Instant.parse("2026-03-01T12:00:00Z");
        return new TimeOffRequest(id, officer.id(), kind, from, to, null, null, status, "", Instant.parse("2026-02-28T12:00:00Z"),
                "sgt", decided == null ? null : "sgt", decided, "", 0);
    }

    @Test
    void aPrimarySroIsAtTheSchoolOfTheAssignmentOnASchoolDay() {
        DayStatus status = status(lee, MON);
        assertEquals(DayStatusKind.AT_SCHOOL, status.kind());
        assertEquals("CEN", status.shortLabel());
        assertEquals(central.id(), status.schoolId());
        assertEquals(100, status.sourceId());
    }

    @Test
    void aRoverIsOnRoverDutyOnASchoolDay() {
        assertEquals(DayStatusKind.ROVER_DUTY, status(vang, TUE).kind());
        assertEquals("ROVER", status(vang, TUE).shortLabel());
        assertFalse(status(vang, TUE).isAtSchool());
    }

    @Test
    void everyoneReportsToTheUnitWhenSchoolsAreNotInSession() {
        assertEquals(DayStatusKind.UNIT_DUTY, status(lee, FRI_STAFF_DAY).kind());
        assertEquals(DayStatusKind.UNIT_DUTY, status(vang, SAT).kind());
        assertEquals("UNIT", status(lee, SAT).shortLabel());
    }

    @Test
    void daysOutsideThePublishedCalendarAreNotSchoolDays() {
        assertEquals(DayStatusKind.UNIT_DUTY, status(lee, SAT.plusDays(1)).kind());
    }

    @Test
    void approvedTimeOffTakesTheOfficerOffThePostWithItsKind() {
        timeOff.add(request(7, lee, TimeOffKind.VACATION, TUE, WED, TimeOffStatus.APPROVED));
        assertEquals(DayStatusKind.AT_SCHOOL, status(lee, MON).kind());
        DayStatus tuesday = status(lee, TUE);
        assertEquals(DayStatusKind.TIME_OFF, tuesday.kind());
        assertEquals(TimeOffKind.VACATION, tuesday.timeOffKind());
        assertEquals("VAC", tuesday.shortLabel());
        assertEquals(7, tuesday.sourceId());
        assertTrue(tuesday.isAwayFromPost());
        assertEquals(DayStatusKind.AT_SCHOOL, status(lee, THU).kind());
    }

    @Test
    void pendingDeniedAndCancelledRequestsChangeNothing() {
        timeOff.add(request(1, lee, TimeOffKind.VACATION, TUE, TUE, TimeOffStatus.REQUESTED));
        timeOff.add(request(2, lee, TimeOffKind.SICK, WED, WED, TimeOffStatus.DENIED));
        timeOff.add(request(3, lee, TimeOffKind.COURT, THU, THU, TimeOffStatus.CANCELLED));
        assertEquals(DayStatusKind.AT_SCHOOL, status(lee, TUE).kind());
        assertEquals(DayStatusKind.AT_SCHOOL, status(lee, WED).kind());
        assertEquals(DayStatusKind.AT_SCHOOL, status(lee, THU).kind());
    }

    @Test
    void timeOffShowsOnNonSessionDaysToo() {
        timeOff.add(request(4, lee, TimeOffKind.VACATION, FRI_STAFF_DAY, SAT, TimeOffStatus.APPROVED));
        assertEquals(DayStatusKind.TIME_OFF, status(lee, FRI_STAFF_DAY).kind());
    }

    @Test
    void eachTimeOffKindHasItsRosterLabel() {
        List<String> labels = new ArrayList<>();
        for (TimeOffKind kind : TimeOffKind.values()) {
            timeOff.clear();
            timeOff.add(request(9, lee, kind, MON, MON, TimeOffStatus.APPROVED));
            labels.add(status(lee, MON).shortLabel());
        }
        assertEquals(List.of("VAC", "SICK", "PERS", "COMP", "TRN", "CRT", "OFF"), labels);
    }

    @Test
    void aPartialDayShowsAsTimeOffButNotAsAwayFromThePost() {
        timeOff.add(new TimeOffRequest(5, lee.id(), TimeOffKind.COURT, WED, WED, LocalTime.of(13, 0), LocalTime.of(15, 0),
                TimeOffStatus.APPROVED, "", Instant.EPOCH, "sgt", "sgt", Instant.EPOCH, "", 0));
        DayStatus status = status(lee, WED);
        assertEquals(DayStatusKind.TIME_OFF, status.kind());
        assertEquals("CRT ½", status.shortLabel());
        assertFalse(status.isAwayFromPost());
    }

    @Test
    void aReassignmentToADutyOverridesTheSchoolPost() {
        reassignments.add(new Reassignment(30, lee.id(), TUE, THU, null, "Patrol", "Cmdr. Axtell", "GO-26-14",
                "Staffing shortage", ReassignmentStatus.ACTIVE, "sgt", Instant.EPOCH, 0));
        DayStatus status = status(lee, WED);
        assertEquals(DayStatusKind.REASSIGNED, status.kind());
        assertEquals("REASSIGNED→Patrol", status.shortLabel());
        assertFalse(status.isAtSchool());
        assertEquals(DayStatusKind.AT_SCHOOL, status(lee, MON).kind());
    }

    @Test
    void aReassignmentToAnotherSchoolPutsTheOfficerThere() {
        reassignments.add(new Reassignment(31, lee.id(), MON, null, harding.id(), null, "Cmdr. Axtell", "", "",
                ReassignmentStatus.ACTIVE, "sgt", Instant.EPOCH, 0));
        DayStatus status = status(lee, THU);
        assertEquals("REASSIGNED→HAR", status.shortLabel());
        assertEquals(harding.id(), status.schoolId());
        assertTrue(status.isAtSchool());
    }

    @Test
    void aReassignmentWinsOverTheSchoolCalendar() {
        reassignments.add(new Reassignment(32, lee.id(), MON, SAT, null, "Special event", "Cmdr. Axtell", "", "",
                ReassignmentStatus.ACTIVE, "sgt", Instant.EPOCH, 0));
        assertEquals(DayStatusKind.REASSIGNED, status(lee, SAT).kind());
    }

    @Test
    void approvedTimeOffWinsOverAReassignment() {
        reassignments.add(new Reassignment(33, lee.id(), MON, THU, null, "Patrol", "Cmdr. Axtell", "", "",
                ReassignmentStatus.ACTIVE, "sgt", Instant.EPOCH, 0));
        timeOff.add(request(8, lee, TimeOffKind.SICK, WED, WED, TimeOffStatus.APPROVED));
        assertEquals(DayStatusKind.TIME_OFF, status(lee, WED).kind());
        assertEquals(DayStatusKind.REASSIGNED, status(lee, THU).kind());
    }

    @Test
    void aCancelledReassignmentChangesNothing() {
        reassignments.add(new Reassignment(34, lee.id(), MON, THU, null, "Patrol", "Cmdr. Axtell", "", "",
                ReassignmentStatus.CANCELLED, "sgt", Instant.EPOCH, 0));
        assertEquals(DayStatusKind.AT_SCHOOL, status(lee, TUE).kind());
    }

    @Test
    void aRoverCoveringAHighSchoolShowsCoverWithTheSchoolCode() {
        coverage.add(new CoverageAssignment(40, vang.id(), central.id(), TUE, lee.id(), "sgt", Instant.EPOCH));
        DayStatus status = status(vang, TUE);
        assertEquals(DayStatusKind.COVERING, status.kind());
        assertEquals("COVER→CEN", status.shortLabel());
        assertEquals(central.id(), status.schoolId());
        assertEquals(DayStatusKind.ROVER_DUTY, status(vang, WED).kind());
    }

    @Test
    void aRoverOnTimeOffIsNotCoveringEvenIfAnOldPlanSaysSo() {
        coverage.add(new CoverageAssignment(41, vang.id(), central.id(), TUE, lee.id(), "sgt", Instant.EPOCH));
        timeOff.add(request(6, vang, TimeOffKind.SICK, TUE, TUE, TimeOffStatus.APPROVED));
        assertEquals(DayStatusKind.TIME_OFF, status(vang, TUE).kind());
    }

    @Test
    void coverageOnANonSessionDayIsIgnored() {
        coverage.add(new CoverageAssignment(42, vang.id(), central.id(), FRI_STAFF_DAY, lee.id(), "sgt", Instant.EPOCH));
        assertEquals(DayStatusKind.UNIT_DUTY, status(vang, FRI_STAFF_DAY).kind());
    }

    @Test
    void aPrimarySroWithoutAnAssignmentIsUnassigned() {
        assignments.clear();
        assignments.add(new Assignment(101, lee.id(), central.id(), MON, TUE));
        assignments.add(new Assignment(102, lee.id(), harding.id(), THU, null));
        assertEquals("CEN", status(lee, TUE).shortLabel());
        assertEquals(DayStatusKind.UNASSIGNED, status(lee, WED).kind());
        assertEquals("HAR", status(lee, THU).shortLabel());
    }

    @Test
    void aRosterRowHasOneStatusPerDayOfThePeriod() {
        RosterSnapshot snapshot = new RosterSnapshot(new DateRange(MON, SAT), calendar, List.of(lee, vang),
                List.of(central, harding), assignments, timeOff, reassignments, coverage);
        DayStatus[] row = snapshot.statusesOf(lee.id());
        assertEquals(6, row.length);
        assertEquals("CEN", row[0].shortLabel());
        assertEquals("UNIT", row[4].shortLabel());
        assertEquals(central, snapshot.homeSchool(lee.id(), MON).orElseThrow());
    }

    @Test
    void recordsRefuseNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new DateRange(TUE, MON));
        assertThrows(IllegalArgumentException.class, () -> new Assignment(1, 1, 1, TUE, MON));
        assertThrows(IllegalArgumentException.class, () -> request(1, lee, TimeOffKind.SICK, TUE, MON, TimeOffStatus.REQUESTED));
        assertThrows(IllegalArgumentException.class, () -> new Reassignment(1, 1, MON, TUE, null, " ", "Cmdr", "", "",
                ReassignmentStatus.ACTIVE, "", Instant.EPOCH, 0));
        assertThrows(IllegalArgumentException.class, () -> new Reassignment(1, 1, MON, TUE, 2L, null, "", "", "",
                ReassignmentStatus.ACTIVE, "", Instant.EPOCH, 0));
        assertThrows(IllegalArgumentException.class, () -> new CallsForService(1, MON, -1));
    }
}
