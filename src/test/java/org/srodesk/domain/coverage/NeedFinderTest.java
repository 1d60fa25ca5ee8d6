package org.srodesk.domain.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.domain.coverage.RosterFixtures.march;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffStatus;

class NeedFinderTest {

    private static RosterFixtures district() {
        return new RosterFixtures().highSchool(100, "CEN", "East").primary(1, 100).rover(50, "East");
    }

    private static List<AbsenceBlock> needs(RosterFixtures f) {
        return NeedFinder.find(f.snapshot(), CoverageSettings.DEFAULTS, List.of());
    }

    @Test
    void anAbsenceOfExactlyKSchoolDaysIsANeed() {
        List<AbsenceBlock> blocks = needs(district().approvedTimeOff(1, march(2), march(4)));
        assertEquals(1, blocks.size());
        AbsenceBlock block = blocks.get(0);
        assertEquals(List.of(march(2), march(3), march(4)), block.needDates());
        assertEquals(NeedReason.TIME_OFF, block.reason());
        assertEquals(TimeOffKind.VACATION, block.timeOffKind());
        assertEquals(1, block.absentOfficerId());
        assertEquals("East", block.schoolZone());
    }

    @Test
    void anAbsenceOfKMinusOneSchoolDaysIsNotANeed() {
        assertTrue(needs(district().approvedTimeOff(1, march(2), march(3))).isEmpty());
    }

    @Test
    void aWeekendInsideTheAbsenceDoesNotBreakTheRun() {
        List<AbsenceBlock> blocks = needs(district().approvedTimeOff(1, march(5), march(9)));
        assertEquals(List.of(march(5), march(6), march(9)), blocks.get(0).needDates());
    }

    @Test
    void aHolidayInsideTheAbsenceDoesNotBreakTheRun() {
        List<AbsenceBlock> blocks = needs(district().approvedTimeOff(1, march(10), march(12))
                .approvedTimeOff(1, march(13), march(13)));
        assertEquals(List.of(march(10), march(12), march(13)), blocks.get(0).needDates());
    }

    @Test
    void partialDayTimeOffIsNotAnAbsence() {
        RosterFixtures f = district().partialDayOff(1, march(2)).partialDayOff(1, march(3)).partialDayOff(1, march(4));
        assertTrue(needs(f).isEmpty());
    }

    @Test
    void timeOffNotYetApprovedIsNotAnAbsence() {
        assertTrue(needs(district().timeOff(1, march(2), march(6), TimeOffStatus.REQUESTED)).isEmpty());
    }

    @Test
    void aReassignmentAwayIsANeed() {
        List<AbsenceBlock> blocks = needs(district().reassignToDuty(1, march(16), march(18)));
        assertEquals(NeedReason.REASSIGNED, blocks.get(0).reason());
        assertNull(blocks.get(0).timeOffKind());
        assertEquals(3, blocks.get(0).needDates().size());
    }

    @Test
    void aReassignmentToTheSameSchoolIsNotAnAbsence() {
        assertTrue(needs(district().reassignToSchool(1, 100, march(16), march(20))).isEmpty());
    }

    @Test
    void anOfficerReassignedToTheSchoolFillsItsNeed() {
        RosterFixtures f = district().highSchool(200, "NOR", "West").primary(2, 200)
                .approvedTimeOff(1, march(16), march(20))
                .reassignToSchool(2, 100, march(16), march(17));
        List<AbsenceBlock> blocks = needs(f);
        AbsenceBlock atCentral = blocks.stream().filter(b -> b.schoolId() == 100).findFirst().orElseThrow();
        assertEquals(List.of(march(18), march(19), march(20)), atCentral.needDates());
        assertEquals(march(16), atCentral.first(), "the block is still the whole absence");
        assertTrue(blocks.stream().noneMatch(b -> b.schoolId() == 200), "two days away from North is short of K");
    }

    @Test
    void aVacantPostIsANeed() {
        RosterFixtures f = district().highSchool(300, "SOU", "West");
        List<AbsenceBlock> blocks = needs(f);
        assertEquals(1, blocks.size());
        assertEquals(NeedReason.VACANT, blocks.get(0).reason());
        assertEquals(0, blocks.get(0).absentOfficerId());
        assertEquals(f.snapshot().calendar().schoolDays(RosterFixtures.MARCH), blocks.get(0).needDates());
    }

    @Test
    void aSchoolWithTwoPrimariesNeedsOneRoverPerAbsentPrimary() {
        RosterFixtures f = district().primary(2, 100).approvedTimeOff(1, march(2), march(4))
                .approvedTimeOff(2, march(3), march(5));
        List<AbsenceBlock> blocks = needs(f);
        assertEquals(2, blocks.size());
        assertEquals(6, blocks.stream().mapToInt(b -> b.needDates().size()).sum());
    }

    @Test
    void schoolsOtherThanHighSchoolsHaveNoNeeds() {
        assertTrue(needs(district().middleSchool(400, "MID")).isEmpty());
    }

    @Test
    void anAbsenceThatBeganBeforeThePeriodIsFollowedBackToCountItsLength() {
        RosterFixtures f = district().approvedTimeOff(1, LocalDate.of(2026, 2, 26), march(3));
        List<AbsenceBlock> blocks = needs(f);
        assertEquals(List.of(march(2), march(3)), blocks.get(0).needDates());
    }

    @Test
    void manualNeedsCountWhateverTheMinimumLength() {
        List<AbsenceBlock> blocks = NeedFinder.find(district().snapshot(), CoverageSettings.DEFAULTS,
                List.of(new ManualNeed(100, march(20), "Homecoming")));
        assertEquals(1, blocks.size());
        assertEquals(NeedReason.MANUAL, blocks.get(0).reason());
        assertEquals("Homecoming", blocks.get(0).note());
    }

    @Test
    void aLargerKDropsShorterAbsences() {
        RosterFixtures f = district().approvedTimeOff(1, march(2), march(4));
        assertTrue(NeedFinder.find(f.snapshot(), new CoverageSettings(4, 1, true), List.of()).isEmpty());
        assertEquals(1, NeedFinder.find(f.snapshot(), new CoverageSettings(1, 1, true), List.of()).size());
    }
}
