package org.srodesk.service;

import java.util.List;

import org.srodesk.domain.Reassignment;
import org.srodesk.domain.timeoff.PrincipalNotice;

/**
 * The committed result of recording, changing, ending or cancelling a reassignment.
 *
 * @param notices          principal notices queued with it (to preview and send after commit)
 * @param noticeGap        why a due notice could not be queued (no principal e-mail), or ""
 * @param releasedCoverage how many accepted coverage rows were released
 * @param replanning       what the sergeant must re-plan on the Coverage screen, or ""
 */
public record ReassignmentOutcome(Reassignment reassignment, List<PrincipalNotice> notices, String noticeGap,
                                  int releasedCoverage, String replanning) {
    public ReassignmentOutcome {
        notices = List.copyOf(notices);
        noticeGap = noticeGap == null ? "" : noticeGap;
        replanning = replanning == null ? "" : replanning;
    }
}
