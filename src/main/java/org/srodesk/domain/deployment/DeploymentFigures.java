package org.srodesk.domain.deployment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.srodesk.domain.DateRange;

/**
 * The deployment of a period, computed by {@link DeploymentCalculator}: per school, officer and
 * rover, week by week, per zone, and in total. Immutable.
 *
 * @param schoolDays  the period's school days, in order
 * @param freeRovers  per reserve group (the rover's zone, or "" for the whole district), rovers on
 *                    rover duty on each school day (same order as {@code schoolDays})
 */
public record DeploymentFigures(DateRange period, List<LocalDate> schoolDays, List<SchoolFigures> schools,
                                List<OfficerFigures> officers, List<RoverFigures> rovers, List<WeekFigures> weeks,
                                List<ZoneFigures> zones, DeploymentTotals totals, Map<String, int[]> freeRovers) {

    /** Key of {@link #freeRovers()} for the whole district. */
    public static final String DISTRICT = "(district)";

    public DeploymentFigures {
        schoolDays = List.copyOf(schoolDays);
        schools = List.copyOf(schools);
        officers = List.copyOf(officers);
        rovers = List.copyOf(rovers);
        weeks = List.copyOf(weeks);
        zones = List.copyOf(zones);
        Map<String, int[]> copy = new HashMap<>();
        freeRovers.forEach((k, v) -> copy.put(k, v.clone()));
        freeRovers = Map.copyOf(copy);
    }

    /**
     * School days on which some reserve group had fewer than {@code r} rovers free: with
     * {@code perZone}, each of {@code zones} is a group (a zone without a rover on duty has 0 free);
     * otherwise the district is the one group.
     */
    public int daysBelowReserve(int r, boolean perZone, Collection<String> zones) {
        int count = 0;
        for (int d = 0; d < schoolDays.size(); d++) {
            boolean below = false;
            if (perZone && !zones.isEmpty()) {
                for (String zone : zones) {
                    int[] free = freeRovers.get(zone);
                    if ((free == null ? 0 : free[d]) < r) {
                        below = true;
                        break;
                    }
                }
            } else {
                int[] free = freeRovers.get(DISTRICT);
                below = (free == null ? 0 : free[d]) < r;
            }
            if (below) {
                count++;
            }
        }
        return count;
    }
}
