package org.srodesk.service.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.domain.UnitEvent;
import org.srodesk.domain.account.Role;
import org.srodesk.domain.compliance.AttendanceRate;
import org.srodesk.domain.compliance.SchoolYear;
import org.srodesk.service.Actor;
import org.srodesk.service.ConcurrentChangeException;
import org.srodesk.testing.Actors;
import org.srodesk.testing.Backend;
import org.srodesk.testing.ComplianceFixture;
import org.srodesk.testing.TableDump;

/**
 * Two desks editing the same unit meeting (issue 13): the move and the attendance sheet carry the
 * version the desk read; an edit from an older copy is refused naming who changed it and when, and
 * writes nothing, not even an audit row. "Today" is 1 February 2026, 09:00.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class MeetingVersionTest {

    private static final Actor OTHER_DESK = new Actor("sgt.two", "Sgt. Two", Role.SERGEANT);
    private static final String CHANGED_BY_OTHER = "Changed by sgt.two at 09:00 on 1 Feb 2026 — reload and try again.";
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 4);
    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 7);

    private final ComplianceFixture fixture;
    private final MeetingService meetings;

    MeetingVersionTest(Backend backend) {
        fixture = new ComplianceFixture(backend);
        meetings = fixture.services.meetings();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private MeetingRow row(LocalDate day) {
        return meetings.meetings(new SchoolYear(2025)).stream().filter(r -> r.meeting().date().equals(day))
                .findFirst().orElseThrow();
    }

    private static List<AttendanceLine> allPresent(AttendanceSheet sheet) {
        return sheet.lines().stream().map(l -> new AttendanceLine(l.officer(), true, "")).toList();
    }

    private static List<AttendanceLine> firstAbsent(AttendanceSheet sheet, String reason) {
        return sheet.lines().stream().map(l -> l == sheet.lines().get(0) ? new AttendanceLine(l.officer(), false, reason)
                : new AttendanceLine(l.officer(), true, "")).toList();
    }

    @Test
    void aStaleMoveIsRefusedNamingWhoMovedItAndChangesNothing() {
        MeetingRow seen = row(MARCH);
        MeetingRow seenByOther = row(MARCH);
        UnitEvent moved = meetings.reschedule(seenByOther.meeting().id(), seenByOther.version(), LocalDate.of(2026, 3, 11),
                LocalTime.of(9, 30), OTHER_DESK);
        Map<String, List<String>> before = TableDump.of(fixture.district.database);

        ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class, () -> meetings.reschedule(
                seen.meeting().id(), seen.version(), LocalDate.of(2026, 3, 5), LocalTime.of(14, 0), Actors.SERGEANT));

        assertEquals(CHANGED_BY_OTHER, refused.getMessage());
        assertEquals(before, TableDump.of(fixture.district.database), "the refused move wrote nothing, not even an audit row");
        MeetingRow now = row(moved.date());
        assertEquals(LocalTime.of(9, 30), now.meeting().startTime());
        assertEquals(seen.version() + 1, now.version());
    }

    @Test
    void aStaleAttendanceSheetIsRefusedNamingWhoRecordedItAndChangesNothing() {
        long meeting = fixture.meetingOn(JANUARY);
        AttendanceSheet mine = meetings.attendance(meeting);
        AttendanceSheet theirs = meetings.attendance(meeting);
        meetings.recordAttendance(meeting, theirs.version(), firstAbsent(theirs, "Court appearance"), OTHER_DESK);
        Map<String, List<String>> before = TableDump.of(fixture.district.database);

        ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
                () -> meetings.recordAttendance(meeting, mine.version(), allPresent(mine), Actors.SERGEANT));

        assertEquals(CHANGED_BY_OTHER, refused.getMessage());
        assertEquals(before, TableDump.of(fixture.district.database), "the refused sheet wrote nothing, not even an audit row");
        AttendanceSheet reloaded = meetings.attendance(meeting);
        assertEquals(Boolean.FALSE, reloaded.lines().get(0).attended());
        assertEquals("Court appearance", reloaded.lines().get(0).absenceReason());
    }

    @Test
    void theMeetingAndItsSheetShareOneVersionSoAMoveMakesAnOpenSheetStale() {
        long meeting = fixture.meetingOn(JANUARY);
        AttendanceSheet open = meetings.attendance(meeting);
        MeetingRow row = row(JANUARY);
        meetings.reschedule(meeting, row.version(), LocalDate.of(2026, 1, 8), LocalTime.of(14, 0), OTHER_DESK);

        assertEquals(CHANGED_BY_OTHER, assertThrows(ConcurrentChangeException.class,
                () -> meetings.recordAttendance(meeting, open.version(), allPresent(open), Actors.SERGEANT)).getMessage());
        assertEquals(0, fixture.count("meeting_attendance"));
    }

    @Test
    void afterAReloadTheEditGoesThroughWithExactlyOneAuditRowEach() {
        long meeting = fixture.meetingOn(JANUARY);
        int audit = fixture.count("audit_log");
        AttendanceSheet first = meetings.attendance(meeting);
        meetings.recordAttendance(meeting, first.version(), firstAbsent(first, "Sick"), OTHER_DESK);
        assertThrows(ConcurrentChangeException.class,
                () -> meetings.recordAttendance(meeting, first.version(), allPresent(first), Actors.SERGEANT));

        AttendanceSheet reloaded = meetings.attendance(meeting);
        assertEquals(first.version() + 1, reloaded.version());
        AttendanceRate rate = meetings.recordAttendance(meeting, reloaded.version(), allPresent(reloaded), Actors.SERGEANT);
        assertEquals(reloaded.lines().size(), rate.present());
        MeetingRow row = row(JANUARY);
        assertEquals(first.version() + 2, row.version());
        meetings.reschedule(meeting, row.version(), LocalDate.of(2026, 1, 9), LocalTime.of(15, 0), Actors.SERGEANT);

        assertEquals(audit + 3, fixture.count("audit_log"), "one audit row per successful write, none for the refused one");
        assertEquals(first.version() + 3, row(LocalDate.of(2026, 1, 9)).version());
    }
}
