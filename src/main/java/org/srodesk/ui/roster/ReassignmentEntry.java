package org.srodesk.ui.roster;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;

/**
 * How the roster opens the reassignment dialog (issue #6) for the selected officer and days. The
 * composition root supplies it (production: {@code ReassignmentsViewModel.recordFor}); the roster
 * reloads through the reassignment service's change listener once one is saved. Runs on the JavaFX thread.
 */
@FunctionalInterface
public interface ReassignmentEntry {

    void recordReassignment(Officer officer, DateRange days);
}
