package org.srodesk.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.service.demo.DemoSchools.DemoSchool;

/**
 * The shape of the big tiers, built in memory only (writing them to a database is too slow for
 * every build; their generation times are measured by hand).
 */
class DemoLargeTierShapeTest {

    @ParameterizedTest
    @EnumSource(value = DemoTier.class, names = {"LARGE", "XL"})
    void bigTiersHaveTheirSizeAndEveryHighSchoolHasAPrimarySro(DemoTier tier) {
        TierProfile profile = TierProfile.of(tier);
        SplittableRandom random = new SplittableRandom(DemoDistrictGenerator.DEFAULT_SEED);
        List<DemoSchool> built = new DemoSchools(profile, random.split()).build();
        List<School> schools = new ArrayList<>();
        double[] busyness = new double[built.size()];
        for (int i = 0; i < built.size(); i++) {
            schools.add(built.get(i).school().withId(i + 1));
            busyness[i] = built.get(i).busyness();
        }
        DemoOfficers.Roster roster = new DemoOfficers(profile, random.split()).build(schools, busyness);

        assertEquals(tier == DemoTier.LARGE ? 1000 : 1800, schools.size());
        assertEquals(tier == DemoTier.LARGE ? 400 : 5000, roster.officers().size());
        assertEquals(schools.size(), schools.stream().map(School::code).distinct().count());
        assertEquals(schools.size(), schools.stream().map(School::name).distinct().count());
        assertTrue(schools.stream().allMatch(s -> s.code().matches("[A-Z0-9]{2,5}")));
        assertEquals(roster.officers().size(), roster.officers().stream().map(Officer::badge).distinct().count());
        long elementary = schools.stream().filter(s -> s.level() == SchoolLevel.ELEMENTARY).count();
        assertTrue(elementary * 2 > schools.size(), "most schools are elementary");

        Map<Long, Integer> primariesBySchool = new HashMap<>();
        roster.postByBadge().values().forEach(id -> primariesBySchool.merge(id, 1, Integer::sum));
        for (School school : schools) {
            int primaries = primariesBySchool.getOrDefault(school.id(), 0);
            if (school.isHigh()) {
                assertTrue(primaries >= profile.primariesPerHighMin() && primaries <= profile.primariesPerHighMax(),
                        school.name() + ": " + primaries);
            } else if (school.level() == SchoolLevel.ELEMENTARY) {
                assertEquals(0, primaries, school.name());
            } else {
                assertTrue(primaries <= profile.primariesPerMiddleMax(), school.name() + ": " + primaries);
            }
        }
        long rovers = roster.officers().stream().filter(o -> o.role() == OfficerRole.ROVER).count();
        assertEquals(roster.officers().size() - roster.postByBadge().size(), rovers);
        assertTrue(rovers >= profile.zones().size(), "rovers: " + rovers);
        assertEquals(profile.zones().size(), roster.officers().stream().filter(Officer::isRover)
                .map(Officer::zone).distinct().count(), "rovers are spread over every zone");
        if (tier == DemoTier.XL) {
            assertTrue(primariesBySchool.values().stream().anyMatch(n -> n >= 5), "big high schools have several SROs");
            assertTrue(schools.stream().anyMatch(s -> s.level() == SchoolLevel.MIDDLE
                    && primariesBySchool.getOrDefault(s.id(), 0) == 2));
        }
    }
}
