package org.srodesk.persistence.csv;

import java.time.LocalDate;
import java.util.Objects;

/** A row of calls_for_service.csv and the line it was read from (0 when written). */
public record CallsRow(long line, String schoolCode, LocalDate date, int count) {
    public CallsRow {
        Objects.requireNonNull(schoolCode, "schoolCode");
        Objects.requireNonNull(date, "date");
    }
}
