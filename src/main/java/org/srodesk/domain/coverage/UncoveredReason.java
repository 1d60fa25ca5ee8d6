package org.srodesk.domain.coverage;

/** Why a need-day stays uncovered (the school calls 911). */
public enum UncoveredReason {
    /** The day is before today and no coverage was accepted for it: history, not planned. */
    IN_THE_PAST,
    /** No rover is on duty that day (time off, reassigned, or no session). */
    NO_ROVER_ON_DUTY,
    /** Every rover on duty must stay free for junior, middle and elementary calls. */
    RESERVE_WOULD_BREAK,
    /** The rovers who can be spared are all held by pins or accepted coverage. */
    ROVERS_PINNED_ELSEWHERE,
    /** The rovers who can be spared cover schools with at least as many calls for service. */
    ROVERS_COVERING_BUSIER_SCHOOLS,
    /**
     * Another absence at the same school already has the school's covering rover that day: a school
     * gets at most one covering rover a day (the database holds one per school-day).
     */
    SCHOOL_ALREADY_COVERED
}
