package org.srodesk.domain.deployment;

import java.util.EnumMap;
import java.util.Map;

import org.srodesk.domain.Officer;
import org.srodesk.domain.TimeOffKind;

/**
 * Where one officer was on the school days of a period, as {@link org.srodesk.domain.DayStatusRule}
 * says. Partial-day time off counts as a day of time off of its kind (the officer is also counted at
 * post or on rover duty that day, since a partial day is not an absence).
 *
 * @param homeSchool   code of the school the officer is posted to at the start of the period (or
 *                     first posted to during it), "" for rovers and unposted officers
 * @param atPostDays   {@code AT_SCHOOL} days (plus partial-day time off at the post)
 * @param roverDutyDays rover-duty days: free for junior, middle and elementary calls (the reserve)
 */
public record OfficerFigures(Officer officer, String homeSchool, int schoolDays, int atPostDays,
                             Map<TimeOffKind, Integer> timeOffDays, int reassignedDays, int coveringDays,
                             int roverDutyDays, int unassignedDays) {

    public OfficerFigures {
        EnumMap<TimeOffKind, Integer> copy = new EnumMap<>(TimeOffKind.class);
        copy.putAll(timeOffDays);
        timeOffDays = java.util.Collections.unmodifiableMap(copy);
    }

    public int timeOffDays(TimeOffKind kind) {
        return timeOffDays.getOrDefault(kind, 0);
    }

    public int totalTimeOffDays() {
        return timeOffDays.values().stream().mapToInt(Integer::intValue).sum();
    }
}
