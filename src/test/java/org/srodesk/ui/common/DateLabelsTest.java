package org.srodesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.srodesk.domain.DateRange;

class DateLabelsTest {

    @Test
    void rangesNameTheYearOnceAndTheMonthOnlyWhenItChanges() {
        assertEquals("3 Sep 2025", DateLabels.range(DateRange.day(LocalDate.of(2025, 9, 3))));
        assertEquals("1–5 Sep 2025", DateLabels.range(DateRange.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 5))));
        assertEquals("29 Sep – 3 Oct 2025",
                DateLabels.range(DateRange.of(LocalDate.of(2025, 9, 29), LocalDate.of(2025, 10, 3))));
        assertEquals("22 Dec 2025 – 2 Jan 2026",
                DateLabels.range(DateRange.of(LocalDate.of(2025, 12, 22), LocalDate.of(2026, 1, 2))));
    }

    @Test
    void dayColumnsAndMonthsReadInEnglishWhateverTheDefaultLocale() {
        assertEquals("Mon 1 Sep", DateLabels.dayColumn(LocalDate.of(2025, 9, 1)));
        assertEquals("Monday 1 September 2025", DateLabels.fullDate(LocalDate.of(2025, 9, 1)));
        assertEquals("September 2025", DateLabels.monthAndYear(YearMonth.of(2025, 9)));
    }

    @Test
    void countsUseTheSingularOnlyForOne() {
        assertEquals("1 officer", CountLabels.of(1, "officer"));
        assertEquals("0 schools", CountLabels.of(0, "school"));
        assertEquals("1,204 calls", CountLabels.of(1204, "call"));
    }
}
