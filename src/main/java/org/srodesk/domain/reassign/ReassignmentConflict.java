package org.srodesk.domain.reassign;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One conflict of a proposed reassignment, in words for the sergeant.
 *
 * @param days        the days it concerns, in order
 * @param relatedId   the time-off request or the other reassignment, or 0 (coverage)
 * @param coverageIds for {@link ConflictType#ROVER_COVERING}: the accepted coverage rows that could be released
 */
public record ReassignmentConflict(ConflictType type, String sentence, List<LocalDate> days, long relatedId,
                                   List<Long> coverageIds) {
    public ReassignmentConflict {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sentence, "sentence");
        days = List.copyOf(days);
        coverageIds = List.copyOf(coverageIds);
    }
}
