package org.srodesk.service.compliance;

import org.srodesk.domain.UnitEvent;
import org.srodesk.domain.compliance.AttendanceRate;

/**
 * A monthly unit meeting with what was recorded of its attendance (nothing yet: 0 recorded), and the
 * version it was read at: pass it back to {@link MeetingService#reschedule} or
 * {@link MeetingService#recordAttendance} so a change made meanwhile by another desk is not overwritten.
 */
public record MeetingRow(UnitEvent meeting, int version, AttendanceRate attendance) {
}
