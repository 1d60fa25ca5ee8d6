package org.srodesk.domain.coverage;

import java.time.LocalDate;
import java.util.Objects;

/** A rover covering one need-day, where the decision came from, and a sentence saying why this rover. */
public record PlannedCoverage(NeedDay need, long roverId, CoverageSource source, String why) {
    public PlannedCoverage {
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(source, "source");
        why = why == null ? "" : why;
    }

    public LocalDate date() {
        return need.date();
    }

    public long schoolId() {
        return need.schoolId();
    }
}
