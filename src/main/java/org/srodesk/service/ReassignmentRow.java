package org.srodesk.service;

import java.util.Optional;

import org.srodesk.domain.Officer;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.School;
import org.srodesk.domain.reassign.ReassignmentCheck;

/**
 * One line of the Reassignments view.
 *
 * @param destination the school's name and code, or the duty
 * @param homeSchool  the officer's own post on the first day, if any
 * @param check       the conflicts and what the reassignment leaves uncovered, as of now
 */
public record ReassignmentRow(Reassignment reassignment, Officer officer, String destination,
                              Optional<School> homeSchool, ReassignmentTiming timing, ReassignmentCheck check) {

    /** "CEN: 8 school days without its SRO", or "Nothing" when no school loses anyone. */
    public String leavesUncovered() {
        if (timing == ReassignmentTiming.CANCELLED) {
            return "—";
        }
        String gaps = check.gapSummary();
        return gaps.isEmpty() ? "Nothing" : gaps;
    }

    /** "CEN: 8 school days; HAR: 2 school days", "Nothing", or "—" when cancelled: for a narrow column. */
    public String leavesUncoveredShort() {
        if (timing == ReassignmentTiming.CANCELLED) {
            return "—";
        }
        return check.gaps().isEmpty() ? "Nothing"
                : String.join("; ", check.gaps().stream().map(g -> g.shortSentence()).toList());
    }

    /** School days left with nobody, over all schools. */
    public int uncoveredDays() {
        return timing == ReassignmentTiming.CANCELLED ? 0
                : check.gaps().stream().mapToInt(g -> g.uncoveredDays().size()).sum();
    }
}
