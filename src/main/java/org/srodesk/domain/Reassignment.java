package org.srodesk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A temporary reassignment ordered by police command staff: to another school
 * ({@code destinationSchoolId}) or to a named duty ({@code destinationDuty}, e.g. "Patrol"),
 * exactly one of the two. {@code endDate} null means open-ended.
 */
public record Reassignment(
        long id,
        long officerId,
        LocalDate startDate,
        LocalDate endDate,
        Long destinationSchoolId,
        String destinationDuty,
        String orderedBy,
        String orderReference,
        String reason,
        ReassignmentStatus status,
        String recordedBy,
        Instant recordedAt,
        int version) {

    public Reassignment {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(status, "status");
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("Reassignment ends " + endDate + " before it starts " + startDate);
        }
        boolean toSchool = destinationSchoolId != null;
        boolean toDuty = destinationDuty != null && !destinationDuty.isBlank();
        if (toSchool == toDuty) {
            throw new IllegalArgumentException("A reassignment goes to either a school or a named duty");
        }
        if (orderedBy == null || orderedBy.isBlank()) {
            throw new IllegalArgumentException("A reassignment names the command staff member who ordered it");
        }
        orderReference = orderReference == null ? "" : orderReference;
        reason = reason == null ? "" : reason;
        recordedBy = recordedBy == null ? "" : recordedBy;
    }

    public boolean isActiveOn(LocalDate day) {
        return status == ReassignmentStatus.ACTIVE
                && !day.isBefore(startDate)
                && (endDate == null || !day.isAfter(endDate));
    }

    public boolean toSchool() {
        return destinationSchoolId != null;
    }
}
