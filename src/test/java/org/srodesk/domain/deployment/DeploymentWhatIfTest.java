package org.srodesk.domain.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.srodesk.domain.coverage.PlannedCoverage;

/**
 * The what-if on {@link DeploymentFixture}, counted by hand. Re-planned, the current roster covers
 * all 9 need-days (CEN 9–13, HAR 10–13): in week two three rovers are on duty and R 1 leaves two to
 * cover. Only HAR's short sick day (3 March) stays without an SRO.
 */
class DeploymentWhatIfTest {

    private WhatIfComparison compare(DeploymentChange... changes) {
        return DeploymentWhatIf.compare(new DeploymentFixture().snapshot(), DeploymentFixture.calls(),
                DeploymentFixture.SETTINGS, List.of(), List.of(changes));
    }

    @Test
    void theCurrentRosterRePlannedCoversEveryExtendedAbsence() {
        ScenarioOutcome current = compare().current();
        assertEquals(9, current.needDays());
        assertEquals(0, current.uncoveredNeedDays());
        assertEquals(1, current.uncoveredHighSchoolDays());
        assertEquals(0, current.daysBelowReserve());
        assertEquals(1, current.callsWithoutOfficer());
        assertEquals(3, current.rovers());
    }

    @Test
    void oneRoverFewerLeavesTheQuieterHighSchoolUncoveredFourMoreDays() {
        WhatIfComparison c = compare(new DeploymentChange.RemoveRovers(1));
        // Week two: two rovers on duty, R 1 keeps one free, so one need a day; CEN (20 calls) beats HAR (5).
        assertEquals(2, c.whatIf().rovers());
        assertEquals(4, c.whatIf().uncoveredNeedDays());
        assertEquals(5, c.whatIf().uncoveredHighSchoolDays());
        assertEquals(4, c.uncoveredHighSchoolDaysChange());
        assertEquals(5, c.whatIf().callsWithoutOfficer());
        assertEquals(4, c.callsWithoutOfficerChange());
        SchoolFigures har = c.whatIf().figures().schools().stream().filter(s -> s.school().code().equals("HAR"))
                .findFirst().orElseThrow();
        assertEquals(5, har.noSroDays());
        assertEquals(0, har.roverCoveredDays());
    }

    @Test
    void theRoverRemovedIsOneWithTheFewestCoveringDays() {
        WhatIfComparison c = compare(new DeploymentChange.RemoveRovers(1));
        long removed = c.current().figures().rovers().stream().map(r -> r.officer().id())
                .filter(id -> c.whatIf().figures().rovers().stream().noneMatch(r -> r.officer().id() == id))
                .findFirst().orElseThrow();
        long coveringOfRemoved = c.current().plan().assignments().stream().filter(p -> p.roverId() == removed).count();
        assertEquals(0, coveringOfRemoved);
        assertTrue(c.notes().get(0).startsWith("Removed 1 rover: "), c.notes().get(0));
    }

    @Test
    void twoRoversFewerLeaveOnlyTheReserveSoNoExtendedAbsenceIsCovered() {
        WhatIfComparison c = compare(new DeploymentChange.RemoveRovers(2));
        assertEquals(9, c.whatIf().uncoveredNeedDays());
        assertEquals(10, c.whatIf().uncoveredHighSchoolDays());
        assertEquals(15, c.whatIf().callsWithoutOfficer());
    }

    @Test
    void anAddedRoverIsOnDutyEverySchoolDay() {
        WhatIfComparison c = compare(new DeploymentChange.RemoveRovers(2), new DeploymentChange.AddRovers(1, ""));
        assertEquals(2, c.whatIf().rovers());
        assertEquals(5, c.whatIf().uncoveredHighSchoolDays());
    }

    @Test
    void droppingASchoolsSroLeavesAVacantPostTheRoversCover() {
        WhatIfComparison c = compare(new DeploymentChange.DropSchoolSro(DeploymentFixture.CEN));
        SchoolFigures cen = c.whatIf().figures().schools().stream().filter(s -> s.school().code().equals("CEN"))
                .findFirst().orElseThrow();
        // Week one: Cole and Diaz on duty, one spare; week two: three on duty, two spare for CEN and HAR.
        assertEquals(0, cen.sroOnSiteDays());
        assertEquals(10, cen.roverCoveredDays());
        assertEquals(1, c.whatIf().uncoveredHighSchoolDays());
        assertEquals(4, c.whatIf().officers());
        assertTrue(c.notes().get(0).contains("Adams"), c.notes().get(0));
    }

    @Test
    void movingAPrimaryLeavesTheOldPostVacant() {
        WhatIfComparison c = compare(new DeploymentChange.MovePrimary(DeploymentFixture.BAKER, DeploymentFixture.WASH));
        SchoolFigures wash = c.whatIf().figures().schools().stream().filter(s -> s.school().code().equals("WASH"))
                .findFirst().orElseThrow();
        assertEquals(5, wash.sroOnSiteDays()); // Baker at WASH except his 5 days off
        assertEquals("Moved Ofc. Pat Baker from HAR to WASH", c.notes().get(0));
        // HAR vacant all 10 days; week one one rover spare (HAR covered), week two two spare for CEN and HAR.
        assertEquals(0, c.whatIf().uncoveredHighSchoolDays());
    }

    @Test
    void movingARoverIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> compare(new DeploymentChange.MovePrimary(DeploymentFixture.COLE, DeploymentFixture.WASH)));
    }

    @Test
    void nothingInTheCurrentPlanComesFromPinsOrHistory() {
        for (PlannedCoverage p : compare().current().plan().assignments()) {
            assertEquals(org.srodesk.domain.coverage.CoverageSource.PROPOSED, p.source());
        }
    }
}
