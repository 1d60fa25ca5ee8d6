package org.srodesk.service.compliance;

import org.srodesk.testing.Actors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.Officer;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.compliance.AttendanceRate;
import org.srodesk.domain.compliance.OverdueItem;
import org.srodesk.domain.compliance.SchoolYear;
import org.srodesk.domain.timeoff.FindingType;
import org.srodesk.service.TimeOffDraft;
import org.srodesk.service.ValidationException;
import org.srodesk.testing.ComplianceFixture;
import org.srodesk.testing.TimeOffFixture;

/** Unit meetings and attendance on a real H2 database; "today" is 1 February 2026. */
class MeetingServiceTest {

    private static final LocalDate SEPTEMBER = LocalDate.of(2025, 9, 3);
    private static final LocalDate OCTOBER = LocalDate.of(2025, 10, 1);
    private static final LocalDate NOVEMBER = LocalDate.of(2025, 11, 5);

    private final ComplianceFixture fixture = new ComplianceFixture();
    private final MeetingService meetings = fixture.services.meetings();

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<AttendanceLine> sheet(Boolean lee, String leeReason, Boolean diaz, Boolean moe) {
        List<Officer> officers = fixture.district.service.officers();
        return officers.stream().map(o -> o.id() == fixture.lee ? new AttendanceLine(o, lee, leeReason)
                : new AttendanceLine(o, o.id() == fixture.diaz ? diaz : moe, "")).toList();
    }

    @Test
    void theAttendanceRateMatchesAHandCount() {
        // September: 3 present. October: Lee absent (court), 2 present. November: Moe not recorded, 2 present.
        meetings.recordAttendance(fixture.meetingOn(SEPTEMBER), 0, sheet(true, "", true, true), TimeOffFixture.SERGEANT);
        meetings.recordAttendance(fixture.meetingOn(OCTOBER), 0, sheet(false, "Court appearance", true, true),
                TimeOffFixture.SERGEANT);
        AttendanceRate november = meetings.recordAttendance(fixture.meetingOn(NOVEMBER), 0, sheet(true, "", true, null),
                TimeOffFixture.SERGEANT);
        assertEquals(new AttendanceRate(2, 0), november);
        // 7 present of 8 recorded = 87.5 %
        AttendanceRate year = fixture.services.review().build(new SchoolYear(2025)).attendance();
        assertEquals(7, year.present());
        assertEquals(1, year.absent());
        assertEquals(0.875, year.rate(), 1e-9);
        assertEquals("87.5 %", year.percent());
        List<OverdueItem> absences = fixture.services.overdue().overdue().stream()
                .filter(i -> i.kind() == OverdueItem.Kind.MEETING_ABSENCE).toList();
        assertEquals(1, absences.size());
        assertEquals("Absent from the 2025-10-01 meeting: Court appearance", absences.get(0).what());
    }

    @Test
    void anAbsenceWithoutItsReasonIsRefusedOnThatOfficersLineAndNothingIsWritten() {
        ValidationException refused = assertThrows(ValidationException.class, () -> meetings.recordAttendance(
                fixture.meetingOn(OCTOBER), 0, sheet(false, " ", true, true), TimeOffFixture.SERGEANT));
        assertEquals("Give the reason Lee, Pat was absent.", refused.byField().get("reason-" + fixture.lee));
        assertEquals(0, fixture.count("meeting_attendance"));
    }

    @Test
    void attendanceCannotBeRecordedBeforeTheMeeting() {
        assertThrows(ValidationException.class, () -> meetings.recordAttendance(
                fixture.meetingOn(LocalDate.of(2026, 2, 4)), 0, sheet(true, "", true, true), TimeOffFixture.SERGEANT));
        assertEquals(0, fixture.count("meeting_attendance"));
    }

    @Test
    void movingAMeetingMovesTheTimeOffFindingWithIt() {
        LocalDate first = LocalDate.of(2026, 3, 4);
        LocalDate moved = LocalDate.of(2026, 3, 11);
        TimeOffDraft onFirst = new TimeOffDraft(fixture.lee, TimeOffKind.PERSONAL, first, first, null, null, "");
        TimeOffDraft onMoved = new TimeOffDraft(fixture.lee, TimeOffKind.PERSONAL, moved, moved, null, null, "");
        assertTrue(hasMeetingFinding(onFirst));
        assertFalse(hasMeetingFinding(onMoved));

        meetings.reschedule(fixture.meetingOn(first), 0, moved, LocalTime.of(9, 30), Actors.SERGEANT);
        assertFalse(hasMeetingFinding(onFirst));
        assertTrue(hasMeetingFinding(onMoved));
    }

    private boolean hasMeetingFinding(TimeOffDraft draft) {
        return fixture.district.service.findings(draft).stream().anyMatch(f -> f.type() == FindingType.UNIT_MEETING);
    }

    @Test
    void aMeetingMovesOnlyWithinItsMonthAndToAWeekday() {
        long march = fixture.meetingOn(LocalDate.of(2026, 3, 4));
        assertTrue(assertThrows(ValidationException.class, () -> meetings.reschedule(march, 0, LocalDate.of(2026, 4, 1),
                LocalTime.of(14, 0), Actors.SERGEANT)).byField().get(MeetingService.DATE).contains("March 2026"));
        assertTrue(assertThrows(ValidationException.class, () -> meetings.reschedule(march, 0, LocalDate.of(2026, 3, 7),
                LocalTime.of(14, 0), Actors.SERGEANT)).byField().get(MeetingService.DATE).contains("saturday"));
    }

    @Test
    void missingMonthsGetAMeetingByTheDefaultRule() {
        // the fixture has September–March; April, May and June are added on their first Wednesday at 14:00
        List<LocalDate> added = meetings.addMissingMeetings(new SchoolYear(2025), Actors.SERGEANT).stream().map(e -> e.date()).toList();
        assertEquals(List.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 6), LocalDate.of(2026, 6, 3)), added);
        assertEquals(10, meetings.meetings(new SchoolYear(2025)).size());
        assertTrue(meetings.addMissingMeetings(new SchoolYear(2025), Actors.SERGEANT).isEmpty());
    }
}
