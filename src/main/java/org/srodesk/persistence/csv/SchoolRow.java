package org.srodesk.persistence.csv;

import java.util.Objects;

import org.srodesk.domain.School;

/** A row of schools.csv: the school (id 0) and the line it was read from (0 when written). */
public record SchoolRow(long line, School school) {
    public SchoolRow {
        Objects.requireNonNull(school, "school");
    }
}
