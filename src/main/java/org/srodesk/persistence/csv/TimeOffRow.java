package org.srodesk.persistence.csv;

import java.time.LocalDate;
import java.util.Objects;

import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffStatus;

/** A row of time_off.csv and the line it was read from (0 when written). */
public record TimeOffRow(long line, String badge, TimeOffKind kind, LocalDate startDate, LocalDate endDate,
                         TimeOffStatus status, String note) {
    public TimeOffRow {
        Objects.requireNonNull(badge, "badge");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }
}
