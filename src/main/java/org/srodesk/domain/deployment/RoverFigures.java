package org.srodesk.domain.deployment;

import org.srodesk.domain.Officer;

/**
 * A rover over the school days of a period: days covering a high school against days in reserve
 * (rover duty, answering junior, middle and elementary calls), and days away (time off, reassigned).
 */
public record RoverFigures(Officer officer, int schoolDays, int coveringDays, int reserveDays, int awayDays) {

    /** Share of the rover's working days spent covering high schools, 0..1. */
    public double coveringShare() {
        int working = coveringDays + reserveDays;
        return working == 0 ? 0 : (double) coveringDays / working;
    }
}
