package org.srodesk.service.compliance;

import java.util.List;

/**
 * A meeting's attendance sheet as read (every officer, with what is recorded) and the meeting's
 * version at that moment, to pass back to {@link MeetingService#recordAttendance}.
 */
public record AttendanceSheet(int version, List<AttendanceLine> lines) {
    public AttendanceSheet {
        lines = List.copyOf(lines);
    }
}
