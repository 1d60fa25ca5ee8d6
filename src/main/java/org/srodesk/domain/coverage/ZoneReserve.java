package org.srodesk.domain.coverage;

/**
 * Rovers of one zone on one day. {@code required} is the reserve that must stay free
 * ({@code min(R, onDuty)}); {@code free = onDuty - covering}, never below {@code required} on a
 * planned day. The zone is blank when the reserve is district-wide.
 */
public record ZoneReserve(String zone, int onDuty, int required, int covering, int free) {
}
