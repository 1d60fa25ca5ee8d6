package org.srodesk.service.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolLevel;

/**
 * Builds the officers of a demo district: primary SROs posted to schools (every high school gets
 * at least one; big tiers post several to busy high schools and some to middle schools) and
 * rovers spread over the zones.
 */
final class DemoOfficers {

    /** The officers to insert and, by badge, the school each primary SRO is posted to. */
    record Roster(List<Officer> officers, Map<String, Long> postByBadge) {
    }

    private final TierProfile profile;
    private final SplittableRandom random;
    private final Set<String> emails = new HashSet<>();
    private int nextBadge;

    DemoOfficers(TierProfile profile, SplittableRandom random) {
        this.profile = profile;
        this.random = random;
        this.nextBadge = 1000 + random.nextInt(2000);
    }

    /** {@code schools} carry their database ids; {@code busyness} is indexed like them. */
    Roster build(List<School> schools, double[] busyness) {
        List<School> posts = posts(schools, busyness);
        int rovers = profile.totalOfficers() > 0 ? profile.totalOfficers() - posts.size() : profile.rovers();
        List<Officer> officers = new ArrayList<>(posts.size() + rovers);
        Map<String, Long> postByBadge = new LinkedHashMap<>();
        for (School school : posts) {
            Officer officer = officer(OfficerRole.PRIMARY_SRO, school.zone());
            officers.add(officer);
            postByBadge.put(officer.badge(), school.id());
        }
        for (int i = 0; i < rovers; i++) {
            officers.add(officer(OfficerRole.ROVER, profile.zones().get(i % profile.zones().size())));
        }
        return new Roster(officers, postByBadge);
    }

    /** One entry per primary SRO post: a school appears as often as it has SROs. */
    private List<School> posts(List<School> schools, double[] busyness) {
        Map<School, Integer> count = new LinkedHashMap<>();
        Map<School, Double> weight = new LinkedHashMap<>();
        List<School> highs = new ArrayList<>();
        List<School> middles = new ArrayList<>();
        for (int i = 0; i < schools.size(); i++) {
            School school = schools.get(i);
            weight.put(school, busyness[i]);
            if (school.level() == SchoolLevel.HIGH) {
                highs.add(school);
                count.put(school, profile.primariesPerHighMin());
            } else if (school.level() != SchoolLevel.ELEMENTARY && random.nextDouble() < profile.middleShare()) {
                middles.add(school);
                count.put(school, 1);
            }
        }
        int target = Math.max(profile.targetPrimaries(), count.values().stream().mapToInt(Integer::intValue).sum());
        int posted = count.values().stream().mapToInt(Integer::intValue).sum();
        // Extra SROs go to the busiest schools first, as the seeds say deployment may follow calls.
        Comparator<School> busiestFirst = Comparator.comparingDouble((School s) -> -weight.get(s));
        highs.sort(busiestFirst);
        middles.sort(busiestFirst);
        posted = topUp(highs, count, profile.primariesPerHighMax(), posted, target);
        posted = topUp(middles, count, profile.primariesPerMiddleMax(), posted, target);
        List<School> posts = new ArrayList<>(posted);
        count.forEach((school, n) -> {
            for (int k = 0; k < n; k++) {
                posts.add(school);
            }
        });
        return posts;
    }

    private int topUp(List<School> schools, Map<School, Integer> count, int max, int posted, int target) {
        boolean open = true;
        while (posted < target && open) {
            open = false;
            for (School school : schools) {
                if (count.get(school) >= max) {
                    continue;
                }
                open = true;
                // Busy schools come first in each pass; skipping some spreads the posts a little.
                if (posted < target && random.nextDouble() < 0.6) {
                    count.merge(school, 1, Integer::sum);
                    posted++;
                }
            }
        }
        return posted;
    }

    private Officer officer(OfficerRole role, String zone) {
        String first = DemoNames.pick(random, DemoNames.FIRST_NAMES);
        String last = DemoNames.pick(random, DemoNames.LAST_NAMES);
        double r = random.nextDouble();
        String rank = r < 0.03 ? "Sgt." : r < 0.10 ? "Cpl." : "Ofc.";
        nextBadge += 1 + random.nextInt(37);
        return new Officer(0, String.valueOf(nextBadge), last, first, rank, role,
                DemoNames.phone(random, profile.areaCodes()), email(first, last), zone);
    }

    private String email(String first, String last) {
        String local = DemoNames.ascii(first) + "." + DemoNames.ascii(last);
        String email = local + "@" + profile.policeDomain();
        for (int n = 2; !emails.add(email); n++) {
            email = local + n + "@" + profile.policeDomain();
        }
        return email;
    }
}
