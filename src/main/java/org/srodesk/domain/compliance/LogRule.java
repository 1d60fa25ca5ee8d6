package org.srodesk.domain.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.SchoolCalendar;

/**
 * When monthly logs are expected and when they are overdue. A log is expected from every officer
 * for every month with at least one school day (the summer months without classes are not
 * logged). It can be submitted once the month has ended, and is due {@code dueDays} days after the
 * month's last day; from the day after that it is overdue.
 */
public final class LogRule {

    /** Days after the month's end by which the log is due, unless the settings say otherwise. */
    public static final int DEFAULT_DUE_DAYS = 5;

    private LogRule() {
    }

    /** The last day the log for {@code month} is on time. */
    public static LocalDate dueBy(YearMonth month, int dueDays) {
        return month.atEndOfMonth().plusDays(dueDays);
    }

    /** Months within {@code range} that have at least one school day, in order. */
    public static List<YearMonth> expectedMonths(SchoolCalendar calendar, DateRange range) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(range.start()); !m.isAfter(YearMonth.from(range.end())); m = m.plusMonths(1)) {
            if (!calendar.schoolDays(new DateRange(m.atDay(1), m.atEndOfMonth())).isEmpty()) {
                months.add(m);
            }
        }
        return months;
    }

    /** The state on {@code today} of the log for {@code month}; {@code receivedOn} is null when it has not arrived. */
    public static LogState state(YearMonth month, LocalDate receivedOn, LocalDate today, int dueDays) {
        LocalDate due = dueBy(month, dueDays);
        if (receivedOn != null) {
            return receivedOn.isAfter(due) ? LogState.RECEIVED_LATE : LogState.RECEIVED;
        }
        if (!today.isAfter(month.atEndOfMonth())) {
            return LogState.MONTH_OPEN;
        }
        return today.isAfter(due) ? LogState.OVERDUE : LogState.NOT_YET_DUE;
    }
}
