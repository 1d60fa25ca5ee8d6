package org.srodesk.domain.coverage;

import java.time.LocalDate;

/**
 * A pin (or an accepted coverage, {@code accepted == true}) that the plan could not keep on
 * {@code date}, with a sentence for the sergeant.
 */
public record PinConflict(long roverId, long schoolId, LocalDate date, boolean accepted,
                          PinConflictReason reason, String explanation) {
}
