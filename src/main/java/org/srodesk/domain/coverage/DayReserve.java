package org.srodesk.domain.coverage;

import java.time.LocalDate;
import java.util.List;

/** The rover reserve left for junior, middle and elementary calls on one day, in total and per zone. */
public record DayReserve(LocalDate date, int onDuty, int required, int covering, int free, List<ZoneReserve> zones) {
    public DayReserve {
        zones = List.copyOf(zones);
    }
}
