package org.srodesk.domain.deployment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A what-if the commander saved under a name: its period, changes, headline results, who and when. */
public record SavedScenario(long id, String name, LocalDate periodStart, LocalDate periodEnd,
                            List<DeploymentChange> changes, int currentRovers, int whatIfRovers,
                            int currentUncoveredHighSchoolDays, int whatIfUncoveredHighSchoolDays,
                            int currentDaysBelowReserve, int whatIfDaysBelowReserve,
                            long currentCallsWithoutOfficer, long whatIfCallsWithoutOfficer,
                            String notes, String savedBy, Instant savedAt) {

    public SavedScenario {
        changes = List.copyOf(changes);
        notes = notes == null ? "" : notes;
    }
}
