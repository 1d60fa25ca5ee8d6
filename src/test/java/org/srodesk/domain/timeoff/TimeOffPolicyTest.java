package org.srodesk.domain.timeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.domain.timeoff.PolicyFixture.LEE;
import static org.srodesk.domain.timeoff.PolicyFixture.march;
import static org.srodesk.domain.timeoff.PolicyFixture.ofType;
import static org.srodesk.domain.timeoff.PolicyFixture.vacation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.ReassignmentStatus;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.domain.UnitEvent;

class TimeOffPolicyTest {

    private final PolicyFixture fixture = new PolicyFixture();

    @Nested
    class ExtendedInSession {

        @Test
        void exactlyNSchoolDaysIsNotExtended() {
            assertTrue(ofType(fixture.evaluate(vacation(march(2), march(4))), FindingType.EXTENDED_IN_SESSION).isEmpty());
        }

        @Test
        void oneMoreThanNSchoolDaysNeedsJustification() {
            List<PolicyFinding> found = ofType(fixture.evaluate(vacation(march(2), march(5))),
                    FindingType.EXTENDED_IN_SESSION);
            assertEquals(1, found.size());
            assertEquals(FindingSeverity.BLOCKING_UNTIL_JUSTIFIED, found.get(0).severity());
            assertEquals(List.of(march(2), march(3), march(4), march(5)), found.get(0).dates());
            assertTrue(found.get(0).sentence().contains("4 school days in a row"), found.get(0).sentence());
            assertTrue(TimeOffPolicy.needsJustification(fixture.evaluate(vacation(march(2), march(5)))));
        }

        @Test
        void aWeekendInTheMiddleDoesNotBreakTheRun() {
            // Thu 5, Fri 6, (Sat, Sun), Mon 9, Tue 10: four school days in a row.
            List<PolicyFinding> found = ofType(fixture.evaluate(vacation(march(5), march(10))),
                    FindingType.EXTENDED_IN_SESSION);
            assertEquals(List.of(march(5), march(6), march(9), march(10)), found.get(0).dates());
        }

        @Test
        void aHolidayInTheMiddleIsNotCounted() {
            // Mon 9, Tue 10, (Wed 11 holiday), Thu 12: three school days, exactly N.
            assertTrue(ofType(fixture.evaluate(vacation(march(9), march(12))), FindingType.EXTENDED_IN_SESSION).isEmpty());
        }

        @Test
        void aBreakInTheMiddleIsNotCountedButTheSchoolDaysEitherSideAre() {
            // Fri 13, (spring break 16-20), Mon 23: two school days.
            assertTrue(ofType(fixture.evaluate(vacation(march(13), march(23))), FindingType.EXTENDED_IN_SESSION).isEmpty());
            // Thu 12, Fri 13, (break), Mon 23, Tue 24: four school days away in a row for the school.
            List<PolicyFinding> found = ofType(fixture.evaluate(vacation(march(12), march(24))),
                    FindingType.EXTENDED_IN_SESSION);
            assertEquals(List.of(march(12), march(13), march(23), march(24)), found.get(0).dates());
        }

        @Test
        void adjacentVacationCountsSoSplittingDoesNotHideIt() {
            fixture.timeOff.add(PolicyFixture.request(7, LEE, TimeOffKind.VACATION, march(2), march(4), TimeOffStatus.APPROVED));
            List<PolicyFinding> found = ofType(fixture.evaluate(vacation(march(5), march(5))),
                    FindingType.EXTENDED_IN_SESSION);
            assertEquals(4, found.get(0).dates().size());
            assertTrue(found.get(0).sentence().contains("3 school days of other vacation"), found.get(0).sentence());
        }

        @Test
        void sickLeaveTrainingAndPartialDaysAreNeverExtended() {
            TimeOffRequest sick = PolicyFixture.request(0, LEE, TimeOffKind.SICK, march(2), march(13), TimeOffStatus.REQUESTED);
            TimeOffRequest training = PolicyFixture.request(0, LEE, TimeOffKind.TRAINING, march(2), march(13),
                    TimeOffStatus.REQUESTED);
            assertTrue(ofType(fixture.evaluate(sick), FindingType.EXTENDED_IN_SESSION).isEmpty());
            assertTrue(ofType(fixture.evaluate(training), FindingType.EXTENDED_IN_SESSION).isEmpty());
        }

