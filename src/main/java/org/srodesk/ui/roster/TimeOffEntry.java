package org.srodesk.ui.roster;

import java.util.List;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;

/**
 * How the roster opens the time-off request dialog (issue #4) for the selected officer and days.
 * The composition root supplies it; the roster reloads when it returns true (a request was
 * entered). Runs on the JavaFX thread and may block while the dialog is open.
 */
@FunctionalInterface
public interface TimeOffEntry {

    /**
     * @param officers every officer of the loaded roster, for the dialog's officer choice
     * @return true when a request was entered
     */
    boolean requestTimeOff(Officer officer, DateRange days, List<Officer> officers);
}
