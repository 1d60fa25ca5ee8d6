package org.srodesk.domain.coverage;

/**
 * The sergeant's knobs for coverage planning.
 *
 * @param minBlockDays   K: an absence needs a rover only when it lasts at least this many
 *                       consecutive school days (weekends and holidays inside do not break it)
 * @param reserveRovers  R: rovers that stay free each school day for junior, middle and
 *                       elementary calls (fewer when fewer are on duty)
 * @param reservePerZone when the district has zones, every zone with rovers on duty keeps
 *                       {@code min(R, its rovers on duty)} free; otherwise the reserve is district-wide
 */
public record CoverageSettings(int minBlockDays, int reserveRovers, boolean reservePerZone) {

    public static final CoverageSettings DEFAULTS = new CoverageSettings(3, 1, true);

    public CoverageSettings {
        if (minBlockDays < 1) {
            throw new IllegalArgumentException("An extended absence is at least one school day, not " + minBlockDays);
        }
        if (reserveRovers < 0) {
            throw new IllegalArgumentException("The rover reserve cannot be negative: " + reserveRovers);
        }
    }
}
