package org.srodesk.export.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One day of a school's monthly roster: what kind of day it is and the lines its calendar cell
 * prints (who is on site, or the calendar note of a day without school).
 */
public record RosterDay(LocalDate date, DayKind kind, List<String> lines) {

    public RosterDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        lines = List.copyOf(lines);
    }

    /** The cell's lines joined by " / ", for tests and logs. */
    public String text() {
        return String.join(" / ", lines);
    }
}
