package org.srodesk.service.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.testing.ComplianceFixture.log;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.compliance.LogState;
import org.srodesk.domain.compliance.MonthlyLog;
import org.srodesk.domain.compliance.OverdueItem;
import org.srodesk.service.ConcurrentChangeException;
import org.srodesk.service.ValidationException;
import org.srodesk.testing.ComplianceFixture;
import org.srodesk.testing.TimeOffFixture;

/** Monthly logs on a real H2 database; "today" is 1 February 2026. */
class MonthlyLogServiceTest {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);

    private final ComplianceFixture fixture = new ComplianceFixture();
    private final MonthlyLogService logs = fixture.services.logs();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aLogForAMonthThatHasNotEndedIsRefusedAndNothingIsWritten() {
        ValidationException refused = assertThrows(ValidationException.class, () -> logs.record(
                log(fixture.lee, YearMonth.of(2026, 2), LocalDate.of(2026, 2, 1), 1, 0, 0, 0, 0, 0, 0, 0),
                TimeOffFixture.SERGEANT));
        assertEquals("The log for February 2026 cannot be recorded before the month has ended (2026-02-28).",
                refused.byField().get(LogDraft.MONTH));
        assertEquals(0, fixture.count("monthly_log"));
    }

    @Test
    void negativeCountsAFutureArrivalAndAnUnknownOfficerAreEachNamed() {
        Map<String, String> errors = assertThrows(ValidationException.class, () -> logs.record(
                log(4242, JANUARY, LocalDate.of(2026, 2, 3), 1, -2, 0, 0, 0, 0, 0, -1), TimeOffFixture.SERGEANT)).byField();
        assertEquals("There is no officer with id 4242.", errors.get(LogDraft.OFFICER));
        assertEquals("A count cannot be negative.", errors.get(LogDraft.DRUGS));
        assertEquals("A count cannot be negative.", errors.get(LogDraft.REPORTS));
        assertTrue(errors.get(LogDraft.RECEIVED).contains("future"), errors.toString());
        assertEquals(0, fixture.count("monthly_log"));
    }

    @Test
    void aRecordedLogShowsInItsMonthAndACorrectionNeedsTheVersionItSaw() {
        MonthlyLog saved = logs.record(log(fixture.lee, JANUARY, LocalDate.of(2026, 1, 31), 2, 1, 0, 0, 3, 1, 1, 4),
                TimeOffFixture.SERGEANT);
        assertEquals(7, saved.counts().totalSessions() + saved.counts().ptaMeetings());
        List<LogRow> month = logs.month(JANUARY);
        assertEquals(LogState.RECEIVED, month.stream().filter(r -> r.officer().id() == fixture.lee).findFirst()
                .orElseThrow().state());
        assertEquals(LogState.NOT_YET_DUE, month.stream().filter(r -> r.officer().id() == fixture.diaz).findFirst()
                .orElseThrow().state(), "January's log is due by 5 February");

        assertThrows(ValidationException.class, () -> logs.record(
                log(fixture.lee, JANUARY, LocalDate.of(2026, 1, 31), 0, 0, 0, 0, 0, 0, 0, 0), TimeOffFixture.SERGEANT));
        LogDraft correction = new LogDraft(fixture.lee, JANUARY, LocalDate.of(2026, 2, 1), 5, 1, 0, 0, 3, 1, 1, 4, "typo",
                saved.version());
        assertEquals(5, logs.record(correction, TimeOffFixture.SERGEANT).sessionsGangs());
        ConcurrentChangeException stale = assertThrows(ConcurrentChangeException.class,
                () -> logs.record(correction, TimeOffFixture.SERGEANT), "the same version twice: someone changed it since");
        assertTrue(stale.getMessage().matches("The log for January 2026 was changed by "
                + TimeOffFixture.SERGEANT.userName() + " at \\d\\d:\\d\\d on \\d+ \\w+ 2026 — reload and try again\\."),
                stale.getMessage());
        assertEquals(1, fixture.count("monthly_log"));
    }

    @Test
    void theOverduePanelListsLogsPastTheirDueDayForEveryOfficer() {
        // today 2026-02-01: September–December logs are overdue unless received; January is not yet due
        for (YearMonth m = YearMonth.of(2025, 9); m.isBefore(JANUARY); m = m.plusMonths(1)) {
            logs.record(log(fixture.lee, m, m.atEndOfMonth().plusDays(2), 0, 0, 0, 0, 0, 0, 0, 0), TimeOffFixture.SERGEANT);
        }
        logs.record(log(fixture.diaz, YearMonth.of(2025, 9), LocalDate.of(2025, 10, 1), 0, 0, 0, 0, 0, 0, 0, 0),
                TimeOffFixture.SERGEANT);
        List<OverdueItem> missing = fixture.services.overdue().overdue().stream()
                .filter(i -> i.kind() == OverdueItem.Kind.MISSING_LOG).toList();
        // Diaz: October, November, December; Moe: September to December
        assertEquals(7, missing.size(), missing.toString());
        assertEquals(0, missing.stream().filter(i -> i.officerId() == fixture.lee).count());
        assertEquals(3, missing.stream().filter(i -> i.officerId() == fixture.diaz).count());
    }
}