        @Test
        void nComesFromTheSettings() {
            fixture.settings = new TimeOffPolicySettings(5, 7);
            assertTrue(ofType(fixture.evaluate(vacation(march(2), march(6))), FindingType.EXTENDED_IN_SESSION).isEmpty());
            assertFalse(ofType(fixture.evaluate(vacation(march(2), march(9))), FindingType.EXTENDED_IN_SESSION).isEmpty());
        }
    }

    @Nested
    class Overlap {

        @Test
        void pendingAndApprovedTimeOffOverlapButDeniedDoesNot() {
            fixture.timeOff.add(PolicyFixture.request(7, LEE, TimeOffKind.COMP, march(3), march(3), TimeOffStatus.REQUESTED));
            fixture.timeOff.add(PolicyFixture.request(8, LEE, TimeOffKind.COURT, march(4), march(4), TimeOffStatus.DENIED));
            List<PolicyFinding> found = ofType(fixture.evaluate(vacation(march(2), march(4))), FindingType.OVERLAP);
            assertEquals(1, found.size());
            assertEquals(List.of(march(3)), found.get(0).dates());
            assertEquals(FindingSeverity.WARNING, found.get(0).severity());
            assertTrue(found.get(0).sentence().contains("Overlaps another pending request (Comp time, Tue 3 Mar) on Tue 3 Mar."), found.get(0).sentence());
        }

        @Test
        void theRequestDoesNotOverlapItself() {
            TimeOffRequest stored = PolicyFixture.request(9, LEE, TimeOffKind.VACATION, march(2), march(3),
                    TimeOffStatus.REQUESTED);
            fixture.timeOff.add(stored);
            assertTrue(ofType(fixture.evaluate(stored), FindingType.OVERLAP).isEmpty());
        }

        @Test
        void anActiveReassignmentOverlaps() {
            fixture.reassignments.add(new Reassignment(1, LEE.id(), march(4), march(6), null, "Patrol", "Cmdr. Roe",
                    "", "", ReassignmentStatus.ACTIVE, "sgt", java.time.Instant.EPOCH, 0));
            List<PolicyFinding> found = ofType(fixture.evaluate(vacation(march(2), march(4))), FindingType.OVERLAP);
            assertEquals(List.of(march(4)), found.get(0).dates());
            assertTrue(found.get(0).sentence().contains("reassignment to Patrol"), found.get(0).sentence());
        }
    }

    @Nested
    class Coverage {

        @Test
        void aFreeRoverMakesItInformation() {
            PolicyFinding found = ofType(fixture.evaluate(vacation(march(5), march(9))), FindingType.COVERAGE).get(0);
            assertEquals(FindingSeverity.INFO, found.severity());
            assertEquals(List.of(march(5), march(6), march(9)), found.dates());
            assertTrue(found.sentence().contains("Central High would be without its SRO on 3 school days"));
            assertTrue(found.sentence().contains("A rover is free every day"), found.sentence());
        }

        @Test
        void withNoRoverBeyondTheReserveTheSchoolCalls911() {
            fixture.officers.remove(PolicyFixture.ROVER_B);
            PolicyFinding found = ofType(fixture.evaluate(vacation(march(5), march(6))), FindingType.COVERAGE).get(0);
            assertEquals(FindingSeverity.WARNING, found.severity());
            assertTrue(found.sentence().contains("No rover is free on Thu 5 Mar and Fri 6 Mar: the school calls 911."),
                    found.sentence());
        }

        @Test
        void roversAndDaysWithoutSchoolHaveNoCoverageFinding() {
            TimeOffRequest rover = PolicyFixture.request(0, PolicyFixture.ROVER_A, TimeOffKind.VACATION, march(2),
                    march(3), TimeOffStatus.REQUESTED);
            assertTrue(ofType(fixture.evaluate(rover), FindingType.COVERAGE).isEmpty());
            assertTrue(ofType(fixture.evaluate(vacation(march(16), march(20))), FindingType.COVERAGE).isEmpty());
        }
    }

