package org.srodesk.service.compliance;

import java.time.LocalDate;
import java.util.List;

import org.srodesk.domain.Officer;
import org.srodesk.domain.compliance.TrainingCourse;
import org.srodesk.domain.compliance.TrainingStanding;

/** Officers × courses on a day: one row per officer, one standing per course in {@link #courses()} order. */
public record TrainingMatrix(LocalDate asOf, List<TrainingCourse> courses, List<Row> rows) {

    /** One officer's line: standings in the order of the matrix's courses. */
    public record Row(Officer officer, String school, List<TrainingStanding> standings) {
        public boolean anyBehind() {
            return standings.stream().anyMatch(s -> s.state().isBehind());
        }
    }

    public TrainingMatrix {
        courses = List.copyOf(courses);
        rows = List.copyOf(rows);
    }
}
