package org.srodesk.domain.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.domain.coverage.CoverageFixtures.day;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoveragePlannerTest {

    private static CoverageFixtures noReserve() {
        CoverageFixtures f = new CoverageFixtures();
        f.settings = new CoverageSettings(3, 0, true);
        return f;
    }

    private static long roverOn(CoveragePlan plan, long schoolId, int offset) {
        return plan.assignments().stream().filter(a -> a.schoolId() == schoolId && a.date().equals(day(offset)))
                .findFirst().orElseThrow(() -> new AssertionError("no coverage of " + schoolId + " on day " + offset))
                .roverId();
    }

    private static UncoveredNeed uncoveredOf(CoveragePlan plan, long schoolId, int offset) {
        return plan.uncovered().stream().filter(u -> u.need().schoolId() == schoolId && u.need().date().equals(day(offset)))
                .findFirst().orElseThrow(() -> new AssertionError("school " + schoolId + " is covered on day " + offset));
    }

    @Test
    void aRoverCoversAtMostOneSchoolADayAndTheBusierSchoolGetsIt() {
        CoverageFixtures f = noReserve().rover(1, "").allOnDuty(0).school(10, 5).school(20, 9);
        f.block(10, "", 11, 0);
        f.block(20, "", 21, 0);
        CoveragePlan plan = f.plan();
        assertEquals(1, roverOn(plan, 20, 0));
        UncoveredNeed lost = uncoveredOf(plan, 10, 0);
        assertEquals(UncoveredReason.ROVERS_COVERING_BUSIER_SCHOOLS, lost.reason());
        assertTrue(lost.explanation().contains("at least as many calls for service"), lost.explanation());
        assertTrue(lost.explanation().contains("911"), lost.explanation());
    }

    @Test
    void theReserveKeepsOneRoverFreeForTheOtherSchools() {
        CoverageFixtures f = new CoverageFixtures().rover(1, "").rover(2, "").allOnDuty(0).school(10, 5).school(20, 9);
        f.block(10, "", 11, 0);
        f.block(20, "", 21, 0);
        CoveragePlan plan = f.plan();
        assertEquals(1, plan.totals().covered());
        DayReserve reserve = plan.reserveOn(day(0)).orElseThrow();
        assertEquals(2, reserve.onDuty());
        assertEquals(1, reserve.required());
        assertEquals(1, reserve.free());
    }

    @Test
    void aLoneRoverOnDutyStaysInTheReserveAndTheNeedIsExplained() {
        CoverageFixtures f = new CoverageFixtures().rover(1, "").allOnDuty(0).school(10, 5);
        f.block(10, "", 11, 0);
        UncoveredNeed lost = uncoveredOf(f.plan(), 10, 0);
        assertEquals(UncoveredReason.RESERVE_WOULD_BREAK, lost.reason());
        assertTrue(lost.explanation().contains("must stay free"), lost.explanation());
    }

    @Test
    void withNoRoverOnDutyTheSchoolCalls911() {
        CoverageFixtures f = new CoverageFixtures().rover(1, "").school(10, 5);
        f.block(10, "", 11, 0);
        CoveragePlan plan = f.plan();
        UncoveredNeed lost = uncoveredOf(plan, 10, 0);
        assertEquals(UncoveredReason.NO_ROVER_ON_DUTY, lost.reason());
        assertTrue(lost.explanation().startsWith("No rover is on duty"), lost.explanation());
    }

    @Test
    void everyZoneWithRoversOnDutyKeepsItsOwnReserve() {
        CoverageFixtures f = new CoverageFixtures().rover(1, "East").rover(2, "East").rover(3, "West").allOnDuty(0);
        f.school(10, 1).school(20, 2).school(30, 3);
        f.block(10, "West", 11, 0);
        f.block(20, "West", 21, 0);
        f.block(30, "West", 31, 0);
        CoveragePlan plan = f.plan();
        assertEquals(1, plan.totals().covered(), "East can spare one rover, West none");
        long rover = roverOn(plan, 30, 0);
        assertTrue(rover == 1 || rover == 2, "the busiest West school gets an East rover");
        assertEquals(2, plan.reserveOn(day(0)).orElseThrow().zones().size());

        f.settings = new CoverageSettings(3, 1, false);
        assertEquals(2, f.plan().totals().covered(), "a district-wide reserve of one spares two of three");
    }

    @Test
    void aPinnedRoverStaysPinnedEvenAtALessBusySchool() {
        CoverageFixtures f = new CoverageFixtures().rover(1, "").rover(2, "").allOnDuty(0).school(10, 1).school(20, 9);
        f.block(10, "", 11, 0);
        f.block(20, "", 21, 0);
        f.pins.add(CoveragePin.day(2, 10, day(0)));
        CoveragePlan plan = f.plan();
        assertEquals(2, roverOn(plan, 10, 0));
        assertEquals(CoverageSource.PINNED, plan.assignments().get(0).source());
        assertEquals(UncoveredReason.ROVERS_PINNED_ELSEWHERE, uncoveredOf(plan, 20, 0).reason());
    }

    @Test
    void aBlockPinHoldsEveryDayOfTheBlockFromToday() {
        CoverageFixtures f = noReserve().rover(1, "").rover(2, "").allOnDuty(0, 1, 2, 3).school(10, 1);
        AbsenceBlock block = f.block(10, "", 11, 0, 1, 2, 3);
        f.today = day(1);
        f.pins.add(CoveragePin.block(2, block.id()));
        CoveragePlan plan = f.plan();
        for (int d = 1; d <= 3; d++) {
            assertEquals(2, roverOn(plan, 10, d));
        }
        assertEquals(UncoveredReason.IN_THE_PAST, uncoveredOf(plan, 10, 0).reason());
    }

    @Test
    void aPinThatWouldBreakTheReserveIsReportedNotKept() {
        CoverageFixtures f = new CoverageFixtures().rover(1, "").allOnDuty(0).school(10, 1);
        f.block(10, "", 11, 0);
        f.pins.add(CoveragePin.day(1, 10, day(0)));
        CoveragePlan plan = f.plan();
        assertEquals(0, plan.totals().covered());
        assertEquals(PinConflictReason.RESERVE_WOULD_BREAK, plan.conflicts().get(0).reason());
    }

    @Test
    void aPinOfARoverOffDutyIsReportedAndTheNeedIsPlannedNormally() {
        CoverageFixtures f = noReserve().rover(1, "").rover(2, "").onDuty(1, 0).school(10, 1);
        f.block(10, "", 11, 0);
        f.pins.add(CoveragePin.day(2, 10, day(0)));
        CoveragePlan plan = f.plan();
        assertEquals(PinConflictReason.ROVER_NOT_ON_DUTY, plan.conflicts().get(0).reason());
        assertEquals(1, roverOn(plan, 10, 0));
    }

    @Test
    void replanningKeepsAcceptedPastCoverageAndNeverPlansThePast() {
        CoverageFixtures f = noReserve().rover(1, "").rover(2, "").allOnDuty(0, 1, 2, 3).school(10, 4);
        f.block(10, "", 11, 0, 1, 2, 3);
        f.accept(2, 10, 0, 11);
        f.today = day(2);
        CoveragePlan plan = f.plan();
        PlannedCoverage past = plan.assignmentsOn(day(0)).get(0);
        assertEquals(2, past.roverId());
        assertEquals(CoverageSource.ACCEPTED, past.source());
        UncoveredNeed history = uncoveredOf(plan, 10, 1);
        assertEquals(UncoveredReason.IN_THE_PAST, history.reason());
        assertTrue(history.explanation().contains("is past"), history.explanation());
        assertEquals(CoverageSource.PROPOSED, plan.assignmentsOn(day(2)).get(0).source());
        assertEquals(12, plan.totals().weightedCovered(), "day 0 accepted + days 2 and 3 proposed, 4 calls each");
    }

    @Test
    void acceptedCoverageFromTodayOnIsKeptLikeAPin() {
        CoverageFixtures f = noReserve().rover(1, "").rover(2, "").allOnDuty(0).school(10, 4);
        f.block(10, "", 11, 0);
        f.accept(2, 10, 0, 11);
        CoveragePlan plan = f.plan();
        assertEquals(2, roverOn(plan, 10, 0));
        assertEquals(CoverageSource.ACCEPTED, plan.assignments().get(0).source());
    }

    @Test
    void acceptedCoverageOfARoverNowOffDutyIsReportedAndTheDayIsPlannedAgain() {
        CoverageFixtures f = noReserve().rover(1, "").rover(2, "").onDuty(1, 0).school(10, 4);
        f.block(10, "", 11, 0);
        f.accept(2, 10, 0, 11);
        CoveragePlan plan = f.plan();
        PinConflict conflict = plan.conflicts().get(0);
        assertTrue(conflict.accepted());
        assertEquals(PinConflictReason.ROVER_NOT_ON_DUTY, conflict.reason());
        assertEquals(1, roverOn(plan, 10, 0));
    }

    @Test
    void aPinInThePastIsReportedAndNothingIsPlannedThere() {
        CoverageFixtures f = noReserve().rover(1, "").allOnDuty(0, 1).school(10, 4);
        f.block(10, "", 11, 0, 1);
        f.today = day(1);
        f.pins.add(CoveragePin.day(1, 10, day(0)));
        CoveragePlan plan = f.plan();
        assertEquals(PinConflictReason.IN_THE_PAST, plan.conflicts().get(0).reason());
        assertEquals(UncoveredReason.IN_THE_PAST, uncoveredOf(plan, 10, 0).reason());
        assertEquals(1, roverOn(plan, 10, 1));
    }

    @Test
    void continuityKeepsOneRoverForTheWholeBlockOverBalance() {
        CoverageFixtures f = noReserve().rover(1, "").rover(2, "").allOnDuty(0, 1, 2).school(10, 4);
        f.block(10, "", 11, 0, 1, 2);
        CoveragePlan plan = f.plan();
        assertEquals(List.of(1L, 1L, 1L), plan.assignments().stream().map(PlannedCoverage::roverId).toList());
        assertEquals("Same rover as the rest of this block.", plan.assignments().get(2).why());
    }

    @Test
    void whenTheBlocksRoverIsOffAnotherCoversAndTheReasonSaysSo() {
        CoverageFixtures f = noReserve().rover(1, "").rover(2, "").allOnDuty(0, 1).school(10, 4);
        f.block(10, "", 11, 0, 1);
        f.offDuty(1, 1);
        CoveragePlan plan = f.plan();
        assertEquals(2, roverOn(plan, 10, 1));
        assertTrue(plan.assignmentsOn(day(1)).get(0).why().contains("Rover 1, who covered earlier days"));
    }

    @Test
    void aRoverOfTheSchoolsZoneIsPreferred() {
        CoverageFixtures f = noReserve().rover(1, "East").rover(2, "West").allOnDuty(0).school(10, 4);
        f.block(10, "West", 11, 0);
        CoveragePlan plan = f.plan();
        assertEquals(2, roverOn(plan, 10, 0));
        assertTrue(plan.assignments().get(0).why().startsWith("Same zone (West)"), plan.assignments().get(0).why());
    }

    @Test
    void withoutAFreeRoverOfTheZoneAnotherZoneCovers() {
        CoverageFixtures f = noReserve().rover(1, "East").allOnDuty(0).school(10, 4);
        f.block(10, "West", 11, 0);
        CoveragePlan plan = f.plan();
        assertEquals(1, roverOn(plan, 10, 0));
        assertTrue(plan.assignments().get(0).why().startsWith("No free rover in zone West"));
    }

    @Test
    void coveringDaysAreBalancedAcrossRovers() {
        CoverageFixtures f = noReserve().rover(1, "").rover(2, "").allOnDuty(0, 1).school(10, 4).school(20, 4);
        f.block(10, "", 11, 0);
        f.block(20, "", 21, 1);
        CoveragePlan plan = f.plan();
        assertEquals(1, roverOn(plan, 10, 0));
        assertEquals(2, roverOn(plan, 20, 1));
        assertTrue(plan.assignmentsOn(day(1)).get(0).why().startsWith("Fewest covering days so far (0)"));
    }

    @Test
    void aSchoolShortTwoOfficersHasTwoNeedsButGetsOneCoveringRoverThatDay() {
        CoverageFixtures f = noReserve().rover(1, "").rover(2, "").allOnDuty(0).school(10, 4);
        f.block(10, "", 11, 0);
        f.block(10, "", 12, 0);
        CoveragePlan plan = f.plan();
        assertEquals(1, plan.totals().covered());
        assertEquals(1, plan.uncovered().size());
        assertEquals(UncoveredReason.SCHOOL_ALREADY_COVERED, plan.uncovered().get(0).reason());
        assertTrue(plan.uncovered().get(0).explanation().contains("one covering rover a day"),
                plan.uncovered().get(0).explanation());
    }

    @Test
    void aPinOntoASchoolThatAlreadyHasItsCoveringRoverIsAConflict() {
        CoverageFixtures f = noReserve().rover(1, "").rover(2, "").allOnDuty(0).school(10, 4);
        f.block(10, "", 11, 0);
        f.block(10, "", 12, 0);
        f.pins.add(CoveragePin.day(1, 10, CoverageFixtures.day(0)));
        f.pins.add(CoveragePin.day(2, 10, CoverageFixtures.day(0)));
        CoveragePlan plan = f.plan();
        assertEquals(1, plan.totals().covered());
        assertEquals(List.of(PinConflictReason.SCHOOL_ALREADY_COVERED),
                plan.conflicts().stream().map(PinConflict::reason).toList());
    }

    @Test
    void theSameProblemAlwaysGivesTheSamePlanWhateverTheInputOrder() {
        CoverageFixtures f = new CoverageFixtures().rover(3, "East").rover(1, "West").rover(2, "East").rover(4, "West")
                .allOnDuty(0, 1, 2).school(10, 4).school(20, 4).school(30, 4);
        f.block(10, "East", 11, 0, 1, 2);
        f.block(20, "West", 21, 0, 1);
        f.block(30, "East", 31, 1, 2);
        CoveragePlan first = f.plan();
        Collections.reverse(f.rovers);
        Collections.reverse(f.blocks);
        CoveragePlan second = f.plan();
        assertEquals(first, second);
        assertEquals(first, new CoveragePlanner().plan(f.problem()));
    }
}
