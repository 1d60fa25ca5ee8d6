package org.srodesk.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** A unit-wide event such as the monthly SRO unit meeting, which is mandatory for all SROs. */
public record UnitEvent(long id, LocalDate date, LocalTime startTime, String title, boolean mandatory) {
    public UnitEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
    }
}
