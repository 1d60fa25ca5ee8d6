package org.srodesk.domain.reassign;

import java.time.Instant;
import java.util.Objects;

/**
 * One step in a reassignment's history, never changed or deleted: who did what and when, the
 * reassignment before and after (in words), and — when it was saved despite conflicts — the
 * conflicts as shown and who confirmed them.
 *
 * @param releasedCoverage the accepted rover coverage released with this step, in words, or ""
 */
public record ReassignmentEvent(long id, long reassignmentId, ReassignmentAction action, String actedBy,
                                Instant actedAt, String beforeState, String afterState, String comment,
                                String conflicts, String confirmation, String releasedCoverage) {
    public ReassignmentEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actedBy, "actedBy");
        Objects.requireNonNull(actedAt, "actedAt");
        beforeState = beforeState == null ? "" : beforeState;
        afterState = afterState == null ? "" : afterState;
        comment = comment == null ? "" : comment;
        conflicts = conflicts == null ? "" : conflicts;
        confirmation = confirmation == null ? "" : confirmation;
        releasedCoverage = releasedCoverage == null ? "" : releasedCoverage;
    }
}
