package org.srodesk.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The district's school calendar: which days school is in session. One calendar serves all
 * schools. Days outside the known range are treated as not in session; {@link #isKnown} tells
 * callers (e.g. validators) when a date lies outside the range the district has published.
 */
public final class SchoolCalendar {

    private final TreeMap<LocalDate, CalendarDay> days = new TreeMap<>();

    public SchoolCalendar(Collection<CalendarDay> calendarDays) {
        for (CalendarDay day : calendarDays) {
            days.put(day.date(), day);
        }
    }

    public static SchoolCalendar empty() {
        return new SchoolCalendar(List.of());
    }

    public boolean isInSession(LocalDate date) {
        CalendarDay day = days.get(date);
        return day != null && day.inSession();
    }

    public boolean isKnown(LocalDate date) {
        return days.containsKey(date);
    }

    public Optional<CalendarDay> day(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    public String note(LocalDate date) {
        CalendarDay day = days.get(date);
        return day == null ? "" : day.note();
    }

    /** The first and last day the calendar knows, if any. */
    public Optional<DateRange> knownRange() {
        return days.isEmpty() ? Optional.empty() : Optional.of(new DateRange(days.firstKey(), days.lastKey()));
    }

    /** In-session days within {@code range}, in order. */
    public List<LocalDate> schoolDays(DateRange range) {
        return days.subMap(range.start(), true, range.end(), true).values().stream()
                .filter(CalendarDay::inSession)
                .map(CalendarDay::date)
                .toList();
    }

    public List<CalendarDay> days() {
        return List.copyOf(days.values());
    }

    public int size() {
        return days.size();
    }
}
