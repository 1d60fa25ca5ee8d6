package org.srodesk.service.compliance;

import org.srodesk.domain.Officer;

/**
 * One officer's line on a meeting's attendance sheet. {@code attended} is null while nothing is
 * recorded; {@code absenceReason} is required when it is false.
 */
public record AttendanceLine(Officer officer, Boolean attended, String absenceReason) {
    public AttendanceLine {
        absenceReason = absenceReason == null ? "" : absenceReason;
    }
}
