package org.srodesk.domain.reassign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.srodesk.domain.Assignment;
import org.srodesk.domain.CalendarDay;
import org.srodesk.domain.CoverageAssignment;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.DayStatusKind;
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
import org.srodesk.domain.coverage.AbsenceBlock;
import org.srodesk.domain.coverage.CoverageSettings;
import org.srodesk.domain.coverage.NeedFinder;
import org.srodesk.domain.coverage.NeedReason;

/**
 * Conflicts and gaps of a proposed reassignment, and its effect on DayStatus and on the planner's
 * needs. Two weeks from Monday 9 March 2026, weekdays in session except Friday 13th (staff day).
 */
class ReassignmentConflictsTest {

    static final LocalDate MON = LocalDate.of(2026, 3, 9);
    static final DateRange TWO_WEEKS = DateRange.of(MON, MON.plusDays(11));

    final School central = new School(1, "CEN", "Central High", SchoolLevel.HIGH, "", "", "", "", "West");
    final School harding = new School(2, "HAR", "Harding High", SchoolLevel.HIGH, "", "", "", "", "East");
    final School wash = new School(3, "WASH", "Washington Middle", SchoolLevel.MIDDLE, "", "", "", "", "West");
    final Officer lee = new Officer(10, "1010", "Lee", "Pat", "Ofc.", OfficerRole.PRIMARY_SRO, "", "", "West");
    final Officer vang = new Officer(20, "2020", "Vang", "Kou", "Ofc.", OfficerRole.ROVER, "", "", "West");
    final Officer diaz = new Officer(30, "3030", "Diaz", "Ana", "Ofc.", OfficerRole.ROVER, "", "", "West");
    final List<TimeOffRequest> timeOff = new ArrayList<>();
    final List<Reassignment> reassignments = new ArrayList<>();
    final List<CoverageAssignment> coverage = new ArrayList<>();

    RosterSnapshot snapshot() {
        List<CalendarDay> days = new ArrayList<>();
        TWO_WEEKS.stream().forEach(d -> days.add(new CalendarDay(d, d.getDayOfWeek().getValue() <= 5
                && !d.equals(MON.plusDays(4)), "")));
        return new RosterSnapshot(TWO_WEEKS, new SchoolCalendar(days), List.of(lee, vang, diaz),
                List.of(central, harding, wash), List.of(new Assignment(100, lee.id(), central.id(), MON.minusYears(1), null)),
                timeOff, reassignments, coverage);
    }

    static Reassignment toDuty(long id, Officer officer, LocalDate first, LocalDate last, String duty) {
        return new Reassignment(id, officer.id(), first, last, null, duty, "Commander Axtell", "", "",
                ReassignmentStatus.ACTIVE, "sgt", Instant.EPOCH, 0);
    }

    static Reassignment toSchool(long id, Officer officer, LocalDate first, LocalDate last, School school) {
        return new Reassignment(id, officer.id(), first, last, school.id(), null, "Commander Axtell", "", "",
                ReassignmentStatus.ACTIVE, "sgt", Instant.EPOCH, 0);
    }

    static DateRange days(LocalDate first, LocalDate last) {
        return DateRange.of(first, last);
    }

    @Test
    void aReassignmentAwayFromAHighSchoolLeavesItsSchoolDaysWithoutItsSroAndNoConflict() {
        Reassignment patrol = toDuty(0, lee, MON, MON.plusDays(4), "Patrol");
        ReassignmentCheck check = ReassignmentConflicts.check(snapshot(), patrol, days(MON, MON.plusDays(4)));
        assertTrue(check.conflicts().isEmpty());
        assertEquals(1, check.gaps().size());
        assertEquals(4, check.gaps().get(0).schoolDays().size(), "Friday is a staff day");
        assertEquals("CEN: 4 school days without its SRO", check.gaps().get(0).sentence());
    }

    @Test
    void aReassignmentToTheOwnSchoolLeavesNothingUncovered() {
        Reassignment own = toSchool(0, lee, MON, MON.plusDays(4), central);
        assertTrue(ReassignmentConflicts.check(snapshot(), own, days(MON, MON.plusDays(4))).gaps().isEmpty());
    }

    @Test
    void approvedTimeOffOnTheDaysIsAConflictButPendingTimeOffIsNot() {
        Instant at = Instant.parse("2026-03-01T12:00:00Z");
        timeOff.add(new TimeOffRequest(7, lee.id(), TimeOffKind.VACATION, MON.plusDays(1), MON.plusDays(2), null, null,
                TimeOffStatus.APPROVED, "", at, "sgt", "sgt", at, "", 0));
        timeOff.add(new TimeOffRequest(8, lee.id(), TimeOffKind.PERSONAL, MON.plusDays(3), MON.plusDays(3), null, null,
                TimeOffStatus.REQUESTED, "", at, "sgt", null, null, "", 0));
        ReassignmentCheck check = ReassignmentConflicts.check(snapshot(), toDuty(0, lee, MON, MON.plusDays(4), "Patrol"),
                days(MON, MON.plusDays(4)));
        assertEquals(1, check.conflicts().size());
        ReassignmentConflict conflict = check.conflicts().get(0);
        assertEquals(ConflictType.APPROVED_TIME_OFF, conflict.type());
        assertEquals(List.of(MON.plusDays(1), MON.plusDays(2)), conflict.days());
        assertEquals(7, conflict.relatedId());
        assertTrue(conflict.sentence().contains("Tue 10 Mar and Wed 11 Mar"), conflict.sentence());
    }

