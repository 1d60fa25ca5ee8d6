package org.srodesk.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.export.pdf.MarchFixture.march;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.srodesk.domain.Assignment;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.SchoolCalendar;

/** The page model: what each day of a school's month says, decided without drawing anything. */
class RosterMonthTest {

    final MarchFixture fixture = new MarchFixture();
    final RosterPage central = fixture.page(fixture.central);

    @Test
    void theSchoolsSroIsOnSiteOnAnOrdinarySchoolDay() {
        assertEquals(DayKind.SRO_ON_SITE, central.day(1).kind());
        assertEquals(List.of("Ofc. Thảo Nguyễn"), central.day(1).lines());
        assertEquals(List.of(fixture.sro), central.sros());
        assertTrue(central.rovers().isEmpty(), "a high school with its SRO lists no rovers");
    }

    @Test
    void theCoveringRoverIsNamedWithPhoneOnExactlyTheDaysHeCovers() {
        for (int day = 8; day <= 11; day++) {
            assertEquals(DayKind.ROVER_COVERS, central.day(day).kind(), "March " + day);
            assertEquals(List.of("Cpl. José Peña", "(651) 555-0120"), central.day(day).lines());
        }
        assertEquals(DayKind.SRO_ON_SITE, central.day(5).kind());
    }

    @Test
    void aSchoolDayWithNobodyOnSiteSaysNoSroCall911() {
        assertEquals(DayKind.NO_SRO, central.day(15).kind());
        assertEquals(DayKind.NO_SRO, central.day(16).kind());
        assertEquals("No SRO / call 911", central.day(15).text());
        assertEquals(2, central.nineOneOneDays());
    }

    @Test
    void daysWithoutSchoolCarryTheCalendarNoteAndWeekendsNothing() {
        assertEquals(DayKind.NOT_IN_SESSION, central.day(12).kind());
        assertEquals(List.of("Staff development day"), central.day(12).lines());
        assertEquals(List.of("Spring break"), central.day(30).lines());
        assertEquals(DayKind.NOT_IN_SESSION, central.day(6).kind());
        assertEquals(List.of(), central.day(6).lines());
    }

    @Test
    void aPartDayAwayNamesTheSroAndTheHoursAway() {
        assertEquals(DayKind.SRO_PART_DAY, central.day(22).kind());
        assertEquals(List.of("Ofc. Thảo Nguyễn", "away 09:00–11:00"), central.day(22).lines());
    }

    @Test
    void absencesAreWordedOncePerRunOfSchoolDaysWithTheSameCover() {
        List<String> printed = central.absences().stream().map(AbsenceLine::printed).toList();
        assertEquals(List.of(
                "Mar 8–11: Ofc. Thảo Nguyễn on vacation; Cpl. José Peña (rover) covers, (651) 555-0120.",
                "Mar 15–16: Ofc. Thảo Nguyễn on sick leave; no SRO on site — call 911.",
                "Mar 22: Ofc. Thảo Nguyễn away 09:00–11:00 (court); call 911 while the SRO is away."), printed);
    }

    @Test
    void anElementarySchoolListsItsZoneRoversAndTheDaysNoRoverIsFree() {
        RosterPage lincoln = fixture.page(fixture.lincoln);
        assertEquals(List.of(fixture.rover), lincoln.rovers());
        assertEquals(DayKind.ROVERS_ON_CALL, lincoln.day(1).kind());
        assertEquals(List.of("Cpl. José Peña"), lincoln.day(1).lines());
        assertEquals(DayKind.NO_ROVER, lincoln.day(8).kind(), "the zone's only rover covers Central High");
        assertEquals("Mar 8–11: no rover on duty for your school (all away or covering high schools) — call 911.",
                lincoln.absences().get(0).printed());
    }

    @Test
    void aSchoolInAZoneWithoutRoversIsServedByEveryRover() {
        RosterPage south = fixture.page(fixture.south);
        assertEquals(List.of(fixture.rover, fixture.southRover), south.rovers());
        assertEquals(List.of("Cpl. José Peña", "Ofc. Kim Vang"), south.day(1).lines());
        assertEquals(List.of("Ofc. Kim Vang"), south.day(8).lines());
        assertTrue(south.absences().isEmpty());
    }

