package org.srodesk.service.demo;

import java.util.List;

/**
 * What a demo tier contains: school counts by level, how officers are posted, zones, and the
 * names of the district, unit and command staff.
 *
 * @param highSchoolsMin       fewest high schools (the generator draws between min and max)
 * @param highSchoolsMax       most high schools
 * @param juniorHighSchools    junior high schools
 * @param middleSchools        middle schools
 * @param totalSchools         all schools; elementary schools make up the rest
 * @param totalOfficers        all officers, or 0 for "one per high school plus the rovers"
 * @param primariesPerHighMin  fewest primary SROs at each high school
 * @param primariesPerHighMax  most primary SROs at a big high school
 * @param middleShare          share of middle and junior high schools with a post of their own
 * @param primariesPerMiddleMax most primary SROs at a middle or junior high school
 * @param targetPrimaries      primary SROs to post (0: exactly the minimum), the rest are rovers
 * @param rovers               rovers when {@code totalOfficers} is 0
 */
record TierProfile(
        String districtName,
        String unitName,
        String city,
        String state,
        String zipPrefix,
        List<String> areaCodes,
        String districtDomain,
        String policeDomain,
        String county,
        String orderPrefix,
        int highSchoolsMin,
        int highSchoolsMax,
        int juniorHighSchools,
        int middleSchools,
        int totalSchools,
        int totalOfficers,
        int primariesPerHighMin,
        int primariesPerHighMax,
        double middleShare,
        int primariesPerMiddleMax,
        int targetPrimaries,
        int rovers,
        List<String> zones,
        List<String> sergeants,
        String commander,
        List<String> commandStaff) {

    static TierProfile of(DemoTier tier) {
        return switch (tier) {
            case SMALL -> new TierProfile(
                    "Saint Paul Public Schools (demo)",
                    "Saint Paul Police — School Resource Officer Unit (demo)",
                    "Saint Paul", "MN", "551", List.of("651"), "spps-demo.example.org", "sppd-demo.example.org",
                    "Ramsey County", "SPPD-SO",
                    7, 9, 1, 9, 60, 0, 1, 1, 0.0, 0, 0, 2,
                    List.of("Eastern", "Central", "Western"),
                    List.of("Karen Olson"), "Cmdr. R. Axtell",
                    List.of("Cmdr. R. Axtell", "Dep. Chief M. Castillo", "Asst. Chief D. Whitebird"));
            case MEDIUM -> new TierProfile(
                    "Minneapolis Public Schools (demo)",
                    "Minneapolis Police — School Resource Officer Unit (demo)",
                    "Minneapolis", "MN", "554", List.of("612"), "mps-demo.example.org", "mpd-demo.example.org",
                    "Hennepin County", "MPD-SO",
                    10, 10, 2, 11, 70, 14, 1, 1, 0.0, 0, 0, 0,
                    List.of("North", "Northeast", "South"),
                    List.of("Dana Lindqvist"), "Cmdr. J. Okafor",
                    List.of("Cmdr. J. Okafor", "Dep. Chief A. Nguyen", "Insp. T. Halvorsen"));
            case LARGE -> new TierProfile(
                    "Metro Unified School District (demo, large)",
                    "Metro City Police — School Safety Division (demo, large)",
                    "Metro City", "IL", "606", List.of("312", "773", "872"), "metro-usd-demo.example.org",
                    "metro-pd-demo.example.org", "Metro County", "MCPD-SS",
                    120, 120, 30, 190, 1000, 400, 1, 3, 0.5, 1, 320, 0,
                    List.of("North", "Northwest", "West", "Central", "South", "Southeast"),
                    List.of("Teresa Peña", "Michael Johnson", "Hyun-woo Park"), "Cmdr. L. Mensah",
                    List.of("Cmdr. L. Mensah", "Dep. Chief S. Ó Briain", "Asst. Chief K. Moua", "Cmdr. P. Rossi"));
            case XL -> new TierProfile(
                    "Grand Metro City Schools (demo, xl)",
                    "Grand Metro Police — School Safety Bureau (demo, xl)",
                    "Grand Metro", "NY", "100", List.of("212", "347", "646", "718", "917"),
                    "gmcs-demo.example.org", "gmpd-demo.example.org", "Grand Metro County", "GMPD-SSB",
                    260, 260, 60, 320, 1800, 5000, 2, 6, 0.7, 2, 2000, 0,
                    List.of("Bronxdale", "Harbor", "Northside", "Eastside", "Westside", "Midtown", "Downtown",
                            "Riverside", "Southshore", "Hillcrest"),
                    List.of("Ana Hernández", "Tou Vang", "Siobhán Murphy", "Abdirahman Ali", "Jürgen Müller",
                            "Linh Nguyễn", "Marcus Johnson", "Mai Xiong", "Rafael Peña", "Grace Yang"),
                    "Cmdr. E. Washington",
                    List.of("Cmdr. E. Washington", "Dep. Chief F. Hassan", "Asst. Chief R. Kowalski",
                            "Insp. C. Begay", "Chief of Dept. H. Lindgren"));
        };
    }

    /** The sergeant who looks after officers of zone number {@code zoneIndex}. */
    String sergeantFor(int zoneIndex) {
        return sergeants.get(zoneIndex % sergeants.size());
    }
}
