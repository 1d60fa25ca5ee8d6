package org.srodesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One day of the district's school calendar: in session or not, with a note ("Winter break"). */
public record CalendarDay(LocalDate date, boolean inSession, String note) {
    public CalendarDay {
        Objects.requireNonNull(date, "date");
        note = note == null ? "" : note;
    }
}
