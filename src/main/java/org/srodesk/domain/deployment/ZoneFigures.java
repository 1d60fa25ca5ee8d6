package org.srodesk.domain.deployment;

/**
 * One zone of the district (the school's zone; officers by their own zone). "" is the district
 * without zones. Day counts are school-days summed over the zone's schools.
 */
public record ZoneFigures(String zone, int schools, int highSchools, int primaries, int rovers,
                          int sroOnSiteDays, int roverCoveredDays, int noSroHighSchoolDays, int noSroOtherDays,
                          long calls, long callsWithoutOfficer) {

    public String label() {
        return zone.isBlank() ? "District" : zone;
    }
}
