package org.srodesk.service.demo;

import org.srodesk.domain.account.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.srodesk.domain.Assignment;
import org.srodesk.domain.CallsForService;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.ReassignmentStatus;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.domain.UnitEvent;
import org.srodesk.persistence.AssignmentDao;
import org.srodesk.persistence.CallsForServiceDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.ReassignmentDao;
import org.srodesk.persistence.TimeOffDao;
import org.srodesk.persistence.UnitEventDao;
import org.srodesk.service.Actor;
import org.srodesk.service.DistrictService;
import org.srodesk.service.RosterService;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.testing.Backend;
import org.srodesk.testing.TestDatabases;

/** What happens in the small demo district: time off, reassignments, meetings and calls; on H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class DemoDistrictActivityTest {

    private static final Instant NOW = LocalDate.of(2026, 11, 29).atTime(12, 0)
            .atZone(java.time.ZoneId.of("America/Chicago")).toInstant();

    private static Database db;
    private static SchoolCalendar calendar;
    private static List<TimeOffRequest> timeOff;
    private static Set<Long> highSchoolPrimaries;

    /** Takes the back end so that JUnit also hands it to the shared set-up below. */
    DemoDistrictActivityTest(Backend backend) {
        assertTrue(db.isServer() == (backend == Backend.POSTGRESQL), "the district is on this back end");
    }

    @BeforeParameterizedClassInvocation
    static void generate(Backend backend) {
        db = TestDatabases.open(backend, "demo-activity");
        new DemoDistrictGenerator(db).generate(DemoTier.SMALL, 424242L, new Actor("tester", null, Role.SERGEANT), null);
        calendar = new RosterService(db).calendar();
        timeOff = db.withHandle(h -> h.attach(TimeOffDao.class).findAll());
        Map<Long, School> schools = new HashMap<>();
        new DistrictService(db).schools().forEach(s -> schools.put(s.id(), s));
        highSchoolPrimaries = db.withHandle(h -> h.attach(AssignmentDao.class).findAll()).stream()
                .filter(a -> schools.get(a.schoolId()).isHigh()).map(Assignment::officerId).collect(Collectors.toSet());
    }

    @AfterParameterizedClassInvocation
    static void close() {
        db.close();
    }

    private static long sessionDays(TimeOffRequest r) {
        return r.startDate().datesUntil(r.endDate().plusDays(1)).filter(calendar::isInSession).count();
    }

    @Test
    void eachSchoolYearHasAtLeastThreeExtendedInSessionAbsencesOfHighSchoolPrimaries() {
        for (LocalDate[] year : new LocalDate[][] {
                {LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)},
                {LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)}}) {
            List<TimeOffRequest> extended = timeOff.stream()
                    .filter(r -> r.status() == TimeOffStatus.APPROVED && highSchoolPrimaries.contains(r.officerId()))
                    .filter(r -> !r.startDate().isBefore(year[0]) && !r.endDate().isAfter(year[1]))
                    .filter(r -> sessionDays(r) >= 5 && sessionDays(r) <= 10)
                    .toList();
            assertTrue(extended.size() >= 3, year[0] + ": " + extended);
            assertTrue(extended.stream().anyMatch(r -> r.kind() == TimeOffKind.VACATION && !r.decisionComment().isBlank())
                    || extended.stream().allMatch(r -> r.kind() == TimeOffKind.SICK), extended.toString());
        }
        // The coverage planner needs absences still ahead of "today" (2026-11-29).
        assertTrue(timeOff.stream().anyMatch(r -> r.status() == TimeOffStatus.APPROVED
                && highSchoolPrimaries.contains(r.officerId()) && r.startDate().isAfter(LocalDate.of(2026, 11, 29))
                && sessionDays(r) >= 5));
    }

    @Test
    void mostVacationIsTakenWhenSchoolIsOut() {
        List<TimeOffRequest> vacation = timeOff.stream()
                .filter(r -> r.kind() == TimeOffKind.VACATION && r.status() == TimeOffStatus.APPROVED).toList();
        long outOfSession = vacation.stream().filter(r -> sessionDays(r) == 0).count();
        assertTrue(outOfSession * 2 > vacation.size(), outOfSession + " of " + vacation.size());
    }

    @Test
    void sickLeaveIsMostlyOneDayOnSchoolDaysUpToToday() {
        List<TimeOffRequest> sick = timeOff.stream()
                .filter(r -> r.kind() == TimeOffKind.SICK && sessionDays(r) <= 3).toList();
        assertTrue(sick.size() >= 10, "sick: " + sick.size());
        assertTrue(sick.stream().filter(r -> r.startDate().equals(r.endDate())).count() * 2 > sick.size());
        assertTrue(sick.stream().allMatch(r -> calendar.isInSession(r.startDate())));
        assertTrue(sick.stream().allMatch(r -> r.startDate().isBefore(LocalDate.of(2026, 11, 29))));
    }

    @Test
    void everyOutcomeOfARequestIsRepresented() {
        Map<TimeOffStatus, Long> byStatus = timeOff.stream()
                .collect(Collectors.groupingBy(TimeOffRequest::status, Collectors.counting()));
        assertTrue(byStatus.getOrDefault(TimeOffStatus.DENIED, 0L) >= 2, byStatus.toString());
        assertTrue(byStatus.getOrDefault(TimeOffStatus.CANCELLED, 0L) >= 2, byStatus.toString());
        assertTrue(timeOff.stream().anyMatch(r -> r.status() == TimeOffStatus.REQUESTED
                && !r.startDate().isBefore(LocalDate.of(2026, 12, 1)) && !r.startDate().isAfter(LocalDate.of(2027, 1, 31))));
        assertTrue(timeOff.stream().anyMatch(r -> r.kind() == TimeOffKind.COURT && r.isPartialDay()));
        assertTrue(timeOff.stream().anyMatch(r -> r.kind() == TimeOffKind.TRAINING));
    }

    @Test
    void decisionsComeAfterTheRequestAndNothingHappensAfterToday() {
        for (TimeOffRequest r : timeOff) {
            assertFalse(r.requestedAt().isAfter(NOW), r.toString());
            if (r.status() == TimeOffStatus.REQUESTED) {
                assertEquals(null, r.decidedAt(), r.toString());
                continue;
            }
            assertTrue(r.decidedBy().startsWith("sgt."), r.toString());
            assertFalse(r.decidedAt().isAfter(NOW), r.toString());
            Duration wait = Duration.between(r.requestedAt(), r.decidedAt());
            assertTrue(!wait.isNegative() && wait.compareTo(Duration.ofDays(3)) < 0, r.toString());
            if (r.kind() != TimeOffKind.SICK) {
                Instant startOfDay = r.startDate().atStartOfDay(java.time.ZoneId.of("America/Chicago")).toInstant();
                assertTrue(r.requestedAt().isBefore(startOfDay), r.toString());
            }
        }
    }

    @Test
    void activeAbsencesOfOneOfficerNeverOverlap() {
        Map<Long, List<TimeOffRequest>> byOfficer = timeOff.stream().filter(r -> r.status().isActive())
                .collect(Collectors.groupingBy(TimeOffRequest::officerId));
        byOfficer.forEach((officer, requests) -> {
            for (int i = 0; i < requests.size(); i++) {
                for (int j = i + 1; j < requests.size(); j++) {
                    assertFalse(requests.get(i).range().overlaps(requests.get(j).range()),
                            requests.get(i) + " / " + requests.get(j));
                }
            }
        });
    }

    @Test
    void reassignmentsNameWhoOrderedThemAndSomeWereCancelled() {
        List<Reassignment> reassignments = db.withHandle(h -> h.attach(ReassignmentDao.class).findAll());
        assertTrue(reassignments.size() >= 6, reassignments.toString());
        assertTrue(reassignments.stream().anyMatch(r -> r.status() == ReassignmentStatus.CANCELLED));
        assertTrue(reassignments.stream().filter(r -> r.status() == ReassignmentStatus.ACTIVE).count() >= 4);
        for (Reassignment r : reassignments) {
            assertFalse(r.orderedBy().isBlank());
            assertFalse(r.orderReference().isBlank());
            assertFalse(r.reason().isBlank());
            assertTrue(calendar.isInSession(r.startDate()), r.toString());
            assertFalse(r.recordedAt().isAfter(NOW), r.toString());
        }
    }

    @Test
    void unitMeetsMonthlyOnSchoolDaysFromSeptemberToJune() {
        List<UnitEvent> meetings = db.withHandle(h -> h.attach(UnitEventDao.class)
                .findBetween(LocalDate.of(2025, 7, 1), LocalDate.of(2027, 6, 30)));
        Set<YearMonth> months = meetings.stream().map(m -> YearMonth.from(m.date())).collect(Collectors.toSet());
        for (YearMonth month = YearMonth.of(2025, 9); !month.isAfter(YearMonth.of(2027, 6)); month = month.plusMonths(1)) {
            boolean schoolMonth = month.getMonthValue() >= 9 || month.getMonthValue() <= 6;
            assertEquals(schoolMonth, months.contains(month), month.toString());
        }
        assertTrue(meetings.stream().allMatch(m -> m.mandatory() && m.startTime().equals(LocalTime.of(14, 0))
                && calendar.isInSession(m.date())));
    }

    @Test
    void callsForServiceFallOnSchoolDaysAndHighSchoolsAreBusiest() {
        List<CallsForService> calls = db.withHandle(h -> h.attach(CallsForServiceDao.class).findAll());
        Map<Long, SchoolLevel> levels = new HashMap<>();
        new DistrictService(db).schools().forEach(s -> levels.put(s.id(), s.level()));
        for (CallsForService c : calls) {
            assertTrue(c.count() >= 1, c.toString());
            assertTrue(calendar.isInSession(c.date()), c.toString());
            assertFalse(c.date().isBefore(LocalDate.of(2025, 9, 1)) || c.date().isAfter(LocalDate.of(2026, 11, 27)));
        }
        Map<SchoolLevel, Integer> total = new HashMap<>();
        calls.forEach(c -> total.merge(levels.get(c.schoolId()), c.count(), Integer::sum));
        Map<SchoolLevel, Long> schools = levels.values().stream()
                .collect(Collectors.groupingBy(l -> l, Collectors.counting()));
        double high = total.get(SchoolLevel.HIGH) / (double) schools.get(SchoolLevel.HIGH);
        double middle = total.get(SchoolLevel.MIDDLE) / (double) schools.get(SchoolLevel.MIDDLE);
        double elementary = total.get(SchoolLevel.ELEMENTARY) / (double) schools.get(SchoolLevel.ELEMENTARY);
        assertTrue(high > middle && middle > elementary, high + " / " + middle + " / " + elementary);
    }
}
