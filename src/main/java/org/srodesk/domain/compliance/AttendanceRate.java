package org.srodesk.domain.compliance;

import java.util.Collection;

/**
 * Attendance at mandatory unit meetings: present and absent officer-meetings among those recorded.
 * Meetings whose attendance was not taken do not count either way.
 */
public record AttendanceRate(int present, int absent) {

    public static AttendanceRate of(Collection<MeetingAttendance> records) {
        int present = (int) records.stream().filter(MeetingAttendance::attended).count();
        return new AttendanceRate(present, records.size() - present);
    }

    public int recorded() {
        return present + absent;
    }

    /** Present ÷ recorded, 0–1; 0 when nothing was recorded. */
    public double rate() {
        return recorded() == 0 ? 0.0 : (double) present / recorded();
    }

    /** "94.4 %" or "—" when nothing was recorded. */
    public String percent() {
        return recorded() == 0 ? "—" : String.format(java.util.Locale.ROOT, "%.1f %%", rate() * 100);
    }
}