    @Test
    void aVacantHighSchoolShowsTheOfficerReassignedThereThen911() {
        RosterPage west = fixture.page(fixture.west);
        assertTrue(west.sros().isEmpty());
        assertEquals(DayKind.REASSIGNED_HERE, west.day(1).kind());
        assertEquals(List.of("Ofc. Ana Øster", "(651) 555-0140"), west.day(1).lines());
        assertEquals(DayKind.NO_SRO, west.day(4).kind());
        assertEquals("Mar 1–3: Ofc. Ana Øster (reassigned here by command staff) on site, (651) 555-0140.",
                west.absences().get(0).printed());
        assertEquals("Mar 4–26: no SRO is posted to the school; no SRO on site — call 911.",
                west.absences().get(1).printed());
    }

    @Test
    void aHighSchoolWithSeveralSrosCountsThoseOnSiteAndNamesWhoIsAway() {
        Officer second = new Officer(11, "5001", "Lind", "Ola", "Ofc.", OfficerRole.PRIMARY_SRO, "(651) 555-0201", "", "North");
        Officer third = new Officer(12, "5002", "Yang", "Bee", "Ofc.", OfficerRole.PRIMARY_SRO, "(651) 555-0202", "", "North");
        List<Officer> officers = new ArrayList<>(fixture.officers());
        officers.addAll(List.of(second, third));
        List<Assignment> assignments = new ArrayList<>(fixture.assignments());
        assignments.add(new Assignment(11, second.id(), fixture.central.id(), march(1), null));
        assignments.add(new Assignment(12, third.id(), fixture.central.id(), march(3), null));
        RosterSnapshot snapshot = new RosterSnapshot(RosterMonth.period(MarchFixture.MONTH),
                new SchoolCalendar(MarchFixture.calendarDays()), officers, fixture.schools(), assignments,
                fixture.timeOff(), List.of(), List.of());
        RosterPage page = new RosterMonth(snapshot, MarchFixture.MONTH).page(fixture.central, MarchFixture.unit(),
                march(1));
        assertEquals(List.of(fixture.sro, second, third), page.sros(), "most days posted first");
        assertEquals(List.of("Ofc. Thảo Nguyễn", "Ofc. Ola Lind"), page.day(1).lines(), "two posted: named");
        assertEquals(List.of("All 3 SROs on site"), page.day(3).lines());
        assertEquals(List.of("2 of 3 SROs on site"), page.day(8).lines());
        assertEquals(DayKind.SRO_ON_SITE, page.day(15).kind());
        assertEquals("Mar 8–11: Ofc. Thảo Nguyễn on vacation; the other SROs are on site.",
                page.absences().get(0).printed());
        assertEquals(0, page.nineOneOneDays());
    }

    @Test
    void aMiddleSchoolWithItsOwnSroFallsBackToTheRoversWhenTheSroIsAway() {
        List<Assignment> assignments = List.of(new Assignment(1, fixture.sro.id(), fixture.south.id(), march(1), null));
        RosterSnapshot snapshot = new RosterSnapshot(RosterMonth.period(MarchFixture.MONTH),
                new SchoolCalendar(MarchFixture.calendarDays()), fixture.officers(), fixture.schools(), assignments,
                fixture.timeOff(), List.of(), List.of());
        RosterPage page = new RosterMonth(snapshot, MarchFixture.MONTH).page(fixture.south, MarchFixture.unit(),
                march(1));
        assertEquals(List.of(fixture.sro), page.sros());
        assertEquals(DayKind.SRO_ON_SITE, page.day(1).kind());
        assertEquals(DayKind.ROVERS_ON_CALL, page.day(8).kind());
        assertEquals(List.of("Cpl. José Peña", "Ofc. Kim Vang"), page.day(8).lines());
        assertEquals("Mar 8–11: Ofc. Thảo Nguyễn on vacation; rovers on call 07:00–15:00.",
                page.absences().get(0).printed());
    }

    @Test
    void theFileNameIsTheSchoolCodeAndTheMonth() {
        assertEquals("CEN_2027-03.pdf", central.fileName());
        assertEquals("A_B_2027-03.pdf", RosterPage.fileName("A/B", YearMonth.of(2027, 3)));
    }

    @Test
    void aSnapshotThatDoesNotCoverTheWholeMonthIsRefused() {
        RosterSnapshot partial = new RosterSnapshot(DateRange.of(march(1), march(15)), SchoolCalendar.empty(),
                fixture.officers(), fixture.schools(), List.of(), List.of(), List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> new RosterMonth(partial, MarchFixture.MONTH));
    }
}
