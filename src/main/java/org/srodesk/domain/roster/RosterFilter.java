package org.srodesk.domain.roster;

import java.util.Locale;

import org.srodesk.domain.DayStatus;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolLevel;

/**
 * Which roster rows to show. Null / blank criteria match everything.
 *
 * <ul>
 *   <li>{@code role}: the officer's role.</li>
 *   <li>{@code level}: the officer's home school has that level, or the officer is at a school of
 *       that level on some day of the period (a rover covering a high school shows under "High").</li>
 *   <li>{@code zone}: the officer's zone.</li>
 *   <li>{@code search}: part of the name ("lee", "pat lee", "lee, pat") or of the badge.</li>
 *   <li>{@code onlyUnusual}: time off, a reassignment or coverage somewhere in the period.</li>
 * </ul>
 */
public record RosterFilter(OfficerRole role, SchoolLevel level, String zone, String search, boolean onlyUnusual) {

    public static final RosterFilter ALL = new RosterFilter(null, null, null, null, false);

    public RosterFilter {
        zone = zone == null ? "" : zone.trim();
        search = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
    }

    public boolean matches(RosterRow row, java.util.Map<Long, School> schools) {
        if (role != null && row.officer().role() != role) {
            return false;
        }
        if (!zone.isEmpty() && !zone.equalsIgnoreCase(row.officer().zone())) {
            return false;
        }
        if (!search.isEmpty() && !matchesSearch(row)) {
            return false;
        }
        if (level != null && !atLevel(row, schools)) {
            return false;
        }
        return !onlyUnusual || row.hasSomethingUnusual();
    }

    private boolean matchesSearch(RosterRow row) {
        var officer = row.officer();
        if (officer.badge().toLowerCase(Locale.ROOT).contains(search)) {
            return true;
        }
        String first = officer.firstName().toLowerCase(Locale.ROOT);
        String last = officer.lastName().toLowerCase(Locale.ROOT);
        return (last + ", " + first).contains(search) || (first + " " + last).contains(search);
    }

    private boolean atLevel(RosterRow row, java.util.Map<Long, School> schools) {
        if (row.homeSchool() != null && row.homeSchool().level() == level) {
            return true;
        }
        for (DayStatus status : row.statuses()) {
            School school = status.isAtSchool() ? schools.get(status.schoolId()) : null;
            if (school != null && school.level() == level) {
                return true;
            }
        }
        return false;
    }
}
