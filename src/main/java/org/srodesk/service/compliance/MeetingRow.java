package org.srodesk.service.compliance;

import org.srodesk.domain.UnitEvent;
import org.srodesk.domain.compliance.AttendanceRate;

/** A monthly unit meeting with what was recorded of its attendance (nothing yet: 0 recorded). */
public record MeetingRow(UnitEvent meeting, AttendanceRate attendance) {
}
