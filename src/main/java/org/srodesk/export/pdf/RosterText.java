package org.srodesk.export.pdf;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.srodesk.domain.Officer;
import org.srodesk.domain.TimeOffKind;

/** How the roster words dates, absences and contacts (US English, as principals read it). */
final class RosterText {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.US);

    private RosterText() {
    }

    /** "Mar 9", "Mar 9–13" or "Mar 30–Apr 2". */
    static String dateSpan(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return MONTH_DAY.format(from);
        }
        if (from.getMonth() == to.getMonth() && from.getYear() == to.getYear()) {
            return MONTH_DAY.format(from) + "–" + to.getDayOfMonth();
        }
        return MONTH_DAY.format(from) + "–" + MONTH_DAY.format(to);
    }

    /** "November 2026". */
    static String month(YearMonth month) {
        return MONTH_YEAR.format(month);
    }

    /** "November 29, 2026". */
    static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** "09:00–11:00". */
    static String hours(LocalTime from, LocalTime to) {
        return TIME.format(from) + "–" + TIME.format(to);
    }

    /** "on vacation", "on sick leave", "in court", … */
    static String away(TimeOffKind kind) {
        return switch (kind) {
            case VACATION -> "on vacation";
            case SICK -> "on sick leave";
            case PERSONAL -> "on personal leave";
            case COMP -> "on comp time";
            case TRAINING -> "at training";
            case COURT -> "in court";
            case OTHER -> "off duty";
        };
    }

    /** The best way to reach an officer: the phone, else the e-mail, else nothing. */
    static String reach(Officer officer) {
        if (!officer.phone().isBlank()) {
            return officer.phone();
        }
        return officer.email();
    }

    /** "Cpl. Joaquín García (rover) covers, (651) 555-0183". */
    static String covers(Officer rover) {
        String reach = reach(rover);
        return rover.displayName() + " (rover) covers" + (reach.isBlank() ? "" : ", " + reach);
    }
}
