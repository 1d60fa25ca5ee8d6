package org.srodesk.domain.roster;

import java.util.Objects;
import java.util.Set;

import org.srodesk.domain.DayStatus;
import org.srodesk.domain.DayStatusKind;
import org.srodesk.domain.Officer;
import org.srodesk.domain.School;

/**
 * One officer's line of the roster: who they are, their home school (the assignment on the first
 * day of the period that has one, or null for rovers and unassigned officers), and their
 * {@link DayStatus} for each day of the period, in order.
 */
public record RosterRow(Officer officer, School homeSchool, DayStatus[] statuses) {

    private static final Set<DayStatusKind> UNUSUAL =
            Set.of(DayStatusKind.TIME_OFF, DayStatusKind.REASSIGNED, DayStatusKind.COVERING);

    public RosterRow {
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(statuses, "statuses");
    }

    public DayStatus status(int dayIndex) {
        return statuses[dayIndex];
    }

    public int dayCount() {
        return statuses.length;
    }

    /** The home school's code, or "" when there is none. */
    public String homeSchoolCode() {
        return homeSchool == null ? "" : homeSchool.code();
    }

    /** True when the officer has time off, a reassignment or a coverage day within the period. */
    public boolean hasSomethingUnusual() {
        for (DayStatus status : statuses) {
            if (UNUSUAL.contains(status.kind())) {
                return true;
            }
        }
        return false;
    }

    // Records compare arrays by identity; rows are compared by officer and content.
    @Override
    public boolean equals(Object other) {
        return other instanceof RosterRow row && officer.equals(row.officer)
                && Objects.equals(homeSchool, row.homeSchool) && java.util.Arrays.equals(statuses, row.statuses);
    }

    @Override
    public int hashCode() {
        return officer.hashCode() * 31 + java.util.Arrays.hashCode(statuses);
    }

    @Override
    public String toString() {
        return "RosterRow[" + officer.badge() + " " + officer.sortName() + "]";
    }
}
