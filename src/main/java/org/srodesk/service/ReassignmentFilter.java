package org.srodesk.service;

import java.time.LocalDate;

/**
 * What the Reassignments view lists; null fields do not filter.
 *
 * @param destination part of the destination's name, code or duty, any case
 * @param from        reassignments ending on or after this day
 * @param to          reassignments starting on or before this day
 */
public record ReassignmentFilter(ReassignmentTiming timing, Long officerId, String destination, LocalDate from,
                                 LocalDate to) {

    public static final ReassignmentFilter ALL = new ReassignmentFilter(null, null, null, null, null);

    public ReassignmentFilter {
        destination = destination == null || destination.isBlank() ? null : destination.trim();
    }
}