    @Test
    void anOverlappingActiveReassignmentIsAConflictButACancelledOneOrItselfIsNot() {
        reassignments.add(toDuty(5, lee, MON.plusDays(3), null, "Investigations"));
        reassignments.add(new Reassignment(6, lee.id(), MON, MON, null, "Parade", "Chief", "", "",
                ReassignmentStatus.CANCELLED, "sgt", Instant.EPOCH, 0));
        ReassignmentCheck check = ReassignmentConflicts.check(snapshot(), toDuty(0, lee, MON, MON.plusDays(4), "Patrol"),
                days(MON, MON.plusDays(4)));
        assertEquals(List.of(ConflictType.OVERLAPPING_REASSIGNMENT), check.conflicts().stream().map(c -> c.type()).toList());
        assertEquals(List.of(MON.plusDays(3), MON.plusDays(4)), check.conflicts().get(0).days());
        ReassignmentCheck editing = ReassignmentConflicts.check(snapshot(), toDuty(5, lee, MON, MON.plusDays(4), "Patrol"),
                days(MON, MON.plusDays(4)));
        assertTrue(editing.conflicts().isEmpty(), "an edit does not conflict with itself");
    }

    @Test
    void aRoverCoveringAHighSchoolIsAConflictThatOffersItsCoverageAndLeavesThatSchoolUncovered() {
        coverage.add(new CoverageAssignment(40, vang.id(), central.id(), MON.plusDays(1), lee.id(), "sgt", Instant.EPOCH));
        coverage.add(new CoverageAssignment(41, vang.id(), central.id(), MON.plusDays(2), lee.id(), "sgt", Instant.EPOCH));
        coverage.add(new CoverageAssignment(42, vang.id(), central.id(), MON.plusDays(7), lee.id(), "sgt", Instant.EPOCH));
        ReassignmentCheck check = ReassignmentConflicts.check(snapshot(), toDuty(0, vang, MON, MON.plusDays(4), "Special event"),
                days(MON, MON.plusDays(4)));
        assertEquals(ConflictType.ROVER_COVERING, check.conflicts().get(0).type());
        assertEquals(List.of(40L, 41L), check.releasableCoverageIds());
        assertEquals("CEN: 2 school days without its SRO", check.gapSummary());
        ReassignmentCheck toCentral = ReassignmentConflicts.check(snapshot(), toSchool(0, vang, MON, MON.plusDays(4), central),
                days(MON, MON.plusDays(4)));
        assertTrue(toCentral.gaps().isEmpty(), "reassigned to the school it covers: nobody is lost there");
    }

    @Test
    void daysAnotherOfficerIsReassignedToOrCoversTheSchoolCountAsCovered() {
        reassignments.add(toSchool(9, diaz, MON, MON, central));
        coverage.add(new CoverageAssignment(40, vang.id(), central.id(), MON.plusDays(1), lee.id(), "sgt", Instant.EPOCH));
        SchoolGap gap = ReassignmentConflicts.check(snapshot(), toDuty(0, lee, MON, MON.plusDays(4), "Patrol"),
                days(MON, MON.plusDays(4))).gaps().get(0);
        assertEquals(List.of(MON, MON.plusDays(1)), gap.coveredDays());
        assertEquals(List.of(MON.plusDays(2), MON.plusDays(3)), gap.uncoveredDays());
        assertEquals("CEN: 4 school days without its SRO (2 covered)", gap.sentence());
    }

    @Test
    void onTheRosterTheReassignedSroShowsTheDestinationAndThePlannerSeesANeedThatAnOfficerSentThereFills() {
        reassignments.add(toDuty(3, lee, MON, MON.plusDays(11), "Patrol"));
        assertEquals(DayStatusKind.REASSIGNED, snapshot().statusOf(lee.id(), MON).kind());
        assertEquals("REASSIGNED→Patrol", snapshot().statusOf(lee.id(), MON.plusDays(4)).shortLabel(),
                "a reassignment wins over the staff day too");
        List<AbsenceBlock> needs = NeedFinder.find(snapshot(), CoverageSettings.DEFAULTS, List.of());
        assertEquals(NeedReason.REASSIGNED, needs.get(0).reason());
        assertEquals(9, needs.stream().filter(b -> b.schoolId() == central.id()).mapToInt(b -> b.needDates().size()).sum());

        reassignments.add(toSchool(4, diaz, MON, MON.plusDays(1), central));
        assertEquals("REASSIGNED→CEN", snapshot().statusOf(diaz.id(), MON).shortLabel());
        List<AbsenceBlock> filled = NeedFinder.find(snapshot(), CoverageSettings.DEFAULTS, List.of());
        assertEquals(7, filled.stream().filter(b -> b.schoolId() == central.id()).mapToInt(b -> b.needDates().size()).sum(),
                "Diaz fills Central on Monday and Tuesday");
    }

    @Test
    void anOpenEndedReassignmentIsCheckedToTheHorizonAndSaysSo() {
        SchoolGap gap = ReassignmentConflicts.check(snapshot(), toDuty(0, lee, MON.plusDays(7), null, "Patrol"),
                days(MON.plusDays(7), TWO_WEEKS.end())).gaps().get(0);
        assertTrue(gap.openEnded());
        assertEquals("CEN: at least 5 school days without its SRO", gap.sentence());
    }
}
