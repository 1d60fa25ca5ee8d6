package org.srodesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A primary SRO's posting to a school from {@code startDate} until {@code endDate} (inclusive),
 * or open-ended when {@code endDate} is null. Changing a post closes the old assignment and opens
 * a new one, so the history stays.
 */
public record Assignment(long id, long officerId, long schoolId, LocalDate startDate, LocalDate endDate) {

    public Assignment {
        Objects.requireNonNull(startDate, "startDate");
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("Assignment ends " + endDate + " before it starts " + startDate);
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }
}
