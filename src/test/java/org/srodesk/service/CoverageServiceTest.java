package org.srodesk.service;

import org.srodesk.domain.account.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.CoverageAssignment;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.DayStatus;
import org.srodesk.domain.DayStatusKind;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.coverage.CoveragePin;
import org.srodesk.domain.coverage.CoveragePlan;
import org.srodesk.domain.coverage.CoverageSettings;
import org.srodesk.domain.coverage.CoverageSource;
import org.srodesk.domain.coverage.ManualNeed;
import org.srodesk.domain.coverage.NeedDay;
import org.srodesk.domain.coverage.NeedReason;
import org.srodesk.domain.coverage.PinConflictReason;
import org.srodesk.domain.coverage.PlannedCoverage;
import org.srodesk.domain.coverage.RoverAvailability;
import org.srodesk.persistence.CoverageDao;
import org.srodesk.persistence.Database;
import org.srodesk.testing.CoverageFixture;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.testing.Backend;
import org.srodesk.testing.TestDatabases;

/** CoverageService on a real database: in-memory H2 and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class CoverageServiceTest {

    private static final Actor SERGEANT = new Actor("sgt.ramirez", "Sgt. Ramirez", Role.SERGEANT);
    private static final Actor OTHER_SERGEANT = new Actor("sgt.hale", "Sgt. Hale", Role.SERGEANT);
    private static final DateRange MARCH = DateRange.monthOf(CoverageFixture.MARCH_2);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC);

    @Parameter
    Backend backend;

    private Database db;
    private CoverageFixture f;
    private RosterService roster;
    private CoverageService service;

    @BeforeEach
    void openDatabase() {
        db = TestDatabases.open(backend, "coverage");
        f = CoverageFixture.create(db);
        roster = new RosterService(db);
        service = new CoverageService(db, roster, CLOCK);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private record Row(long roverId, long schoolId, LocalDate date) {
    }

    private List<CoverageAssignment> stored() {
        return db.withHandle(h -> h.attach(CoverageDao.class).findBetween(MARCH.start(), MARCH.end()));
    }

    private Set<Row> storedRows() {
        return stored().stream().map(a -> new Row(a.roverId(), a.schoolId(), a.date())).collect(Collectors.toSet());
    }

    private static Set<Row> rowsOf(List<PlannedCoverage> plan) {
        return plan.stream().map(c -> new Row(c.roverId(), c.schoolId(), c.date())).collect(Collectors.toSet());
    }

    @Test
    void settingsDefaultToThreeDaysOneRoverPerZoneAndAreSaved() {
        assertEquals(CoverageSettings.DEFAULTS, service.settings());
        service.saveSettings(new CoverageSettings(5, 2, false), SERGEANT);
        assertEquals(new CoverageSettings(5, 2, false), service.settings());
    }

    @Test
    void planCoversEveryExtendedAbsenceOfTheFixtureWeightedByRecentCalls() {
        CoveragePlan plan = service.plan(MARCH, List.of(), List.of(), CoverageFixture.MARCH_2);
        assertEquals(8, plan.totals().covered(), "5 days at CEN and 3 at HAR");
        assertEquals(0, plan.totals().uncovered());
        assertEquals(5 * 84 + 3 * 28, plan.totals().weightedCovered(), "CEN 84 calls, HAR 28 in the 28 days with calls");
        assertTrue(plan.assignments().stream().allMatch(c -> c.source() == CoverageSource.PROPOSED));
    }

    @Test
    void acceptWritesExactlyThePlanAndTheRosterShowsTheRoversCovering() {
        CoveragePlan plan = service.plan(MARCH, List.of(), List.of(), CoverageFixture.MARCH_2);

        AcceptSummary summary = service.accept(plan, MARCH, SERGEANT, CoverageFixture.MARCH_2);

        assertEquals(new AcceptSummary(0, 8, 0, 0), summary);
        assertEquals(rowsOf(plan.assignments()), storedRows());
        assertTrue(stored().stream().allMatch(a -> a.acceptedBy().equals("sgt.ramirez")
                && a.acceptedAt().equals(CLOCK.instant())));
        PlannedCoverage first = plan.assignments().get(0);
        DayStatus status = roster.loadSnapshot(MARCH).statusOf(first.roverId(), first.date());
        assertEquals(DayStatusKind.COVERING, status.kind());
        assertEquals(first.schoolId(), status.schoolId());
    }

    @Test
    void acceptingTheSamePlanAgainKeepsEveryRecordAsItWas() {
        service.accept(service.plan(MARCH, List.of(), List.of(), CoverageFixture.MARCH_2), MARCH, SERGEANT,
                CoverageFixture.MARCH_2);
        List<CoverageAssignment> before = stored();

        CoveragePlan again = service.plan(MARCH, List.of(), List.of(), CoverageFixture.MARCH_2);
        AcceptSummary summary = service.accept(again, MARCH, OTHER_SERGEANT, CoverageFixture.MARCH_2);

        assertTrue(again.assignments().stream().allMatch(c -> c.source() == CoverageSource.ACCEPTED));
        assertEquals(new AcceptSummary(8, 0, 0, 0), summary);
        assertEquals(before, stored());
    }

    @Test
    void replanningAndAcceptingNeverMovesAcceptedCoverageInThePast() {
        service.accept(service.plan(MARCH, List.of(), List.of(), CoverageFixture.MARCH_2), MARCH, SERGEANT,
                CoverageFixture.MARCH_2);
        List<CoverageAssignment> pastBefore = stored().stream()
                .filter(a -> a.date().isBefore(CoverageFixture.MARCH_11)).toList();
        long cenRoverOn9th = pastBefore.stream().filter(a -> a.schoolId() == f.cen).findFirst().orElseThrow().roverId();
        long other = cenRoverOn9th == f.olson ? f.berg : f.olson;
        List<CoveragePin> pins = List.of(CoveragePin.day(other, f.cen, CoverageFixture.MARCH_9),
                CoveragePin.day(other, f.cen, CoverageFixture.MARCH_11));

        CoveragePlan replan = service.plan(MARCH, List.of(), pins, CoverageFixture.MARCH_11);
        service.accept(replan, MARCH, OTHER_SERGEANT, CoverageFixture.MARCH_11);

        assertTrue(replan.conflicts().stream().anyMatch(c -> c.reason() == PinConflictReason.IN_THE_PAST));
        assertEquals(pastBefore, stored().stream().filter(a -> a.date().isBefore(CoverageFixture.MARCH_11)).toList());
        assertTrue(storedRows().contains(new Row(other, f.cen, CoverageFixture.MARCH_11)),
                "the pin from today on overrides the accepted coverage it contradicts");
        assertFalse(storedRows().contains(new Row(cenRoverOn9th, f.cen, CoverageFixture.MARCH_11)));
    }

    @Test
    void staleFutureCoverageIsClearedWhilePastCoverageStays() {
        service.accept(service.plan(MARCH, List.of(), List.of(), CoverageFixture.MARCH_2), MARCH, SERGEANT,
                CoverageFixture.MARCH_2);
        CoverageFixture.cancelTimeOff(db, f.nguyenVacation);

        CoveragePlan replan = service.plan(MARCH, List.of(), List.of(), CoverageFixture.MARCH_11);
        AcceptSummary summary = service.accept(replan, MARCH, SERGEANT, CoverageFixture.MARCH_11);

        assertTrue(replan.conflicts().stream().anyMatch(c -> c.reason() == PinConflictReason.NO_SUCH_NEED
                && c.accepted() && !c.date().isBefore(CoverageFixture.MARCH_11)));
        assertEquals(3, summary.removed(), "CEN on 11, 12 and 13 March");
        assertEquals(3, summary.pastUntouched(), "CEN on 9 and 10 March, HAR on 10 March");
        assertTrue(stored().stream().noneMatch(a -> a.schoolId() == f.cen && !a.date().isBefore(CoverageFixture.MARCH_11)));
        assertEquals(2, stored().stream().filter(a -> a.schoolId() == f.cen).count(), "9 and 10 March stay");
    }

    @Test
    void aPlanTheDatabaseRefusesLeavesEverythingAsItWas() {
        service.accept(service.plan(MARCH, List.of(), List.of(), CoverageFixture.MARCH_2), MARCH, SERGEANT,
                CoverageFixture.MARCH_2);
        List<CoverageAssignment> before = stored();
        LocalDate day = LocalDate.of(2026, 3, 16);
        NeedDay absent = new NeedDay("a", f.cen, "CEN", "West", day, f.nguyen, NeedReason.TIME_OFF);
        NeedDay event = new NeedDay("b", f.cen, "CEN", "West", day, 0, NeedReason.MANUAL);
        List<PlannedCoverage> twoRoversAtOneSchool = List.of(
                new PlannedCoverage(absent, f.olson, CoverageSource.PROPOSED, ""),
                new PlannedCoverage(event, f.berg, CoverageSource.PROPOSED, ""));

        assertThrows(CoverageAcceptException.class,
                () -> service.accept(twoRoversAtOneSchool, MARCH, SERGEANT, CoverageFixture.MARCH_2));

        assertEquals(before, stored(), "the deletions made before the refused insert were rolled back");
    }

    @Test
    void coverageOutsideThePeriodIsRejectedBeforeAnythingIsWritten() {
        NeedDay april = new NeedDay("a", f.cen, "CEN", "West", LocalDate.of(2026, 4, 1), f.nguyen, NeedReason.TIME_OFF);
        assertThrows(IllegalArgumentException.class, () -> service.accept(
                List.of(new PlannedCoverage(april, f.olson, CoverageSource.PROPOSED, "")), MARCH, SERGEANT,
                CoverageFixture.MARCH_2));
        assertTrue(stored().isEmpty());
    }

    @Test
    void manualNeedsAreSavedPlannedAndAcceptedWithoutAnAbsentOfficer() {
        LocalDate event = LocalDate.of(2026, 3, 20);
        service.addManualNeed(new ManualNeed(f.har, event, "Graduation rehearsal"), SERGEANT);
        List<ManualNeed> needs = new ArrayList<>();
        service.manualNeeds(MARCH).forEach(n -> needs.add(n.toManualNeed()));

        CoveragePlan plan = service.plan(MARCH, needs, List.of(), CoverageFixture.MARCH_2);
        service.accept(plan, MARCH, SERGEANT, CoverageFixture.MARCH_2);

        assertEquals(1, needs.size());
        assertEquals("sgt.ramirez", service.manualNeeds(MARCH).get(0).addedBy());
        CoverageAssignment stored = stored().stream().filter(a -> a.date().equals(event)).findFirst().orElseThrow();
        assertEquals(f.har, stored.schoolId());
        assertEquals(0, stored.absentOfficerId());
        assertTrue(service.removeManualNeed(service.manualNeeds(MARCH).get(0).id(), SERGEANT));
        assertTrue(service.manualNeeds(MARCH).isEmpty());
    }

    @Test
    void anAbsenceCrossingThePeriodsStartIsMeasuredInFull() {
        // Thu 26 Feb – Tue 3 Mar: four school days, only two of them in March (K = 3).
        CoverageFixture.addTimeOff(db, f.pena, TimeOffKind.SICK, LocalDate.of(2026, 2, 26), LocalDate.of(2026, 3, 3));

        CoveragePlan plan = service.plan(MARCH, List.of(), List.of(), CoverageFixture.MARCH_2);

        assertTrue(plan.assignments().stream().anyMatch(c -> c.schoolId() == f.har
                && c.date().equals(LocalDate.of(2026, 3, 2))));
    }

    @Test
    void aRoverIsFreeOnAQuietDayButNotWhenTheSparableRoversAreTaken() {
        RoverAvailability quiet = service.isRoverFree(f.har, LocalDate.of(2026, 3, 16));
        assertTrue(quiet.free());
        assertEquals(Set.of(f.olson, f.berg, f.kim), Set.copyOf(quiet.roverIds()), "Diaz is the East's only rover: its reserve");

        service.accept(service.plan(MARCH, List.of(), List.of(), CoverageFixture.MARCH_2), MARCH, SERGEANT,
                CoverageFixture.MARCH_2);
        service.addManualNeed(new ManualNeed(f.cen, LocalDate.of(2026, 3, 11), "extra"), SERGEANT);
        RoverAvailability busy = service.isRoverFree(f.har, LocalDate.of(2026, 3, 11));
        assertFalse(busy.free());
    }
}
