package org.srodesk.domain.compliance;

import java.time.Instant;
import java.util.Objects;

/** Whether an officer attended one unit meeting (a {@code UnitEvent}); an absence says why. */
public record MeetingAttendance(long unitEventId, long officerId, boolean attended, String absenceReason,
                                String recordedBy, Instant recordedAt) {
    public MeetingAttendance {
        absenceReason = absenceReason == null ? "" : absenceReason;
        recordedBy = recordedBy == null ? "" : recordedBy;
        if (!attended && absenceReason.isBlank()) {
            throw new IllegalArgumentException("An absence from a unit meeting needs its reason");
        }
        Objects.requireNonNull(recordedBy);
    }
}
