package org.srodesk.domain.timeoff;

import java.time.Instant;
import java.util.Objects;

import org.srodesk.domain.TimeOffStatus;

/**
 * One step in a request's history: who moved it from {@code fromStatus} (null when it was entered)
 * to {@code toStatus}, when, why, and the findings they saw. History rows are never changed.
 */
public record TimeOffDecision(long id, long requestId, TimeOffStatus fromStatus, TimeOffStatus toStatus,
                              String decidedBy, Instant decidedAt, String comment, String findings) {
    public TimeOffDecision {
        Objects.requireNonNull(toStatus, "toStatus");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        comment = comment == null ? "" : comment;
        findings = findings == null ? "" : findings;
    }
}
