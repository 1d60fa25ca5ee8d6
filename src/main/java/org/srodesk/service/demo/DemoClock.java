package org.srodesk.service.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The demo's fixed "now": every generated timestamp derives from the data's dates and this
 * moment, never from the system clock, so a seed always yields the same rows.
 */
final class DemoClock {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    /** The day the demo district is "alive" on: requests after it are still pending. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final Instant NOW = at(TODAY, 12, 0);
    /** Calls for service are imported up to the end of last week. */
    static final LocalDate CALLS_FROM = LocalDate.of(2025, 9, 1);
    static final LocalDate CALLS_TO = LocalDate.of(2026, 11, 27);

    private DemoClock() {
    }

    static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(ZONE).toInstant();
    }
}
