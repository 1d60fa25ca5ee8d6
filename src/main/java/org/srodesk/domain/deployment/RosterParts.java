package org.srodesk.domain.deployment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.srodesk.domain.Assignment;
import org.srodesk.domain.CoverageAssignment;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.coverage.CoveragePlan;
import org.srodesk.domain.coverage.PlannedCoverage;

/**
 * The records of a {@link RosterSnapshot} taken apart so a what-if can change them and build a new
 * snapshot (the stored one is never touched). Records made up here get negative ids.
 */
final class RosterParts {

    final RosterSnapshot source;
    final List<Officer> officers = new ArrayList<>();
    final List<Assignment> assignments = new ArrayList<>();
    final List<TimeOffRequest> timeOff = new ArrayList<>();
    final List<Reassignment> reassignments = new ArrayList<>();
    final List<CoverageAssignment> coverage = new ArrayList<>();
    private long nextId = -1;

    RosterParts(RosterSnapshot snapshot) {
        this.source = snapshot;
        for (Officer officer : snapshot.officers()) {
            officers.add(officer);
            var schedule = snapshot.schedule(officer.id());
            assignments.addAll(schedule.assignments());
            timeOff.addAll(schedule.timeOff());
            reassignments.addAll(schedule.reassignments());
            coverage.addAll(schedule.coverage());
        }
    }

    long newId() {
        return nextId--;
    }

    RosterSnapshot build() {
        return new RosterSnapshot(source.period(), source.calendar(), officers, source.schools().values(),
                assignments, timeOff, reassignments, coverage);
    }

    /**
     * The snapshot with the coverage of its period replaced by {@code plan}'s assignments (accepted,
     * pinned and proposed alike), as if the plan had been accepted; coverage outside the period stays.
     */
    static RosterSnapshot withPlan(RosterSnapshot snapshot, CoveragePlan plan) {
        RosterParts parts = new RosterParts(snapshot);
        DateRange period = snapshot.period();
        parts.coverage.removeIf(c -> period.contains(c.date()));
        for (PlannedCoverage p : plan.assignments()) {
            parts.coverage.add(new CoverageAssignment(parts.newId(), p.roverId(), p.schoolId(), p.date(),
                    p.need().absentOfficerId(), "what-if", Instant.EPOCH));
        }
        return parts.build();
    }
}
