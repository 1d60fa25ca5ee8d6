package org.srodesk.service;

import java.nio.file.Path;
import java.util.List;

import org.srodesk.persistence.csv.CalendarRow;
import org.srodesk.persistence.csv.CallsRow;
import org.srodesk.persistence.csv.OfficerRow;
import org.srodesk.persistence.csv.SchoolRow;
import org.srodesk.persistence.csv.TimeOffRow;

/** The validated rows of an import folder; a list is null when its file is not in the folder. */
record ParsedFolder(Path folder, List<SchoolRow> schools, List<OfficerRow> officers, List<CalendarRow> calendar,
                    List<TimeOffRow> timeOff, List<CallsRow> calls) {

    long rowCount() {
        return size(schools) + size(officers) + size(calendar) + size(timeOff) + size(calls);
    }

    private static long size(List<?> rows) {
        return rows == null ? 0 : rows.size();
    }
}
