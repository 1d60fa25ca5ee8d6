package org.srodesk.ui.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

import org.srodesk.domain.DateRange;
import org.srodesk.ui.common.DateLabels;

/** How much of the calendar the roster shows at once. */
public enum RosterPeriod {
    WEEK("Week"),
    MONTH("Month");

    private final String label;

    RosterPeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The week (Monday to Sunday) or the calendar month containing {@code day}. */
    public DateRange around(LocalDate day) {
        return switch (this) {
            case WEEK -> {
                LocalDate monday = day.with(DayOfWeek.MONDAY);
                yield DateRange.of(monday, monday.plusDays(6));
            }
            case MONTH -> DateRange.monthOf(day);
        };
    }

    /** {@code day} moved by {@code count} periods (negative: back). */
    public LocalDate shift(LocalDate day, int count) {
        return this == WEEK ? day.plusWeeks(count) : day.plusMonths(count);
    }

    /** "March 2026" or "2–8 Mar 2026". */
    public String title(DateRange range) {
        return this == MONTH ? DateLabels.monthAndYear(YearMonth.from(range.start())) : DateLabels.range(range);
    }

    /** Day column width in pixels: wide enough in a week for the long labels, narrow for a month. */
    public double dayWidth() {
        return this == WEEK ? 124 : 52;
    }
}
