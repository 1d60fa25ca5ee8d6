package org.srodesk.service;

import java.time.LocalDate;

import org.srodesk.domain.Reassignment;
import org.srodesk.domain.ReassignmentStatus;

/** Where a reassignment stands as of today: the Reassignments view's groups and filter. */
public enum ReassignmentTiming {
    CURRENT("Current"),
    UPCOMING("Upcoming"),
    PAST("Past"),
    CANCELLED("Cancelled");

    private final String label;

    ReassignmentTiming(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ReassignmentTiming of(Reassignment reassignment, LocalDate today) {
        if (reassignment.status() == ReassignmentStatus.CANCELLED) {
            return CANCELLED;
        }
        if (reassignment.startDate().isAfter(today)) {
            return UPCOMING;
        }
        return reassignment.endDate() != null && reassignment.endDate().isBefore(today) ? PAST : CURRENT;
    }

    /** Still changeable: current or upcoming. */
    public boolean isOpen() {
        return this == CURRENT || this == UPCOMING;
    }
}
