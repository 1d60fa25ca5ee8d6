package org.srodesk.domain.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.srodesk.domain.deployment.DeploymentFixture.march;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.srodesk.domain.TimeOffKind;

/** The review figures of {@link DeploymentFixture}, counted by hand (see its table). */
class DeploymentCalculatorTest {

    private final DeploymentFigures figures = DeploymentCalculator.compute(new DeploymentFixture().snapshot(),
            DeploymentFixture.calls(), true);

    private SchoolFigures school(String code) {
        return figures.schools().stream().filter(s -> s.school().code().equals(code)).findFirst().orElseThrow();
    }

    private OfficerFigures officer(long id) {
        return figures.officers().stream().filter(o -> o.officer().id() == id).findFirst().orElseThrow();
    }

    @Test
    void highSchoolWithAbsentPrimaryAndNoAcceptedCoverageHasNoSroOnThoseDays() {
        SchoolFigures cen = school("CEN");
        assertEquals(10, cen.schoolDays());
        assertEquals(5, cen.sroOnSiteDays());
        assertEquals(0, cen.roverCoveredDays());
        assertEquals(5, cen.noSroDays());
        assertEquals(20, cen.calls());
        assertEquals(10, cen.callsOnNoSroDays());
        assertEquals(2.0, cen.callsPerNoSroDay());
        assertEquals("Adams, Pat", cen.primaries());
    }

    @Test
    void aShortSickDayIsStillADayWithoutAnSro() {
        SchoolFigures har = school("HAR");
        assertEquals(5, har.sroOnSiteDays());
        assertEquals(5, har.noSroDays()); // 3 March + 10–13 March
        assertEquals(5, har.calls());
        assertEquals(5, har.callsOnNoSroDays());
    }

    @Test
    void aMiddleSchoolIsAnsweredByRoversOnDuty() {
        SchoolFigures wash = school("WASH");
        assertEquals(0, wash.sroOnSiteDays());
        assertEquals(10, wash.roverOnCallDays());
        assertEquals(0, wash.noSroDays());
        assertEquals(2, wash.calls()); // the call in April is outside the period
        assertEquals(0, wash.callsOnNoSroDays());
        assertEquals("", wash.primaries());
    }

    @Test
    void totalsAddUpTheSchools() {
        DeploymentTotals t = figures.totals();
        assertEquals(3, t.schools());
        assertEquals(2, t.highSchools());
        assertEquals(20, t.highSchoolDays());
        assertEquals(10, t.sroOnSiteHighSchoolDays());
        assertEquals(0, t.roverCoveredHighSchoolDays());
        assertEquals(10, t.noSroHighSchoolDays());
        assertEquals(0, t.noSroOtherDays());
        assertEquals(27, t.calls());
        assertEquals(15, t.callsWithoutOfficer());
        assertEquals(3, t.rovers());
        assertEquals(0, t.roverCoveringDays());
        assertEquals(25, t.roverReserveDays());
    }

    @Test
    void officersCountSchoolDaysAtPostAndTimeOffByKind() {
        OfficerFigures baker = officer(DeploymentFixture.BAKER);
        assertEquals("HAR", baker.homeSchool());
        assertEquals(5, baker.atPostDays());
        assertEquals(4, baker.timeOffDays(TimeOffKind.VACATION));
        assertEquals(1, baker.timeOffDays(TimeOffKind.SICK));
        assertEquals(5, baker.totalTimeOffDays());
        OfficerFigures eng = officer(DeploymentFixture.ENG);
        assertEquals(5, eng.roverDutyDays());
        assertEquals(5, eng.timeOffDays(TimeOffKind.VACATION));
        RoverFigures engRover = figures.rovers().stream().filter(r -> r.officer().id() == DeploymentFixture.ENG)
                .findFirst().orElseThrow();
        assertEquals(0, engRover.coveringDays());
        assertEquals(5, engRover.reserveDays());
        assertEquals(5, engRover.awayDays());
    }

    @Test
    void weeksCountUncoveredHighSchoolDays() {
        assertEquals(List.of(new WeekFigures(march(2), 10, 1, 0), new WeekFigures(march(9), 10, 9, 0)), figures.weeks());
    }

    @Test
    void reserveCountsRoversOnDutyPerDay() {
        assertEquals(0, figures.daysBelowReserve(1, false, Set.of()));
        assertEquals(5, figures.daysBelowReserve(3, false, Set.of())); // Eng away in week one: 2 free
        assertEquals(10, figures.daysBelowReserve(1, true, Set.of("Nowhere")));
    }

    @Test
    void theZoneSummaryOfADistrictWithoutZonesIsOneLine() {
        ZoneFigures z = figures.zones().get(0);
        assertEquals(1, figures.zones().size());
        assertEquals("District", z.label());
        assertEquals(3, z.schools());
        assertEquals(2, z.primaries());
        assertEquals(3, z.rovers());
        assertEquals(10, z.noSroHighSchoolDays());
        assertEquals(15, z.callsWithoutOfficer());
    }

    @Test
    void daysOutsideTheCalendarAreNotSchoolDays() {
        assertEquals(LocalDate.of(2026, 3, 13), figures.schoolDays().get(9));
        assertEquals(10, figures.schoolDays().size());
    }
}
