package org.srodesk.ui.deployment;

import java.time.LocalDate;
import java.time.Month;

import org.srodesk.domain.DateRange;

/**
 * The periods a commander reviews. The school year runs 1 July – 30 June (the demo calendars and
 * most districts' fiscal years); its two semesters split it at New Year: fall 1 July – 31 December,
 * spring 1 January – 30 June. A custom period is whatever the from/to dates say.
 */
public enum PeriodKind {
    MONTH("Month"),
    SEMESTER("Semester"),
    SCHOOL_YEAR("School year"),
    CUSTOM("Custom");

    private final String label;

    PeriodKind(String label) {
        this.label = label;
    }

    /** The period of this kind that contains {@code day}; for CUSTOM, the month of {@code day}. */
    public DateRange containing(LocalDate day) {
        return switch (this) {
            case MONTH, CUSTOM -> DateRange.monthOf(day);
            case SEMESTER -> day.getMonthValue() >= Month.JULY.getValue()
                    ? DateRange.of(LocalDate.of(day.getYear(), 7, 1), LocalDate.of(day.getYear(), 12, 31))
                    : DateRange.of(LocalDate.of(day.getYear(), 1, 1), LocalDate.of(day.getYear(), 6, 30));
            case SCHOOL_YEAR -> {
                int startYear = day.getMonthValue() >= Month.JULY.getValue() ? day.getYear() : day.getYear() - 1;
                yield DateRange.of(LocalDate.of(startYear, 7, 1), LocalDate.of(startYear + 1, 6, 30));
            }
        };
    }

    /** The period {@code steps} periods after (negative: before) {@code period}. */
    public DateRange shift(DateRange period, int steps) {
        return switch (this) {
            case MONTH -> containing(period.start().plusMonths(steps));
            case SEMESTER -> containing(period.start().plusMonths(6L * steps));
            case SCHOOL_YEAR -> containing(period.start().plusYears(steps));
            case CUSTOM -> {
                long days = period.days() * steps;
                yield DateRange.of(period.start().plusDays(days), period.end().plusDays(days));
            }
        };
    }

    /** "March 2026", "Fall 2025", "School year 2025–26", "2 Mar 2026 – 13 Mar 2026". */
    public String describe(DateRange period) {
        return switch (this) {
            case MONTH -> period.start().getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + " " + period.start().getYear();
            case SEMESTER -> (period.start().getMonthValue() >= 7 ? "Fall " : "Spring ") + period.start().getYear();
            case SCHOOL_YEAR -> "School year " + period.start().getYear() + "–" + String.format("%02d", period.end().getYear() % 100);
            case CUSTOM -> org.srodesk.ui.common.DateLabels.range(period);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
