package org.srodesk.service;

/** Counts shown in the status bar and printed after imports and demo generation. */
public record DistrictSummary(int officers, int schools, int calendarDays, int timeOffRequests, int callsForService) {

    @Override
    public String toString() {
        return officers + " officers, " + schools + " schools, " + calendarDays + " calendar days, "
                + timeOffRequests + " time-off requests, " + callsForService + " calls-for-service rows";
    }
}
