package org.srodesk.domain.reassign;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.srodesk.domain.DateRange;

/**
 * What the reassignment dialog shows before saving: the conflicts (each needs the sergeant's
 * explicit confirmation) and the schools left without their officer.
 *
 * @param horizon the days examined: the reassignment's own days, or up to a horizon when open-ended
 */
public record ReassignmentCheck(List<ReassignmentConflict> conflicts, List<SchoolGap> gaps, DateRange horizon) {

    public ReassignmentCheck {
        conflicts = List.copyOf(conflicts);
        gaps = List.copyOf(gaps);
        Objects.requireNonNull(horizon, "horizon");
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }

    /** Accepted coverage rows of the officer (a rover) on the reassignment's days. */
    public List<Long> releasableCoverageIds() {
        return conflicts.stream().flatMap(c -> c.coverageIds().stream()).distinct().toList();
    }

    /** The conflicts as lines, for the history row that records their confirmation. */
    public String conflictSummary() {
        return conflicts.stream().map(c -> c.type().label() + ": " + c.sentence()).collect(Collectors.joining("\n"));
    }

    /** "CEN: 8 school days without its SRO; …", or "" when no school loses anyone. */
    public String gapSummary() {
        return gaps.stream().map(SchoolGap::sentence).collect(Collectors.joining("; "));
    }
}
