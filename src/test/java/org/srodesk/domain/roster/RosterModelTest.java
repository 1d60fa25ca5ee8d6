package org.srodesk.domain.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.testing.RosterFixture.MARCH;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.testing.RosterFixture;

class RosterModelTest {

    private final RosterModel model = RosterModel.of(RosterFixture.snapshot(MARCH));

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    private String label(String badge, int day) {
        RosterRow row = model.rows().stream().filter(r -> r.officer().badge().equals(badge)).findFirst().orElseThrow();
        return row.status(model.indexOf(march(day))).shortLabel();
    }

    private List<String> badges(RosterFilter filter) {
        return model.rows(filter).stream().map(r -> r.officer().badge()).toList();
    }

    @Test
    void everyOfficerGetsOneStatusPerDayOfTheMonth() {
        assertEquals(5, model.rows().size());
        assertEquals(31, model.days().size());
        model.rows().forEach(row -> assertEquals(31, row.dayCount()));
    }

    @Test
    void cellsShowWhereEachOfficerIs() {
        assertEquals("CEN", label("1001", 2));
        assertEquals("VAC", label("1001", 9));
        assertEquals("COVER→CEN", label("2001", 9));
        assertEquals("ROVER", label("2001", 11));
        assertEquals("REASSIGNED→Patrol", label("1002", 16));
        assertEquals("UNIT", label("1001", 7), "Saturday");
        assertEquals("UNIT", label("1003", 24), "spring break");
        assertEquals("JOH", label("1003", 4), "pending sick leave changes nothing");
    }

    @Test
    void homeSchoolComesFromTheAssignment() {
        assertEquals("CEN", model.rows().stream().filter(r -> r.officer().badge().equals("1001")).findFirst()
                .orElseThrow().homeSchoolCode());
        assertEquals("", model.rows().stream().filter(r -> r.officer().isRover()).findFirst().orElseThrow()
                .homeSchoolCode());
    }

    @Test
    void filteringByRoleKeepsOnlyThatRole() {
        assertEquals(List.of("2002", "2001"), badges(new RosterFilter(OfficerRole.ROVER, null, null, null, false)));
    }

    @Test
    void filteringByLevelIncludesRoversCoveringASchoolOfThatLevel() {
        List<String> high = badges(new RosterFilter(null, SchoolLevel.HIGH, null, null, false));
        assertEquals(List.of("1002", "1001", "1003", "2001"), high);
        assertTrue(badges(new RosterFilter(null, SchoolLevel.ELEMENTARY, null, null, false)).isEmpty());
    }

    @Test
    void filteringByZoneMatchesTheOfficersZoneIgnoringCase() {
        assertEquals(List.of("1001", "2001"), badges(new RosterFilter(null, null, "north", null, false)));
    }

    @Test
    void searchFindsByPartOfNameOrBadge() {
        assertEquals(List.of("1001"), badges(new RosterFilter(null, null, null, "pat lee", false)));
        assertEquals(List.of("1001"), badges(new RosterFilter(null, null, null, "LEE, P", false)));
        assertEquals(List.of("2002", "2001"), badges(new RosterFilter(null, null, null, "200", false)));
        assertTrue(badges(new RosterFilter(null, null, null, "nobody", false)).isEmpty());
    }

    @Test
    void onlyUnusualKeepsTimeOffReassignedAndCovering() {
        assertEquals(List.of("1002", "1001", "2001"), badges(new RosterFilter(null, null, null, null, true)));
    }

    @Test
    void criteriaCombine() {
        assertEquals(List.of("2001"), badges(new RosterFilter(OfficerRole.ROVER, null, null, null, true)));
    }

    @Test
    void totalsCountOfficersAtSchoolsFreeRoversAndHighSchoolsWithoutSro() {
        DayTotals ninth = model.totals().get(model.indexOf(march(9)));
        assertEquals(new DayTotals(march(9), true, 3, 1, 0), ninth, "Okafor covers CEN for Lee");
        DayTotals eleventh = model.totals().get(model.indexOf(march(11)));
        assertEquals(new DayTotals(march(11), true, 2, 2, 1), eleventh, "Lee away, nobody covers CEN");
        DayTotals sixteenth = model.totals().get(model.indexOf(march(16)));
        assertEquals(new DayTotals(march(16), true, 2, 2, 1), sixteenth, "Garcia on patrol, HAR uncovered");
        DayTotals saturday = model.totals().get(model.indexOf(march(7)));
        assertFalse(saturday.inSession());
        assertEquals(0, saturday.highSchoolsWithoutSro());
    }

    @Test
    void zonesAreDistinctAndSorted() {
        assertEquals(List.of("East", "North", "South"), model.zones());
    }

    @Test
    void indexOfIsMinusOneOutsideThePeriod() {
        assertEquals(-1, model.indexOf(LocalDate.of(2026, 4, 1)));
        assertEquals(0, model.indexOf(march(1)));
    }
}
