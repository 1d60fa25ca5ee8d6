package org.srodesk.persistence.csv;

import java.util.Objects;

import org.srodesk.domain.CalendarDay;

/** A row of calendar.csv and the line it was read from (0 when written). */
public record CalendarRow(long line, CalendarDay day) {
    public CalendarRow {
        Objects.requireNonNull(day, "day");
    }
}
