package org.srodesk.persistence.csv;

import java.util.List;

/**
 * The five reference-data files, in the order they must be imported (each may refer to the ones
 * before it). The columns are the exact header of each file.
 */
public enum ReferenceFile {
    SCHOOLS("schools.csv", "code", "name", "level", "address", "principal_name", "principal_email", "phone", "zone"),
    OFFICERS("officers.csv", "badge", "last_name", "first_name", "rank", "role", "home_school", "phone", "email", "zone"),
    CALENDAR("calendar.csv", "date", "in_session", "note"),
    TIME_OFF("time_off.csv", "badge", "kind", "start_date", "end_date", "status", "note"),
    CALLS_FOR_SERVICE("calls_for_service.csv", "school_code", "date", "count");

    private final String fileName;
    private final List<String> columns;

    ReferenceFile(String fileName, String... columns) {
        this.fileName = fileName;
        this.columns = List.of(columns);
    }

    public String fileName() {
        return fileName;
    }

    /** The header, in the order the files are written. Readers accept the columns in any order. */
    public List<String> columns() {
        return columns;
    }
}
