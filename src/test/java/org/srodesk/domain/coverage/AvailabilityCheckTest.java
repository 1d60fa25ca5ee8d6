package org.srodesk.domain.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.domain.coverage.CoverageFixtures.day;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolLevel;

class AvailabilityCheckTest {

    private static final School WEST_HIGH = new School(10, "WHS", "West High", SchoolLevel.HIGH, "", "", "", "", "West");

    @Test
    void spareRoversAreNamedWithTheSchoolsZoneFirst() {
        CoverageFixtures f = new CoverageFixtures().rover(1, "East").rover(2, "East").rover(3, "West").rover(4, "West")
                .allOnDuty(0).school(10, 5);
        RoverAvailability answer = AvailabilityCheck.isRoverFree(f.problem(), WEST_HIGH, day(0));
        assertTrue(answer.free());
        assertEquals(List.of(3L, 4L, 1L, 2L), answer.roverIds());
        assertTrue(answer.displaced().isEmpty());
    }

    @Test
    void aRoverWhoMustStayInTheReserveIsNotFree() {
        CoverageFixtures f = new CoverageFixtures().rover(1, "").allOnDuty(0).school(10, 5);
        RoverAvailability answer = AvailabilityCheck.isRoverFree(f.problem(), WEST_HIGH, day(0));
        assertFalse(answer.free());
        assertEquals(UncoveredReason.RESERVE_WOULD_BREAK, answer.reason());
        assertTrue(answer.explanation().contains("must stay free"));
    }

    @Test
    void withNoRoverOnDutyNoneIsFree() {
        CoverageFixtures f = new CoverageFixtures().rover(1, "").school(10, 5);
        assertEquals(UncoveredReason.NO_ROVER_ON_DUTY, AvailabilityCheck.isRoverFree(f.problem(), WEST_HIGH, day(0)).reason());
    }

    @Test
    void roversCoveringBusierSchoolsAreNotFree() {
        CoverageFixtures f = new CoverageFixtures().rover(1, "").rover(2, "").allOnDuty(0).school(10, 5).school(20, 9);
        f.block(20, "", 21, 0);
        RoverAvailability answer = AvailabilityCheck.isRoverFree(f.problem(), WEST_HIGH, day(0));
        assertFalse(answer.free());
        assertEquals(UncoveredReason.ROVERS_COVERING_BUSIER_SCHOOLS, answer.reason());
    }

    @Test
    void aBusierSchoolCanTakeTheRoverOfALessBusyOneAndTheAnswerSaysWhich() {
        CoverageFixtures f = new CoverageFixtures().rover(1, "").rover(2, "").allOnDuty(0).school(10, 9).school(20, 2);
        f.block(20, "", 21, 0);
        RoverAvailability answer = AvailabilityCheck.isRoverFree(f.problem(), WEST_HIGH, day(0));
        assertTrue(answer.free());
        assertEquals(20, answer.displaced().orElseThrow().schoolId());
        assertTrue(answer.explanation().contains("taking the rover from S20"), answer.explanation());
    }

    @Test
    void theRosterFormAnswersFromTheRosterItself() {
        RosterFixtures f = new RosterFixtures().highSchool(100, "CEN", "East").primary(1, 100)
                .rover(50, "East").rover(51, "East");
        RoverAvailability answer = AvailabilityCheck.isRoverFree(f.snapshot(), Map.of(100L, 12), CoverageSettings.DEFAULTS,
                100, RosterFixtures.march(2));
        assertTrue(answer.free());
        assertEquals(List.of(50L, 51L), answer.roverIds());
        RoverAvailability weekend = AvailabilityCheck.isRoverFree(f.snapshot(), Map.of(100L, 12),
                CoverageSettings.DEFAULTS, 100, RosterFixtures.march(7));
        assertEquals(UncoveredReason.NO_ROVER_ON_DUTY, weekend.reason());
    }
}
