package org.srodesk.service.demo;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sizes of demo district the {@link DemoDistrictGenerator} can build, from a Saint Paul–like
 * unit of ten officers to a force of five thousand.
 */
public enum DemoTier {
    /** Saint Paul–like: about 60 schools, one SRO per high school, two rovers. */
    SMALL,
    /** Minneapolis–like: about 70 schools, 14 SROs including rovers. */
    MEDIUM,
    /** A large urban district: 1,000 schools, 400 officers. */
    LARGE,
    /** The largest US school police force: 1,800 schools, 5,000 officers. */
    XL;

    /**
     * The tier named by {@code text}, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the allowed values when {@code text} names no tier
     */
    public static DemoTier parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (DemoTier tier : values()) {
            if (tier.id().equals(wanted)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("Unknown demo tier \"" + text + "\"; allowed values: "
                + Arrays.stream(values()).map(DemoTier::id).collect(Collectors.joining(", ")));
    }

    /** The lower-case name used on the command line: "small", "medium", "large", "xl". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
