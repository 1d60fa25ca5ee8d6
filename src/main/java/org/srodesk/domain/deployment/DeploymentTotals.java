package org.srodesk.domain.deployment;

/**
 * The headline figures of a period, summed from the per-school and per-rover figures.
 *
 * @param highSchoolDays        school-days of high schools (high schools × school days)
 * @param noSroHighSchoolDays   high-school days with no SRO on site and no covering rover (911)
 * @param noSroOtherDays        junior/middle/elementary school-days with nobody on site and no rover on call
 * @param callsWithoutOfficer   calls for service at schools on their no-SRO days
 */
public record DeploymentTotals(int schools, int highSchools, int schoolDays, int highSchoolDays,
                               int sroOnSiteHighSchoolDays, int roverCoveredHighSchoolDays, int noSroHighSchoolDays,
                               int noSroOtherDays, long calls, long callsWithoutOfficer, int rovers,
                               int roverCoveringDays, int roverReserveDays) {
}
