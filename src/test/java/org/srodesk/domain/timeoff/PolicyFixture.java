package org.srodesk.domain.timeoff;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.srodesk.domain.Assignment;
import org.srodesk.domain.CalendarDay;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.domain.UnitEvent;
import org.srodesk.domain.coverage.CoverageSettings;

/**
 * March 2026 (the 2nd is a Monday): school on weekdays, except a holiday on Wednesday 11 March and
 * spring break 16–20 March. Officer 1 is the primary SRO of Central High (school 1); officers 2 and
 * 3 are rovers, all in zone "East".
 */
final class PolicyFixture {

    static final LocalDate HOLIDAY = march(11);
    static final DateRange SPRING_BREAK = DateRange.of(march(16), march(20));
    static final DateRange PERIOD = DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30));
    static final School CENTRAL = new School(1, "CEN", "Central High", SchoolLevel.HIGH, "", "Dr. Ames",
            "ames@school.test", "", "East");
    static final Officer LEE = new Officer(1, "4127", "Lee", "Pat", "Ofc.", OfficerRole.PRIMARY_SRO, "651-555-0101",
            "", "East");
    static final Officer ROVER_A = new Officer(2, "5001", "Diaz", "Ana", "Ofc.", OfficerRole.ROVER, "651-555-0202", "", "East");
    static final Officer ROVER_B = new Officer(3, "5002", "Moe", "Kim", "Ofc.", OfficerRole.ROVER, "651-555-0303", "", "East");

    List<Officer> officers = new ArrayList<>(List.of(LEE, ROVER_A, ROVER_B));
    List<TimeOffRequest> timeOff = new ArrayList<>();
    List<Reassignment> reassignments = new ArrayList<>();
    List<UnitEvent> events = new ArrayList<>();
    LocalDate today = LocalDate.of(2026, 2, 1);
    TimeOffPolicySettings settings = TimeOffPolicySettings.DEFAULTS;

    static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    static SchoolCalendar calendar() {
        List<CalendarDay> days = new ArrayList<>();
        PERIOD.stream().forEach(d -> {
            boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
            boolean off = d.equals(HOLIDAY) || SPRING_BREAK.contains(d);
            days.add(new CalendarDay(d, weekday && !off, off ? "No school" : ""));
        });
        return new SchoolCalendar(days);
    }

    static TimeOffRequest request(long id, Officer officer, TimeOffKind kind, LocalDate start, LocalDate end,
                                  TimeOffStatus status) {
        return new TimeOffRequest(id, officer.id(), kind, start, end, null, null, status, "",
                null, "", status == TimeOffStatus.REQUESTED ? null : "sgt",
                status == TimeOffStatus.REQUESTED ? null : Instant.EPOCH, "", 0);
    }

    static TimeOffRequest vacation(LocalDate start, LocalDate end) {
        return request(0, LEE, TimeOffKind.VACATION, start, end, TimeOffStatus.REQUESTED);
    }

    static TimeOffRequest partial(TimeOffKind kind, LocalDate day, LocalTime from, LocalTime to) {
        return new TimeOffRequest(0, LEE.id(), kind, day, day, from, to, TimeOffStatus.REQUESTED, "", null, "",
                null, null, "", 0);
    }

    static Instant requestedOn(LocalDate day) {
        return day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant();
    }

    List<PolicyFinding> evaluate(TimeOffRequest request) {
        RosterSnapshot snapshot = new RosterSnapshot(PERIOD, calendar(), officers, List.of(CENTRAL),
                List.of(new Assignment(1, LEE.id(), CENTRAL.id(), LocalDate.of(2025, 8, 1), null)),
                timeOff, reassignments, List.of());
        return TimeOffPolicy.evaluate(request, new PolicyInputs(snapshot, events, Map.of(), CoverageSettings.DEFAULTS,
                settings, today));
    }

    static List<PolicyFinding> ofType(List<PolicyFinding> findings, FindingType type) {
        return findings.stream().filter(f -> f.type() == type).toList();
    }
}
