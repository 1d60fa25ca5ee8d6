package org.srodesk.domain.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.srodesk.domain.CalendarDay;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.SchoolCalendar;

class LogRuleTest {

    private static final YearMonth OCTOBER = YearMonth.of(2025, 10);

    @Test
    void aLogIsDueFiveDaysAfterTheMonthAndOverdueFromTheSixth() {
        assertEquals(LocalDate.of(2025, 11, 5), LogRule.dueBy(OCTOBER, 5));
        assertEquals(LogState.MONTH_OPEN, LogRule.state(OCTOBER, null, LocalDate.of(2025, 10, 31), 5));
        assertEquals(LogState.NOT_YET_DUE, LogRule.state(OCTOBER, null, LocalDate.of(2025, 11, 1), 5));
        assertEquals(LogState.NOT_YET_DUE, LogRule.state(OCTOBER, null, LocalDate.of(2025, 11, 5), 5));
        assertEquals(LogState.OVERDUE, LogRule.state(OCTOBER, null, LocalDate.of(2025, 11, 6), 5));
    }

    @Test
    void aLogThatArrivedAfterItsDueDayIsReceivedLate() {
        assertEquals(LogState.RECEIVED, LogRule.state(OCTOBER, LocalDate.of(2025, 11, 5), LocalDate.of(2026, 1, 1), 5));
        assertEquals(LogState.RECEIVED_LATE, LogRule.state(OCTOBER, LocalDate.of(2025, 11, 6), LocalDate.of(2026, 1, 1), 5));
    }

    @Test
    void onlyMonthsWithSchoolDaysExpectALog() {
        List<CalendarDay> days = new ArrayList<>();
        DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 10, 31)).stream().forEach(d -> days.add(
                new CalendarDay(d, d.getMonthValue() >= 9 && d.getDayOfWeek().getValue() <= 5, "")));
        assertEquals(List.of(YearMonth.of(2025, 9), OCTOBER), LogRule.expectedMonths(new SchoolCalendar(days),
                DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 10, 31))));
    }

    @Test
    void theOverduePanelListsTheMissingLogButNotOneStillWithinItsDueDays() {
        Officer lee = new Officer(1, "4127", "Lee", "Pat", "Ofc.", OfficerRole.PRIMARY_SRO, "", "", "");
        Officer diaz = new Officer(2, "5001", "Diaz", "Ana", "Ofc.", OfficerRole.ROVER, "", "", "");
        List<MonthlyLog> logs = List.of(
                MonthlyLog.of(1, YearMonth.of(2025, 9), LocalDate.of(2025, 10, 2), ActivityCounts.ZERO, "", "sgt", Instant.EPOCH),
                MonthlyLog.of(1, OCTOBER, LocalDate.of(2025, 11, 3), ActivityCounts.ZERO, "", "sgt", Instant.EPOCH),
                MonthlyLog.of(2, YearMonth.of(2025, 9), LocalDate.of(2025, 10, 9), ActivityCounts.ZERO, "", "sgt", Instant.EPOCH));
        List<YearMonth> expected = List.of(YearMonth.of(2025, 9), OCTOBER, YearMonth.of(2025, 11));
        List<OverdueItem> items = OverdueFinder.find(new OverdueFinder.Inputs(List.of(lee, diaz), List.of(), List.of(),
                expected, logs, List.of(), List.of(), LocalDate.of(2025, 12, 4), 5, 60));
        assertEquals(1, items.size(), items.toString());
        OverdueItem missing = items.get(0);
        assertEquals(OverdueItem.Kind.MISSING_LOG, missing.kind());
        assertEquals(2, missing.officerId());
        assertEquals("Log for October 2025 not received", missing.what());
        assertEquals(LocalDate.of(2025, 11, 5), missing.since());
    }

    @Test
    void negativeCountsAndLogMonthsNotOnTheFirstAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ActivityCounts(0, -1, 0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new MonthlyLog(0, 1, LocalDate.of(2025, 10, 2),
                LocalDate.of(2025, 11, 2), 0, 0, 0, 0, 0, 0, 0, 0, "", "sgt", Instant.EPOCH, 0));
    }

    @Test
    void theDefaultMeetingIsTheFirstWednesdayOrTheNextSchoolDayOfTheMonth() {
        List<CalendarDay> days = new ArrayList<>();
        DateRange.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31)).stream().forEach(d -> days.add(
                new CalendarDay(d, d.getDayOfWeek().getValue() <= 5 && d.getDayOfMonth() != 1, "")));
        SchoolCalendar calendar = new SchoolCalendar(days);
        assertEquals(DayOfWeek.WEDNESDAY, LocalDate.of(2025, 10, 1).getDayOfWeek());
        assertEquals(LocalDate.of(2025, 10, 2), MeetingRule.DEFAULT.dateIn(OCTOBER, calendar));
        assertEquals(LocalDate.of(2025, 11, 5), MeetingRule.DEFAULT.dateIn(YearMonth.of(2025, 11),
                new SchoolCalendar(List.of(new CalendarDay(LocalDate.of(2025, 11, 5), true, "")))));
    }
}
