package org.srodesk.domain.compliance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

import org.srodesk.domain.SchoolCalendar;

/**
 * The default date of the monthly unit meeting: the {@code ordinal}-th {@code dayOfWeek} of the
 * month at {@code startTime} (Saint Paul: first Wednesday, 14:00). When school is out that day
 * the meeting moves to the next school day of the same month. The sergeant can move any one
 * month's meeting by hand; the rule only proposes.
 */
public record MeetingRule(DayOfWeek dayOfWeek, int ordinal, LocalTime startTime) {

    public static final MeetingRule DEFAULT = new MeetingRule(DayOfWeek.WEDNESDAY, 1, LocalTime.of(14, 0));
    public static final String TITLE = "Monthly SRO unit meeting";

    public MeetingRule {
        Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        Objects.requireNonNull(startTime, "startTime");
        if (ordinal < 1 || ordinal > 4) {
            throw new IllegalArgumentException("The meeting is on the 1st to 4th weekday of the month: " + ordinal);
        }
    }

    /** The proposed meeting day in {@code month}. */
    public LocalDate dateIn(YearMonth month, SchoolCalendar calendar) {
        LocalDate day = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, dayOfWeek));
        for (LocalDate d = day; !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (calendar.isInSession(d)) {
                return d;
            }
        }
        return day;
    }

    /** "1st Wednesday, 14:00". */
    public String describe() {
        String[] ordinals = {"1st", "2nd", "3rd", "4th"};
        String day = dayOfWeek.name().charAt(0) + dayOfWeek.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        return ordinals[ordinal - 1] + " " + day + ", " + startTime;
    }
}
