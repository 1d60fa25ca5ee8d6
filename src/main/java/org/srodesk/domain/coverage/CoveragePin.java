package org.srodesk.domain.coverage;

import java.time.LocalDate;

/**
 * The sergeant's decision that a rover covers a need: one day ({@code schoolId} + {@code date};
 * with several needs at the school that day, the first free one in block order) or a whole
 * absence block ({@code blockId}, every day of it from today on). Pins are hard constraints; a pin
 * that cannot hold is reported as a {@link PinConflict}, never silently dropped.
 */
public record CoveragePin(long roverId, long schoolId, LocalDate date, String blockId) {

    public CoveragePin {
        boolean dayPin = date != null;
        boolean blockPin = blockId != null && !blockId.isBlank();
        if (dayPin == blockPin) {
            throw new IllegalArgumentException("A pin names either a school and date or a block");
        }
    }

    public static CoveragePin day(long roverId, long schoolId, LocalDate date) {
        return new CoveragePin(roverId, schoolId, date, null);
    }

    public static CoveragePin block(long roverId, String blockId) {
        return new CoveragePin(roverId, 0, null, blockId);
    }

    public boolean isBlockPin() {
        return date == null;
    }
}
