package org.srodesk.domain.coverage;

import java.util.List;
import java.util.Optional;

/**
 * The answer to "is a rover free for this school on this day?".
 *
 * @param free        a rover can be sent without breaking the reserve
 * @param roverIds    the rovers who could go: those nobody needs that day (same zone first), or —
 *                    when none is spare — the rover the planner would move from a less busy school
 * @param reason      why not, when {@code free} is false
 * @param explanation a sentence for the dialog
 * @param displaced   the less busy need-day that would lose its rover, when there is one
 */
public record RoverAvailability(boolean free, List<Long> roverIds, UncoveredReason reason, String explanation,
                                Optional<NeedDay> displaced) {
    public RoverAvailability {
        roverIds = List.copyOf(roverIds);
        explanation = explanation == null ? "" : explanation;
    }
}
