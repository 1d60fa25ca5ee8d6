package org.srodesk.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.srodesk.domain.CalendarDay;
import org.srodesk.domain.UnitEvent;

class DemoSchoolCalendarTest {

    private final DemoSchoolCalendar calendar = new DemoSchoolCalendar();

    @Test
    void calendarHasEveryDateOfBothSchoolYears() {
        List<CalendarDay> days = calendar.days();
        assertEquals(LocalDate.of(2025, 7, 1), days.get(0).date());
        assertEquals(LocalDate.of(2027, 6, 30), days.get(days.size() - 1).date());
        assertEquals(730, days.size());
    }

    @Test
    void schoolStartsAfterLaborDayAndEndsInJune() {
        assertFalse(calendar.isInSession(LocalDate.of(2025, 9, 1)));
        assertEquals("Labor Day", calendar.note(LocalDate.of(2025, 9, 1)));
        assertTrue(calendar.isInSession(LocalDate.of(2025, 9, 2)));
        assertTrue(calendar.isInSession(LocalDate.of(2026, 6, 10)));
        assertFalse(calendar.isInSession(LocalDate.of(2026, 6, 11)));
        assertFalse(calendar.isInSession(LocalDate.of(2026, 9, 4)));
        assertTrue(calendar.isInSession(LocalDate.of(2026, 9, 8)));
        assertTrue(calendar.isInSession(LocalDate.of(2027, 6, 9)));
        assertFalse(calendar.isInSession(LocalDate.of(2027, 6, 10)));
    }

    @Test
    void breaksAndHolidaysAreNotInSessionAndSayWhy() {
        assertEquals("Winter break", calendar.note(LocalDate.of(2025, 12, 25)));
        assertFalse(calendar.isInSession(LocalDate.of(2025, 12, 25)));
        assertEquals("Thanksgiving break", calendar.note(LocalDate.of(2026, 11, 27)));
        assertEquals("Spring break", calendar.note(LocalDate.of(2027, 4, 2)));
        assertEquals("Martin Luther King Jr. Day", calendar.note(LocalDate.of(2027, 1, 18)));
        assertEquals("Memorial Day", calendar.note(LocalDate.of(2026, 5, 25)));
        assertEquals("Summer", calendar.note(LocalDate.of(2026, 7, 15)));
        assertTrue(calendar.days().stream().anyMatch(d -> d.note().startsWith("Staff development day")));
    }

    @Test
    void weekendsAreNeverInSessionAndEveryNonSessionWeekdayHasANote() {
        for (CalendarDay day : calendar.days()) {
            DayOfWeek dow = day.date().getDayOfWeek();
            boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
            if (weekend) {
                assertFalse(day.inSession(), day.toString());
            } else if (!day.inSession()) {
                assertFalse(day.note().isBlank(), day.toString());
            }
        }
    }

    @Test
    void eachSchoolYearHasAboutOneHundredSeventyFiveSchoolDays() {
        for (DemoSchoolCalendar.SchoolYear year : DemoSchoolCalendar.YEARS) {
            int days = calendar.sessionDays(year.start(), year.end()).size();
            assertTrue(days >= 165 && days <= 180, year + ": " + days);
        }
    }

    @Test
    void unitMeetsOnceEachSchoolMonthAtTwoOnASchoolDay() {
        List<UnitEvent> meetings = calendar.unitMeetings();
        assertEquals(20, meetings.size());
        for (UnitEvent meeting : meetings) {
            assertTrue(calendar.isInSession(meeting.date()), meeting.toString());
            assertEquals(LocalTime.of(14, 0), meeting.startTime());
            assertTrue(meeting.mandatory());
        }
        assertEquals(20, meetings.stream().map(m -> YearMonth.from(m.date())).distinct().count());
        // 2026-09-02 is the first Wednesday, before school starts: the meeting moves to the first day.
        assertTrue(meetings.stream().anyMatch(m -> m.date().equals(LocalDate.of(2026, 9, 8))));
        assertTrue(meetings.stream().anyMatch(m -> m.date().equals(LocalDate.of(2025, 9, 3))));
    }
}
