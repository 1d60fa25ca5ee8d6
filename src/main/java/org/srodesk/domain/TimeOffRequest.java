package org.srodesk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A request for time off, made through the SRO sergeant. A partial day has {@code partialStart}
 * and {@code partialEnd} set and {@code startDate == endDate}. A decision records who decided,
 * when, and why ({@code decisionComment}).
 */
public record TimeOffRequest(
        long id,
        long officerId,
        TimeOffKind kind,
        LocalDate startDate,
        LocalDate endDate,
        LocalTime partialStart,
        LocalTime partialEnd,
        TimeOffStatus status,
        String note,
        Instant requestedAt,
        String requestedBy,
        String decidedBy,
        Instant decidedAt,
        String decisionComment,
        int version) {

    public TimeOffRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(status, "status");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("Time off ends " + endDate + " before it starts " + startDate);
        }
        if ((partialStart == null) != (partialEnd == null)) {
            throw new IllegalArgumentException("A partial day needs both a start and an end time");
        }
        if (partialStart != null && (!startDate.equals(endDate) || !partialEnd.isAfter(partialStart))) {
            throw new IllegalArgumentException("A partial day is one day with an end time after its start time");
        }
        note = note == null ? "" : note;
        requestedBy = requestedBy == null ? "" : requestedBy;
        decisionComment = decisionComment == null ? "" : decisionComment;
    }

    public DateRange range() {
        return new DateRange(startDate, endDate);
    }

    public boolean isPartialDay() {
        return partialStart != null;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
