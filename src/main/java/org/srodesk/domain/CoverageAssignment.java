package org.srodesk.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An accepted decision that a rover covers a high school on one school day, because the school's
 * primary SRO is away. The database allows one rover per school-day and one school per rover-day.
 */
public record CoverageAssignment(
        long id,
        long roverId,
        long schoolId,
        LocalDate date,
        long absentOfficerId,
        String acceptedBy,
        Instant acceptedAt) {
}
