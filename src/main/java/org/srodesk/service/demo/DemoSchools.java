package org.srodesk.service.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.srodesk.domain.School;
import org.srodesk.domain.SchoolLevel;

/** Builds the schools of a demo district: unique codes and names, addresses, principals, zones. */
final class DemoSchools {

    /**
     * A school to insert, with how busy it is: a persistent factor (around 1.0) that scales its calls
     * for service and, in big tiers, how many SROs are posted there.
     */
    record DemoSchool(School school, double busyness) {
    }

    private final TierProfile profile;
    private final SplittableRandom random;
    private final Set<String> codes = new HashSet<>();
    private final Set<String> principalEmails = new HashSet<>();

    DemoSchools(TierProfile profile, SplittableRandom random) {
        this.profile = profile;
        this.random = random;
    }

    List<DemoSchool> build() {
        int high = profile.highSchoolsMin() + random.nextInt(profile.highSchoolsMax() - profile.highSchoolsMin() + 1);
        int elementary = profile.totalSchools() - high - profile.juniorHighSchools() - profile.middleSchools();
        List<DemoSchool> schools = new ArrayList<>(profile.totalSchools());
        addLevel(schools, SchoolLevel.HIGH, high);
        addLevel(schools, SchoolLevel.JUNIOR_HIGH, profile.juniorHighSchools());
        addLevel(schools, SchoolLevel.MIDDLE, profile.middleSchools());
        addLevel(schools, SchoolLevel.ELEMENTARY, elementary);
        return schools;
    }

    private void addLevel(List<DemoSchool> schools, SchoolLevel level, int count) {
        List<String> stems = shuffledStems();
        for (int i = 0; i < count; i++) {
            // Stems run out only in the xl tier: number the rest, New York style ("P.S. 214").
            String stem = i < stems.size() ? stems.get(i) : null;
            String name = stem != null ? stem + " " + suffix(level) : numberedName(level, i - stems.size());
            String code = uniqueCode(stem != null ? stem : name, level);
            int zoneIndex = random.nextInt(profile.zones().size());
            String principalFirst = DemoNames.pick(random, DemoNames.FIRST_NAMES);
            String principalLast = DemoNames.pick(random, DemoNames.LAST_NAMES);
            School school = new School(0, code, name, level, address(), principalFirst + " " + principalLast,
                    principalEmail(principalFirst, principalLast), DemoNames.phone(random, profile.areaCodes()),
                    profile.zones().get(zoneIndex));
            schools.add(new DemoSchool(school, busyness()));
        }
    }

    private List<String> shuffledStems() {
        LinkedHashSet<String> candidates = new LinkedHashSet<>(DemoNames.PERSON_STEMS);
        for (String place : DemoNames.PLACES) {
            for (String feature : DemoNames.FEATURES) {
                candidates.add(place + feature);
            }
        }
        List<String> stems = new ArrayList<>(candidates);
        for (int i = stems.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = stems.get(i);
            stems.set(i, stems.get(j));
            stems.set(j, swap);
        }
        return stems;
    }

    private static String suffix(SchoolLevel level) {
        return switch (level) {
            case HIGH -> "High School";
            case JUNIOR_HIGH -> "Junior High School";
            case MIDDLE -> "Middle School";
            case ELEMENTARY -> "Elementary";
        };
    }

    private static String numberedName(SchoolLevel level, int n) {
        return switch (level) {
            case HIGH -> "High School " + (400 + n);
            case JUNIOR_HIGH -> "J.H.S. " + (300 + n);
            case MIDDLE -> "I.S. " + (200 + n);
            case ELEMENTARY -> "P.S. " + (100 + n);
        };
    }

    /** 2–5 letters and digits: "HAR" + level letter, then shorter stems with a digit if taken. */
    private String uniqueCode(String stem, SchoolLevel level) {
        String letters = DemoNames.ascii(stem).toUpperCase(Locale.ROOT);
        char levelLetter = level == SchoolLevel.JUNIOR_HIGH ? 'J' : level.name().charAt(0);
        String[] words = stem.replaceAll("[^\\p{L}\\p{N} ]", "").split(" ");
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty()) {
                initials.append(DemoNames.ascii(word.substring(0, 1)).toUpperCase(Locale.ROOT));
            }
        }
        List<String> tries = new ArrayList<>();
        if (initials.length() >= 2) {
            tries.add(trim(initials.toString(), 3) + levelLetter);
        }
        tries.add(trim(letters, 3) + levelLetter);
        tries.add(trim(letters, 4) + levelLetter);
        for (String candidate : tries) {
            if (codes.add(candidate)) {
                return candidate;
            }
        }
        String base = trim(letters, 2) + levelLetter;
        for (int n = 1; ; n++) {
            String candidate = base + n;
            if (candidate.length() > 5) {
                candidate = levelLetter + String.format("%04d", n);
            }
            if (codes.add(candidate)) {
                return candidate;
            }
        }
    }

    private static String trim(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private String address() {
        int number = 100 + random.nextInt(4800);
        String street = DemoNames.pick(random, DemoNames.STREETS) + " " + DemoNames.pick(random, DemoNames.STREET_TYPES);
        String zip = profile.zipPrefix() + String.format("%02d", 1 + random.nextInt(19));
        return number + " " + street + ", " + profile.city() + ", " + profile.state() + " " + zip;
    }

    private String principalEmail(String first, String last) {
        String local = DemoNames.ascii(first) + "." + DemoNames.ascii(last);
        String email = local + "@" + profile.districtDomain();
        for (int n = 2; !principalEmails.add(email); n++) {
            email = local + n + "@" + profile.districtDomain();
        }
        return email;
    }

    /** Log-normal around 1: most schools ordinary, a few persistently much busier. */
    private double busyness() {
        double gaussian = gaussian();
        return Math.exp(0.5 * gaussian - 0.125);
    }

    private double gaussian() {
        // Box–Muller from the seeded generator (SplittableRandom has no nextGaussian on Java 17).
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
