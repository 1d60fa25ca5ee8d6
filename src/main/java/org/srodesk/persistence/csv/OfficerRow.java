package org.srodesk.persistence.csv;

import java.util.Objects;

import org.srodesk.domain.Officer;

/**
 * A row of officers.csv: the officer (id 0), the home school code (empty for none) and the line it
 * was read from (0 when written).
 */
public record OfficerRow(long line, Officer officer, String homeSchool) {
    public OfficerRow {
        Objects.requireNonNull(officer, "officer");
        homeSchool = homeSchool == null ? "" : homeSchool;
    }
}
