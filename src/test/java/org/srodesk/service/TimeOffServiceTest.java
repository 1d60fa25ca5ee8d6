package org.srodesk.service;

import org.srodesk.testing.Actors;
import org.srodesk.domain.account.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.testing.TimeOffFixture.SERGEANT;
import static org.srodesk.testing.TimeOffFixture.march;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.domain.timeoff.FindingType;
import org.srodesk.domain.timeoff.NoticeStatus;
import org.srodesk.domain.timeoff.PrincipalNotice;
import org.srodesk.domain.timeoff.TimeOffDecision;
import org.srodesk.testing.TimeOffFixture;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.testing.Backend;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class TimeOffServiceTest {

    private final TimeOffFixture fixture;
    private final TimeOffService service;

    TimeOffServiceTest(Backend backend) {
        fixture = new TimeOffFixture(backend);
        service = fixture.service;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void assertNothingWritten(java.util.function.Supplier<Object> attempt, String field) {
        int requests = fixture.count("time_off_request");
        int decisions = fixture.count("time_off_decision");
        int notices = fixture.count("principal_notice");
        ValidationException refused = assertThrows(ValidationException.class, attempt::get);
        assertTrue(refused.byField().containsKey(field), refused.byField().toString());
        assertEquals(requests, fixture.count("time_off_request"));
        assertEquals(decisions, fixture.count("time_off_decision"));
        assertEquals(notices, fixture.count("principal_notice"));
    }

    @Test
    void enteringARequestWritesItPendingWithItsHistory() {
        DecisionOutcome outcome = service.request(fixture.vacation(march(2), march(3)), SERGEANT);
        TimeOffRequest saved = outcome.request();
        assertEquals(TimeOffStatus.REQUESTED, saved.status());
        assertEquals("sgt.olson", saved.requestedBy());
        assertTrue(outcome.notice().isEmpty(), "planned time off is announced when approved, not when requested");
        List<TimeOffDecision> history = service.history(saved.id());
        assertEquals(1, history.size());
        assertEquals(TimeOffStatus.REQUESTED, history.get(0).toStatus());
        assertEquals(1, service.pendingCount());
    }

    @Test
    void badInputIsRefusedByFieldAndWritesNothing() {
        service.request(fixture.vacation(march(2), march(3)), SERGEANT);
        assertNothingWritten(() -> service.request(fixture.vacation(march(5), march(4)), SERGEANT), TimeOffDraft.END);
        assertNothingWritten(() -> service.request(new TimeOffDraft(999L, TimeOffKind.VACATION, march(2), march(3),
                null, null, ""), SERGEANT), TimeOffDraft.OFFICER);
        assertNothingWritten(() -> service.request(fixture.vacation(march(2), march(3)), SERGEANT), TimeOffDraft.START);
        assertNothingWritten(() -> service.request(fixture.vacation(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 4)),
                SERGEANT), TimeOffDraft.START);
        assertNothingWritten(() -> service.request(fixture.vacation(march(2), LocalDate.of(2026, 7, 2)), SERGEANT),
                TimeOffDraft.END);
        assertNothingWritten(() -> service.request(new TimeOffDraft(fixture.lee, TimeOffKind.PERSONAL, march(2), march(2),
                LocalTime.of(12, 0), LocalTime.of(9, 0), ""), SERGEANT), TimeOffDraft.HOURS);
        assertNothingWritten(() -> service.request(new TimeOffDraft(null, null, null, null, null, null, ""), SERGEANT),
                TimeOffDraft.OFFICER);
    }

    @Test
    void approvingExtendedVacationInSessionRequiresJustification() {
        TimeOffRequest request = service.request(fixture.vacation(march(2), march(6)), SERGEANT).request();
        assertTrue(service.findings(request.id()).stream().anyMatch(f -> f.type() == FindingType.EXTENDED_IN_SESSION));

        assertNothingWritten(() -> service.approve(request.id(), request.version(), "  ", SERGEANT), TimeOffService.COMMENT);
        assertEquals(TimeOffStatus.REQUESTED, service.find(request.id()).orElseThrow().status());

        DecisionOutcome approved = service.approve(request.id(), request.version(), "Family emergency abroad", SERGEANT);
        assertEquals(TimeOffStatus.APPROVED, approved.request().status());
        assertEquals("sgt.olson", approved.request().decidedBy());
        assertEquals("Family emergency abroad", approved.request().decisionComment());
        assertEquals(request.version() + 1, approved.request().version());
        List<TimeOffDecision> history = service.history(request.id());
        assertEquals(List.of(TimeOffStatus.REQUESTED, TimeOffStatus.APPROVED),
                history.stream().map(TimeOffDecision::toStatus).toList());
        assertTrue(history.get(1).findings().contains("EXTENDED_IN_SESSION"), history.get(1).findings());
        assertEquals(0, service.pendingCount());
    }

    @Test
    void approvingPlannedTimeOffQueuesTheNoticeInTheSameTransaction() {
        TimeOffRequest request = service.request(fixture.vacation(march(5), march(6)), SERGEANT).request();
        PrincipalNotice notice = service.approve(request.id(), request.version(), "", SERGEANT).notice().orElseThrow();
        assertEquals(NoticeStatus.QUEUED, notice.status());
        assertEquals("ames@school.test", notice.recipient());
        assertTrue(notice.subject().contains("Central High"), notice.subject());
        assertTrue(notice.body().contains("Thursday 5 March 2026"), notice.body());
        assertTrue(notice.body().contains("Sgt. Olson, phone 651-555-0199"), notice.body());
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsWritten() {
        TimeOffRequest request = service.request(fixture.vacation(march(5), march(6)), SERGEANT).request();
        service.deny(request.id(), request.version(), "Short-staffed that week", new Actor("sgt.two", "Sgt. Two", Role.SERGEANT));
        int decisions = fixture.count("time_off_decision");

        assertThrows(ConcurrentChangeException.class,
                () -> service.approve(request.id(), request.version(), "", SERGEANT));
        assertEquals(decisions, fixture.count("time_off_decision"));
        assertEquals(0, fixture.count("principal_notice"));
        TimeOffRequest now = service.find(request.id()).orElseThrow();
        assertEquals(TimeOffStatus.DENIED, now.status());
        assertEquals("sgt.two", now.decidedBy());
    }

    @Test
    void theDatabaseRefusesASecondDecisionOnTheSameVersion() {
        TimeOffRequest request = service.request(fixture.vacation(march(5), march(6)), SERGEANT).request();
        int updated = fixture.database.inTransaction(h -> h.attach(org.srodesk.persistence.TimeOffDecisionDao.class)
                .decide(request.id(), request.version(), TimeOffStatus.APPROVED, "a", java.time.Instant.now(), ""));
        int second = fixture.database.inTransaction(h -> h.attach(org.srodesk.persistence.TimeOffDecisionDao.class)
                .decide(request.id(), request.version(), TimeOffStatus.DENIED, "b", java.time.Instant.now(), ""));
        assertEquals(1, updated);
        assertEquals(0, second);
    }

    @Test
    void denyingNeedsAReasonAndCancellingAnApprovedRequestKeepsTheHistory() {
        TimeOffRequest request = service.request(fixture.vacation(march(5), march(6)), SERGEANT).request();
        assertNothingWritten(() -> service.deny(request.id(), request.version(), "", SERGEANT), TimeOffService.COMMENT);
        TimeOffRequest approved = service.approve(request.id(), request.version(), "", SERGEANT).request();
        TimeOffRequest cancelled = service.cancel(approved.id(), approved.version(), "Trip called off", SERGEANT).request();
        assertEquals(TimeOffStatus.CANCELLED, cancelled.status());
        assertEquals(List.of(TimeOffStatus.REQUESTED, TimeOffStatus.APPROVED, TimeOffStatus.CANCELLED),
                service.history(request.id()).stream().map(TimeOffDecision::toStatus).toList());
        assertThrows(ConcurrentChangeException.class,
                () -> service.cancel(cancelled.id(), cancelled.version(), "", SERGEANT));
    }

    @Test
    void sickLeaveIsRecordedApprovedAndItsNoticeQueued() {
        DecisionOutcome outcome = service.request(new TimeOffDraft(fixture.lee, TimeOffKind.SICK, march(9), march(9),
                null, null, "Flu"), SERGEANT);
        assertEquals(TimeOffStatus.APPROVED, outcome.request().status());
        assertEquals("sgt.olson", outcome.request().decidedBy());
        assertTrue(outcome.notice().orElseThrow().body().contains("on sick leave"));
        assertEquals(0, service.pendingCount());
    }

    @Test
    void theListShowsPendingFirstThenByFirstDayAndFilters() {
        TimeOffRequest late = service.request(fixture.vacation(march(23), march(23)), SERGEANT).request();
        TimeOffRequest early = service.request(fixture.vacation(march(2), march(2)), SERGEANT).request();
        TimeOffRequest approved = service.request(fixture.vacation(march(9), march(9)), SERGEANT).request();
        service.approve(approved.id(), approved.version(), "", SERGEANT);
        service.request(new TimeOffDraft(fixture.roverA, TimeOffKind.COURT, march(4), march(4), null, null, ""), SERGEANT);

        List<Long> all = service.list(TimeOffFilter.ALL).stream().map(r -> r.request().id()).toList();
        assertEquals(early.id(), all.get(0));
        assertEquals(approved.id(), all.get(all.size() - 1));
        assertTrue(all.indexOf(late.id()) < all.indexOf(approved.id()));

        assertEquals(1, service.list(new TimeOffFilter(TimeOffStatus.APPROVED, null, null, null, null)).size());
        assertEquals(1, service.list(new TimeOffFilter(null, TimeOffKind.COURT, null, null, null)).size());
        assertEquals(3, service.list(new TimeOffFilter(null, null, fixture.lee, null, null)).size());
        List<TimeOffRow> week = service.list(new TimeOffFilter(null, null, null, march(3), march(9)));
        assertEquals(2, week.size());
        assertEquals("Central High", week.stream().filter(r -> r.request().officerId() == fixture.lee)
                .findFirst().orElseThrow().school().orElseThrow().name());
        assertEquals(3, service.pendingCount());
    }

    @Test
    void approvedTimeOffShowsInTheRosterAtOnceAndListenersHearOfIt() {
        int[] heard = {0};
        service.addChangeListener(() -> heard[0]++);
        TimeOffRequest request = service.request(fixture.vacation(march(5), march(6)), SERGEANT).request();
        service.approve(request.id(), request.version(), "", SERGEANT);
        assertEquals(2, heard[0]);
        var roster = new RosterService(fixture.database).loadSnapshot(DateRange.of(march(2), march(6)));
        assertEquals(org.srodesk.domain.DayStatusKind.TIME_OFF, roster.statusOf(fixture.lee, march(5)).kind());
        assertFalse(roster.statusOf(fixture.lee, march(4)).kind() == org.srodesk.domain.DayStatusKind.TIME_OFF);
    }

    @Test
    void settingsAreStoredAndBadNumbersRefused() {
        TimeOffSettings saved = fixture.settings.save(5, 10, "smtp.test", 2525, false, "sgt", "sro@police.test", Actors.ADMIN);
        assertEquals(5, fixture.settings.load().policy().extendedSchoolDays());
        assertEquals(10, saved.policy().noticeDays());
        assertEquals("smtp.test", saved.smtp().host());
        assertFalse(saved.smtp().startTls());
        ValidationException refused = assertThrows(ValidationException.class,
                () -> fixture.settings.save(0, -1, "", 70000, true, "", "", Actors.ADMIN));
        assertEquals(3, refused.errors().size());
        assertEquals(5, fixture.settings.load().policy().extendedSchoolDays());
        // N from the settings changes the finding.
        TimeOffRequest request = service.request(fixture.vacation(march(2), march(6)), SERGEANT).request();
        assertTrue(service.findings(request.id()).stream().noneMatch(f -> f.type() == FindingType.EXTENDED_IN_SESSION));
    }
}
