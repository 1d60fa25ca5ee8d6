package org.srodesk.domain;

/** Life cycle of a time-off request. Only APPROVED time off takes an officer off the roster. */
public enum TimeOffStatus {
    REQUESTED,
    APPROVED,
    DENIED,
    CANCELLED;

    /** Pending and approved requests still claim the days (used for overlap findings). */
    public boolean isActive() {
        return this == REQUESTED || this == APPROVED;
    }
}
