package org.srodesk.domain.timeoff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.UnitEvent;
import org.srodesk.domain.coverage.CoverageSettings;

/**
 * What {@link TimeOffPolicy} looks at besides the request.
 *
 * @param snapshot         the roster around the request: its period covers the request and a few
 *                         weeks either side, so that adjacent time off can be seen; it may contain
 *                         the request itself (matched by id and ignored)
 * @param unitEvents       unit events during the request
 * @param callsForService  calls per school id, the planner's weights for the coverage check
 * @param today            the day the sergeant looks at the request
 */
public record PolicyInputs(RosterSnapshot snapshot, List<UnitEvent> unitEvents,
                           Map<Long, ? extends Number> callsForService, CoverageSettings coverageSettings,
                           TimeOffPolicySettings settings, LocalDate today) {

    public PolicyInputs {
        Objects.requireNonNull(snapshot, "snapshot");
        unitEvents = List.copyOf(unitEvents);
        callsForService = Map.copyOf(callsForService);
        Objects.requireNonNull(coverageSettings, "coverageSettings");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(today, "today");
    }
}