    @Nested
    class UnitMeeting {

        @Test
        void aMandatoryMeetingOnARequestedDayIsFound() {
            fixture.events.add(new UnitEvent(1, march(5), LocalTime.of(9, 0), "SRO unit meeting", true));
            PolicyFinding found = ofType(fixture.evaluate(vacation(march(5), march(6))), FindingType.UNIT_MEETING).get(0);
            assertEquals(List.of(march(5)), found.dates());
            assertTrue(found.sentence().contains("mandatory SRO unit meeting on Thu 5 Mar"), found.sentence());
        }

        @Test
        void aPartialDayOnlyMissesTheMeetingWhenItStartsWithinTheHoursOff() {
            fixture.events.add(new UnitEvent(1, march(5), LocalTime.of(9, 0), "SRO unit meeting", true));
            TimeOffRequest afternoon = PolicyFixture.partial(TimeOffKind.PERSONAL, march(5), LocalTime.of(13, 0),
                    LocalTime.of(15, 0));
            TimeOffRequest morning = PolicyFixture.partial(TimeOffKind.PERSONAL, march(5), LocalTime.of(8, 0),
                    LocalTime.of(10, 0));
            assertTrue(ofType(fixture.evaluate(afternoon), FindingType.UNIT_MEETING).isEmpty());
            assertEquals(1, ofType(fixture.evaluate(morning), FindingType.UNIT_MEETING).size());
        }
    }

    @Nested
    class LateNotice {

        private TimeOffRequest askedOn(TimeOffKind kind, LocalDate askedOn, LocalDate start) {
            return new TimeOffRequest(0, LEE.id(), kind, start, start, null, null, TimeOffStatus.REQUESTED, "",
                    PolicyFixture.requestedOn(askedOn), "", null, null, "", 0);
        }

        @Test
        void fewerThanMDaysIsLateAndExactlyMIsNot() {
            List<PolicyFinding> late = ofType(fixture.evaluate(askedOn(TimeOffKind.VACATION, march(3), march(9))),
                    FindingType.LATE_NOTICE);
            assertEquals(1, late.size());
            assertTrue(late.get(0).sentence().contains("Requested 6 days before it starts; the unit asks for 7 days' notice."),
                    late.get(0).sentence());
            assertTrue(ofType(fixture.evaluate(askedOn(TimeOffKind.VACATION, march(2), march(9))),
                    FindingType.LATE_NOTICE).isEmpty());
        }

        @Test
        void sickLeaveIsNeverLate() {
            assertTrue(ofType(fixture.evaluate(askedOn(TimeOffKind.SICK, march(9), march(9))),
                    FindingType.LATE_NOTICE).isEmpty());
        }

        @Test
        void anUnsavedRequestCountsFromToday() {
            fixture.today = march(8);
            assertEquals(1, ofType(fixture.evaluate(vacation(march(9), march(9))), FindingType.LATE_NOTICE).size());
        }
    }

    @Nested
    class OffSeason {

        @Test
        void aRequestWithNoSchoolDayIsInformational() {
            List<PolicyFinding> findings = fixture.evaluate(vacation(march(14), march(22)));
            assertEquals(1, findings.size());
            assertEquals(FindingType.OFF_SEASON, findings.get(0).type());
            assertEquals(FindingSeverity.INFO, findings.get(0).severity());
        }

        @Test
        void aRequestWithASchoolDayIsNotOffSeason() {
            assertTrue(ofType(fixture.evaluate(vacation(march(13), march(16))), FindingType.OFF_SEASON).isEmpty());
        }
    }

    @Test
    void findingsNeedingJustificationComeFirst() {
        fixture.today = march(1);
        List<PolicyFinding> findings = fixture.evaluate(vacation(march(2), march(6)));
        assertEquals(FindingType.EXTENDED_IN_SESSION, findings.get(0).type());
        assertEquals(FindingSeverity.INFO, findings.get(findings.size() - 1).severity());
    }
}
