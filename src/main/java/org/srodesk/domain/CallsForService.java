package org.srodesk.domain;

import java.time.LocalDate;

/** Calls for service at one school on one day, from the department's CAD export. */
public record CallsForService(long schoolId, LocalDate date, int count) {
    public CallsForService {
        if (count < 0) {
            throw new IllegalArgumentException("Calls for service cannot be negative: " + count);
        }
    }
}
