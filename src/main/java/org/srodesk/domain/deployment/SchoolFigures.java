package org.srodesk.domain.deployment;

import org.srodesk.domain.School;

/**
 * One school over a period. Every day count is a count of <em>school days</em> (days in session),
 * and the four day categories are exclusive, first match wins, so that
 * {@code sroOnSiteDays + roverCoveredDays + roverOnCallDays + noSroDays == schoolDays}:
 * <ol>
 *   <li><b>SRO on site</b>: an officer posted there is {@code AT_SCHOOL} (or on partial-day time
 *       off, which is not an absence), or someone is {@code REASSIGNED} to the school;</li>
 *   <li><b>covered by a rover</b>: a rover is {@code COVERING} it;</li>
 *   <li><b>rover on call</b> (junior, middle and elementary schools only): at least one rover is on
 *       rover duty within reach — of the school's zone when the reserve is kept per zone and that
 *       zone has rovers, else anywhere in the district;</li>
 *   <li><b>no SRO</b>: none of these — the school calls 911. For a high school this is a day with
 *       neither its SRO nor a covering rover; for other schools a day with nobody on site and no
 *       rover on duty to answer its calls.</li>
 * </ol>
 *
 * @param primaries           the primary SROs posted there during the period, "Last, First; …"
 * @param calls               calls for service in the period (all days)
 * @param callsOnNoSroDays    calls on the school's no-SRO days
 */
public record SchoolFigures(School school, String primaries, int schoolDays, int sroOnSiteDays,
                            int roverCoveredDays, int roverOnCallDays, int noSroDays, long calls,
                            long callsOnNoSroDays) {

    /** Days an officer was at the school: on site or covering. */
    public int sroDays() {
        return sroOnSiteDays + roverCoveredDays;
    }

    /** Calls for service per day without an SRO: calls on those days divided by their number (0 without such days). */
    public double callsPerNoSroDay() {
        return noSroDays == 0 ? 0 : (double) callsOnNoSroDays / noSroDays;
    }
}
