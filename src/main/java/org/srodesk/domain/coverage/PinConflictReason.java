package org.srodesk.domain.coverage;

/** Why a pin or an accepted coverage could not be kept in the plan. */
public enum PinConflictReason {
    ROVER_NOT_ON_DUTY,
    ROVER_ALREADY_COVERING,
    NO_SUCH_NEED,
    NEED_ALREADY_COVERED,
    /** Another rover already covers that school that day (one covering rover per school-day). */
    SCHOOL_ALREADY_COVERED,
    RESERVE_WOULD_BREAK,
    IN_THE_PAST
}
