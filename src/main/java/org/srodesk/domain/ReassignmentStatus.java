package org.srodesk.domain;

/** A cancelled reassignment is kept for history but no longer affects the roster. */
public enum ReassignmentStatus {
    ACTIVE,
    CANCELLED
}
