package org.srodesk.domain;

/** Where an officer is on a given day; see {@link DayStatusRule} for how it is decided. */
public enum DayStatusKind {
    /** A primary SRO at the school of their current assignment. */
    AT_SCHOOL,
    /** A rover answering junior, middle and elementary school calls, 07:00–15:00. */
    ROVER_DUTY,
    /** A rover covering a high school whose primary SRO is absent. */
    COVERING,
    /** Approved time off of some kind. */
    TIME_OFF,
    /** Temporarily reassigned by command staff, to another school or a named duty. */
    REASSIGNED,
    /** Schools not in session: the officer reports to the sergeant / commander for direction. */
    UNIT_DUTY,
    /** A primary SRO without a current school assignment on a school day. */
    UNASSIGNED
}
