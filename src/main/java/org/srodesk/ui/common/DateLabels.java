package org.srodesk.ui.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.srodesk.domain.DateRange;

/** How dates read on screen: "Mon 1 Sep", "Monday 1 September 2025", "1–5 Sep 2025", "September 2025". */
public final class DateLabels {

    private static final DateTimeFormatter DAY_COLUMN = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private DateLabels() {
    }

    /** "Mon 1 Sep": roster column headers. */
    public static String dayColumn(LocalDate date) {
        return DAY_COLUMN.format(date);
    }

    /** "Monday 1 September 2025": tooltips and dialogs. */
    public static String fullDate(LocalDate date) {
        return FULL.format(date);
    }

    /** "September 2025". */
    public static String monthAndYear(YearMonth month) {
        return MONTH.format(month);
    }

    /** "3 Sep 2025", "1–5 Sep 2025", "29 Sep – 3 Oct 2025", "22 Dec 2025 – 2 Jan 2026". */
    public static String range(DateRange range) {
        LocalDate start = range.start();
        LocalDate end = range.end();
        if (start.equals(end)) {
            return DAY_MONTH_YEAR.format(start);
        }
        if (start.getYear() != end.getYear()) {
            return DAY_MONTH_YEAR.format(start) + " – " + DAY_MONTH_YEAR.format(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return DAY_MONTH.format(start) + " – " + DAY_MONTH_YEAR.format(end);
        }
        return start.getDayOfMonth() + "–" + DAY_MONTH_YEAR.format(end);
    }
}
