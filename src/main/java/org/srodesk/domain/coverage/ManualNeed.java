package org.srodesk.domain.coverage;

import java.time.LocalDate;
import java.util.Objects;

/** A need the sergeant adds by hand; it counts whatever the minimum absence length. */
public record ManualNeed(long schoolId, LocalDate date, String note) {
    public ManualNeed {
        Objects.requireNonNull(date, "date");
        note = note == null ? "" : note;
    }
}
