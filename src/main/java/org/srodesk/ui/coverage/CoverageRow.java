package org.srodesk.ui.coverage;

import java.time.LocalDate;
import java.util.List;

import org.srodesk.domain.coverage.AbsenceBlock;
import org.srodesk.domain.coverage.NeedDay;

/**
 * One line of the coverage tree: a school, an absence block of it, or one need-day of the block.
 *
 * @param label     first column: school, absent officer and reason, or the day
 * @param dates     the block's dates or the day, in words
 * @param rover     the rover, "No SRO — call 911", or a summary for a group
 * @param source    "Accepted", "Pinned", "Proposed" (days only)
 * @param why       why this rover, or why no rover
 * @param uncovered a need-day without a rover (the school calls 911), or a group that has one
 * @param block     the block of a block or day row, else null
 * @param need      the need-day of a day row, else null
 */
public record CoverageRow(Kind kind, String label, String dates, String rover, String source, String why,
                          boolean uncovered, long schoolId, AbsenceBlock block, NeedDay need,
                          List<CoverageRow> children) {

    public enum Kind { SCHOOL, BLOCK, DAY }

    /** What the Rover column says on a need-day nobody covers. */
    public static final String NO_SRO = "No SRO — call 911";

    public CoverageRow {
        children = List.copyOf(children);
    }

    public boolean isPinned() {
        return switch (kind) {
            case DAY -> SOURCE_PINNED.equals(source);
            case BLOCK, SCHOOL -> children.stream().anyMatch(CoverageRow::isPinned);
        };
    }

    public LocalDate date() {
        return need == null ? null : need.date();
    }

    static final String SOURCE_ACCEPTED = "Accepted";
    static final String SOURCE_PINNED = "Pinned";
    static final String SOURCE_PROPOSED = "Proposed";
}
