package org.srodesk.domain;

import java.util.Objects;

/**
 * Where one officer is on one day. {@code place} is the school code (AT_SCHOOL, COVERING,
 * REASSIGNED to a school) or the duty name (REASSIGNED to a duty), otherwise empty.
 * {@code schoolId} is the school the officer is physically at, or 0. {@code sourceId} is the id
 * of the record that decided the status (assignment, time-off request, reassignment or coverage
 * assignment), or 0.
 */
public record DayStatus(
        DayStatusKind kind,
        long schoolId,
        String place,
        TimeOffKind timeOffKind,
        boolean partialDay,
        long sourceId) {

    public static final DayStatus UNIT_DUTY = new DayStatus(DayStatusKind.UNIT_DUTY, 0, "", null, false, 0);
    public static final DayStatus UNASSIGNED = new DayStatus(DayStatusKind.UNASSIGNED, 0, "", null, false, 0);
    public static final DayStatus ROVER_DUTY = new DayStatus(DayStatusKind.ROVER_DUTY, 0, "", null, false, 0);

    public DayStatus {
        Objects.requireNonNull(kind, "kind");
        place = place == null ? "" : place;
        if (kind == DayStatusKind.TIME_OFF && timeOffKind == null) {
            throw new IllegalArgumentException("TIME_OFF needs its kind");
        }
    }

    public static DayStatus atSchool(School school, long assignmentId) {
        return new DayStatus(DayStatusKind.AT_SCHOOL, school.id(), school.code(), null, false, assignmentId);
    }

    public static DayStatus covering(School school, long coverageId) {
        return new DayStatus(DayStatusKind.COVERING, school.id(), school.code(), null, false, coverageId);
    }

    public static DayStatus timeOff(TimeOffRequest request) {
        return new DayStatus(DayStatusKind.TIME_OFF, 0, "", request.kind(), request.isPartialDay(), request.id());
    }

    public static DayStatus reassignedToSchool(School school, long reassignmentId) {
        return new DayStatus(DayStatusKind.REASSIGNED, school.id(), school.code(), null, false, reassignmentId);
    }

    public static DayStatus reassignedToDuty(String duty, long reassignmentId) {
        return new DayStatus(DayStatusKind.REASSIGNED, 0, duty, null, false, reassignmentId);
    }

    /** The short label the roster cell and the legend use: "CEN", "ROVER", "COVER→CEN", "VAC", … */
    public String shortLabel() {
        return switch (kind) {
            case AT_SCHOOL -> place;
            case ROVER_DUTY -> "ROVER";
            case COVERING -> "COVER→" + place;
            case TIME_OFF -> timeOffKind.shortLabel() + (partialDay ? " ½" : "");
            case REASSIGNED -> "REASSIGNED→" + place;
            case UNIT_DUTY -> "UNIT";
            case UNASSIGNED -> "—";
        };
    }

    /** True when the officer is physically at a school that day (own post, covering, or reassigned there). */
    public boolean isAtSchool() {
        return schoolId != 0;
    }

    /** Absent from the unit's duties for the whole day (full-day time off or reassigned away). */
    public boolean isAwayFromPost() {
        return (kind == DayStatusKind.TIME_OFF && !partialDay) || kind == DayStatusKind.REASSIGNED;
    }
}
