package org.srodesk.domain.compliance;

import java.util.Objects;

/**
 * A course SROs must keep current (Minneapolis: child development, cultural competency,
 * restorative justice; the department may add its own). A completion is good for
 * {@code renewalMonths} months.
 */
public record TrainingCourse(long id, String code, String name, int renewalMonths, boolean required) {
    public TrainingCourse {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (renewalMonths <= 0) {
            throw new IllegalArgumentException("A course is renewed after at least one month: " + renewalMonths);
        }
    }
}
