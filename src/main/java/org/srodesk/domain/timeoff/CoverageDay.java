package org.srodesk.domain.timeoff;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.srodesk.domain.Officer;

/**
 * Who would cover a high school on one school day its SRO is away.
 *
 * @param rover       the rover already accepted for that day, or the one the availability check
 *                    names as free; empty when none is free (the school calls 911)
 * @param accepted    true when {@code rover} is accepted coverage, false when only proposed
 * @param explanation the availability check's sentence
 */
public record CoverageDay(LocalDate date, Optional<Officer> rover, boolean accepted, String explanation) {

    public CoverageDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rover, "rover");
        explanation = explanation == null ? "" : explanation;
    }

    public boolean uncovered() {
        return rover.isEmpty();
    }
}
