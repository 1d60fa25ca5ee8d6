package org.srodesk.service;

import org.srodesk.testing.Actors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.testing.ReassignmentFixture.SERGEANT;
import static org.srodesk.testing.ReassignmentFixture.march;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.DayStatus;
import org.srodesk.domain.DayStatusKind;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.ReassignmentStatus;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.coverage.AbsenceBlock;
import org.srodesk.domain.coverage.NeedReason;
import org.srodesk.domain.reassign.ConflictType;
import org.srodesk.domain.reassign.ReassignmentAction;
import org.srodesk.domain.reassign.ReassignmentCheck;
import org.srodesk.domain.reassign.ReassignmentEvent;
import org.srodesk.domain.timeoff.PrincipalNotice;
import org.srodesk.testing.ReassignmentFixture;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.testing.Backend;

/** {@link ReassignmentService} on a real database: in-memory H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ReassignmentServiceTest {

    private final ReassignmentFixture fixture;
    private final ReassignmentService service;

    ReassignmentServiceTest(Backend backend) {
        fixture = new ReassignmentFixture(backend);
        service = fixture.service;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private DayStatus leeOn(java.time.LocalDate day) {
        return fixture.roster.loadSnapshot(DateRange.day(day)).statusOf(fixture.base.lee, day);
    }

    @Test
    void recordingWritesTheReassignmentItsHistoryAndTheNoticeToThePrincipalWhoLosesTheSro() {
        ReassignmentOutcome outcome = service.record(fixture.leeToPatrol(march(2), march(6)), ConflictConfirmation.NONE,
                SERGEANT);

        Reassignment saved = outcome.reassignment();
        assertEquals("Commander Jane Axtell", saved.orderedBy());
        assertEquals("sgt.olson", saved.recordedBy());
        List<ReassignmentEvent> history = service.history(saved.id());
        assertEquals(1, history.size());
        assertEquals(ReassignmentAction.RECORDED, history.get(0).action());
        assertEquals("sgt.olson", history.get(0).actedBy());
        assertTrue(history.get(0).afterState().contains("Patrol"), history.get(0).afterState());
        assertEquals(1, outcome.notices().size());
        PrincipalNotice notice = outcome.notices().get(0);
        assertEquals("ames@school.test", notice.recipient());
        assertEquals(saved.id(), notice.reassignmentId());
        assertTrue(notice.subject().contains("Central High"), notice.subject());
        assertTrue(notice.body().contains("Patrol") && notice.body().contains("Monday 2 March 2026"), notice.body());
        assertEquals(List.of(notice), service.notices(saved.id()));
        assertEquals("REASSIGNED→Patrol", leeOn(march(3)).shortLabel());
        assertTrue(service.replanningFlag().isPresent(), "Central High loses its SRO on 5 school days");
        assertTrue(outcome.replanning().contains("CEN"), outcome.replanning());
    }

    @Test
    void aReassignedHighSchoolSroBecomesACoverageNeedAndAReassignmentToTheSchoolFillsIt() {
        service.record(fixture.leeToPatrol(march(2), march(6)), ConflictConfirmation.NONE, SERGEANT);
        DateRange week = DateRange.of(march(2), march(6));
        List<AbsenceBlock> blocks = centralBlocks(week);
        assertEquals(1, blocks.size());
        assertEquals(NeedReason.REASSIGNED, blocks.get(0).reason());
        assertEquals(fixture.base.central, blocks.get(0).schoolId());
        assertEquals(5, blocks.get(0).needDates().size());

        service.record(new ReassignmentDraft(fixture.base.roverB, march(2), march(4), fixture.base.central, null,
                "Deputy Chief Ray Moss", "", "Cover Central"), ConflictConfirmation.NONE, SERGEANT);
        List<AbsenceBlock> after = centralBlocks(week);
        assertEquals(List.of(march(5), march(6)), after.get(0).needDates(), "Moe fills Central 2–4 March");
        assertEquals(DayStatusKind.REASSIGNED, fixture.roster.loadSnapshot(week).statusOf(fixture.base.roverB, march(3)).kind());
    }

    private List<AbsenceBlock> centralBlocks(DateRange period) {
        return fixture.coverage.planPeriod(period, List.of(), org.srodesk.testing.TimeOffFixture.TODAY).blocks().stream()
                .filter(b -> b.schoolId() == fixture.base.central).toList();
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        ValidationException order = assertThrows(ValidationException.class, () -> service.record(
                new ReassignmentDraft(fixture.base.lee, march(6), march(2), null, "Patrol", " ", "", ""),
                ConflictConfirmation.NONE, SERGEANT));
        assertEquals("The last day is before the first day.", order.byField().get(ReassignmentDraft.END));
        assertTrue(order.byField().containsKey(ReassignmentDraft.ORDERED_BY));
        ValidationException unknown = assertThrows(ValidationException.class, () -> service.record(
                new ReassignmentDraft(999L, march(2), march(6), 998L, null, "Commander Axtell", "", ""),
                ConflictConfirmation.NONE, SERGEANT));
        assertTrue(unknown.byField().containsKey(ReassignmentDraft.OFFICER));
        assertTrue(unknown.byField().containsKey(ReassignmentDraft.DESTINATION));
        ValidationException none = assertThrows(ValidationException.class, () -> service.record(
                new ReassignmentDraft(fixture.base.lee, march(2), null, null, "", "Commander Axtell", "", ""),
                ConflictConfirmation.NONE, SERGEANT));
        assertEquals("Choose a school or name the duty.", none.byField().get(ReassignmentDraft.DESTINATION));
        assertEquals(0, fixture.count("reassignment"));
        assertEquals(0, fixture.count("reassignment_event"));
        assertEquals(0, fixture.count("principal_notice"));
    }

    @Test
    void approvedTimeOffIsAConflictThatNeedsAConfirmationWhichIsRecorded() {
        fixture.base.service.request(new TimeOffDraft(fixture.base.lee, TimeOffKind.SICK, march(3), march(3), null,
                null, ""), SERGEANT);
        int notices = fixture.count("principal_notice");
        ReassignmentCheck check = service.check(fixture.leeToPatrol(march(2), march(6)), 0);
        assertEquals(List.of(ConflictType.APPROVED_TIME_OFF), check.conflicts().stream().map(c -> c.type()).toList());

        ValidationException refused = assertThrows(ValidationException.class, () -> service.record(
                fixture.leeToPatrol(march(2), march(6)), ConflictConfirmation.NONE, SERGEANT));
        assertTrue(refused.byField().containsKey(ReassignmentDraft.CONFIRM));
        assertEquals(0, fixture.count("reassignment"));
        assertEquals(notices, fixture.count("principal_notice"));

        Reassignment saved = service.record(fixture.leeToPatrol(march(2), march(6)),
                new ConflictConfirmation(true, "Order stands; sick day stays", false), SERGEANT).reassignment();
        ReassignmentEvent recorded = service.history(saved.id()).get(0);
        assertTrue(recorded.conflicts().contains("approved sick"), recorded.conflicts());
        assertEquals("Confirmed by Sgt. Olson (sgt.olson): Order stands; sick day stays", recorded.confirmation());
        assertEquals(DayStatusKind.TIME_OFF, leeOn(march(3)).kind(), "time off still wins on the roster");
    }

    @Test
    void anOverlappingReassignmentIsAConflictButAnEditDoesNotConflictWithItself() {
        Reassignment first = service.record(fixture.leeToPatrol(march(2), march(6)), ConflictConfirmation.NONE,
                SERGEANT).reassignment();
        ReassignmentDraft second = new ReassignmentDraft(fixture.base.lee, march(5), march(10), null, "Special event",
                "Commander Jane Axtell", "", "Parade");
        assertEquals(ConflictType.OVERLAPPING_REASSIGNMENT, service.check(second, 0).conflicts().get(0).type());
        assertTrue(service.check(second, first.id()).conflicts().isEmpty());
    }

    @Test
    void aCoveringRoverIsAConflictAndReleasingTheCoverageDeletesItFromTodayOnAndFlagsReplanning() {
        long past = fixture.coverCentral(fixture.base.roverA, java.time.LocalDate.of(2026, 1, 30));
        fixture.coverCentral(fixture.base.roverA, march(3));
        fixture.coverCentral(fixture.base.roverA, march(4));
        ReassignmentDraft draft = new ReassignmentDraft(fixture.base.roverA, java.time.LocalDate.of(2026, 1, 30),
                march(3), null, "Investigations", "Lieutenant Ko", "", "");
        ReassignmentCheck check = service.check(draft, 0);
        assertEquals(ConflictType.ROVER_COVERING, check.conflicts().get(0).type());
        assertEquals(2, check.releasableCoverageIds().size());
        assertEquals("CEN: 2 school days without its SRO", check.gapSummary());

        ReassignmentOutcome outcome = service.record(draft, new ConflictConfirmation(true, "", true), SERGEANT);

        assertEquals(1, outcome.releasedCoverage(), "30 January is history and stays");
        List<Long> left = fixture.base.database.withHandle(h -> h.createQuery(
                "SELECT id FROM coverage_assignment ORDER BY cover_date").mapTo(Long.class).list());
        assertEquals(2, left.size());
        assertEquals(past, left.get(0));
        ReplanningFlag flag = service.replanningFlag().orElseThrow();
        assertEquals(march(3), flag.from());
        assertTrue(outcome.replanning().startsWith("Re-plan coverage from Tue 3 Mar"), outcome.replanning());
        assertTrue(service.history(outcome.reassignment().id()).get(0).releasedCoverage().contains("CEN: Tue 3 Mar"));
        service.clearReplanningFlag(Actors.SERGEANT);
        assertTrue(service.replanningFlag().isEmpty());
    }

    @Test
    void changeEndEarlyAndCancelKeepTheHistoryAndNeverDeleteTheRow() {
        Reassignment r = service.record(fixture.leeToPatrol(march(2), march(13)), ConflictConfirmation.NONE, SERGEANT)
                .reassignment();
        Reassignment changed = service.change(r.id(), r.version(), fixture.leeToPatrol(march(2), march(20)),
                ConflictConfirmation.NONE, SERGEANT).reassignment();
        assertEquals(march(20), changed.endDate());
        ReassignmentOutcome ended = service.endEarly(changed.id(), changed.version(), march(9), "Shortage over", SERGEANT);
        assertEquals(march(9), ended.reassignment().endDate());
        assertEquals(1, ended.notices().size(), "Central High is told its SRO is back");
        assertTrue(ended.notices().get(0).subject().contains("Tue 10 Mar"), ended.notices().get(0).subject());
        assertEquals(DayStatusKind.AT_SCHOOL, leeOn(march(10)).kind());
        Reassignment cancelled = service.cancel(ended.reassignment().id(), ended.reassignment().version(), "Order withdrawn",
                SERGEANT).reassignment();
        assertEquals(ReassignmentStatus.CANCELLED, cancelled.status());

        List<ReassignmentEvent> history = service.history(r.id());
        assertEquals(List.of(ReassignmentAction.RECORDED, ReassignmentAction.CHANGED, ReassignmentAction.ENDED,
                ReassignmentAction.CANCELLED), history.stream().map(ReassignmentEvent::action).toList());
        assertTrue(history.get(1).beforeState().contains("Fri 13 Mar 2026"), history.get(1).beforeState());
        assertTrue(history.get(1).afterState().contains("Fri 20 Mar 2026"), history.get(1).afterState());
        assertEquals("Shortage over", history.get(2).comment());
        assertEquals(1, fixture.count("reassignment"));
        assertEquals(DayStatusKind.AT_SCHOOL, leeOn(march(3)).kind(), "a cancelled reassignment is off the roster");
    }

    @Test
    void theReplanningFlagKeepsOneLinePerReassignmentAndTheEarliestDay() {
        Reassignment r = service.record(fixture.leeToPatrol(march(9), march(13)), ConflictConfirmation.NONE, SERGEANT)
                .reassignment();
        service.change(r.id(), r.version(), fixture.leeToPatrol(march(2), march(13)), ConflictConfirmation.NONE, SERGEANT);
        ReplanningFlag flag = service.replanningFlag().orElseThrow();
        assertEquals(march(2), flag.from());
        assertEquals(List.of("Reassignment #" + r.id() + ": CEN is without Ofc. Pat Lee on 10 school days."),
                flag.note().lines().toList());
    }

    @Test
    void changingTheDaysTellsThePrincipalAgainButRewordingTheOrderDoesNot() {
        Reassignment r = service.record(fixture.leeToPatrol(march(2), march(6)), ConflictConfirmation.NONE, SERGEANT)
                .reassignment();
        ReassignmentOutcome longer = service.change(r.id(), r.version(), fixture.leeToPatrol(march(2), march(13)),
                ConflictConfirmation.NONE, SERGEANT);
        assertEquals(1, longer.notices().size());
        assertTrue(longer.notices().get(0).subject().contains("Fri 13 Mar"), longer.notices().get(0).subject());
        ReassignmentDraft reworded = new ReassignmentDraft(fixture.base.lee, march(2), march(13), null, "Patrol",
                "Commander Jane Axtell", "GO-26-114A", "Corrected order number");
        assertTrue(service.change(r.id(), longer.reassignment().version(), reworded, ConflictConfirmation.NONE, SERGEANT)
                .notices().isEmpty());
        assertEquals(2, service.notices(r.id()).size());
    }

    @Test
    void aStaleVersionIsRefusedAndWritesNothing() {
        Reassignment r = service.record(fixture.leeToPatrol(march(2), march(6)), ConflictConfirmation.NONE, SERGEANT)
                .reassignment();
        service.change(r.id(), r.version(), fixture.leeToPatrol(march(2), march(5)), ConflictConfirmation.NONE, SERGEANT);
        assertThrows(ConcurrentChangeException.class, () -> service.change(r.id(), r.version(),
                fixture.leeToPatrol(march(2), march(12)), ConflictConfirmation.NONE, SERGEANT));
        assertThrows(ConcurrentChangeException.class, () -> service.cancel(r.id(), r.version(), "", SERGEANT));
        assertThrows(ConcurrentChangeException.class, () -> service.endEarly(r.id(), r.version(), march(3), "", SERGEANT));
        assertEquals(march(5), service.find(r.id()).orElseThrow().endDate());
        assertEquals(2, service.history(r.id()).size());
    }

    @Test
    void endingEarlyRefusesADayThatIsNotEarlier() {
        Reassignment r = service.record(fixture.leeToPatrol(march(2), march(6)), ConflictConfirmation.NONE, SERGEANT)
                .reassignment();
        ValidationException late = assertThrows(ValidationException.class,
                () -> service.endEarly(r.id(), r.version(), march(6), "", SERGEANT));
        assertTrue(late.byField().containsKey(ReassignmentDraft.END));
        assertEquals(1, service.history(r.id()).size());
    }

    @Test
    void theListGroupsCurrentUpcomingPastAndCancelledAndSaysWhatEachLeavesUncovered() {
        service.record(fixture.leeToPatrol(march(2), march(6)), ConflictConfirmation.NONE, SERGEANT);
        service.record(new ReassignmentDraft(fixture.base.roverA, java.time.LocalDate.of(2026, 1, 26),
                java.time.LocalDate.of(2026, 1, 28), fixture.harding, null, "Commander Jane Axtell", "", ""),
                ConflictConfirmation.NONE, SERGEANT);
        Reassignment current = service.record(new ReassignmentDraft(fixture.base.roverB,
                java.time.LocalDate.of(2026, 1, 26), null, null, "Training academy", "Commander Jane Axtell", "", ""),
                ConflictConfirmation.NONE, SERGEANT).reassignment();

        List<ReassignmentRow> rows = service.list(ReassignmentFilter.ALL);
        assertEquals(List.of(ReassignmentTiming.CURRENT, ReassignmentTiming.UPCOMING, ReassignmentTiming.PAST),
                rows.stream().map(ReassignmentRow::timing).toList());
        assertEquals(current.id(), rows.get(0).reassignment().id());
        assertEquals("CEN: 5 school days without its SRO", rows.get(1).leavesUncovered());
        assertEquals("Nothing", rows.get(2).leavesUncovered());
        assertEquals("Harding High (HAR)", rows.get(2).destination());
        assertEquals(1, service.list(new ReassignmentFilter(null, null, "har", null, null)).size());
        assertEquals(1, service.list(new ReassignmentFilter(ReassignmentTiming.UPCOMING, null, null, null, null)).size());
        assertFalse(service.list(new ReassignmentFilter(null, fixture.base.lee, null, null, null)).isEmpty());
    }
}
