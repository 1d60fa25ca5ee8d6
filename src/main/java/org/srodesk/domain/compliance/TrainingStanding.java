package org.srodesk.domain.compliance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One cell of the training matrix: the course, the state, the last completion (null if never) and
 * the day the course must be renewed by (null if never completed).
 */
public record TrainingStanding(TrainingCourse course, TrainingState state, LocalDate lastCompleted, LocalDate renewBy) {
    public TrainingStanding {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(state, "state");
    }
}
