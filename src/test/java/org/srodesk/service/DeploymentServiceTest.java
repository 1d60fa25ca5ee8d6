package org.srodesk.service;

import org.srodesk.domain.account.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.CallsForService;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.deployment.DeploymentChange;
import org.srodesk.domain.deployment.SavedScenario;
import org.srodesk.domain.deployment.SchoolFigures;
import org.srodesk.domain.deployment.WhatIfComparison;
import org.srodesk.persistence.CallsForServiceDao;
import org.srodesk.persistence.Database;
import org.srodesk.testing.CoverageFixture;

/**
 * {@link DeploymentService} on a real H2 database with {@link CoverageFixture}: in March 2026 CEN's
 * SRO is away 9–13 March and HAR's 10–12 March; West has three rovers, East one (Diaz); R 1 per zone.
 */
class DeploymentServiceTest {

    private static final DateRange MARCH = DateRange.monthOf(CoverageFixture.MARCH_2);
    private static final Actor COMMANDER = new Actor("cmdr.ray", "Cmdr. Ray", Role.COMMANDER);
    /** Importing calls for service is scheduling work (reference data): the sergeant's. */
    private static final Actor SERGEANT = new Actor("sgt.olson", "Sgt. Olson", Role.SERGEANT);

    private Database db;
    private CoverageFixture f;
    private DeploymentService service;

    @BeforeEach
    void openDatabase() {
        db = Database.openInMemory("deployment-" + System.nanoTime());
        f = CoverageFixture.create(db);
        service = new DeploymentService(db, Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC));
        List<CallsForService> calls = new ArrayList<>();
        for (int day = 9; day <= 13; day++) {
            calls.add(new CallsForService(f.cen, LocalDate.of(2026, 3, day), 4));
        }
        db.useTransaction(h -> h.attach(CallsForServiceDao.class).insertAll(calls));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SchoolFigures school(List<SchoolFigures> schools, String code) {
        return schools.stream().filter(s -> s.school().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void reviewCountsTheRecordedDaysWithoutAnSroAndTheirCalls() {
        DeploymentReview review = service.review(MARCH);
        SchoolFigures cen = school(review.figures().schools(), "CEN");
        assertEquals(22, cen.schoolDays());
        assertEquals(17, cen.sroOnSiteDays());
        assertEquals(5, cen.noSroDays());
        assertEquals(23, cen.calls()); // 3 on Sunday 1 March (the fixture's February calls run to it) + 5 × 4
        assertEquals(20, cen.callsOnNoSroDays()); // Sunday is no school day
        assertEquals(4.0, cen.callsPerNoSroDay());
        assertEquals(3, school(review.figures().schools(), "HAR").noSroDays());
        assertEquals(8, review.figures().totals().noSroHighSchoolDays());
        assertEquals(1, review.settings().reserveRovers());
    }

    @Test
    void whatIfWithoutTheEastRoverLeavesTheEastBelowReserveEverySchoolDayAndWritesNothing() {
        int coverageRows = db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM coverage_assignment").mapTo(Integer.class).one());
        WhatIfComparison c = service.whatIf(MARCH, List.of(new DeploymentChange.RemoveRovers(1)));
        // Re-planned, West spares two rovers a day: CEN and HAR are covered either way.
        assertEquals(0, c.current().uncoveredHighSchoolDays());
        assertEquals(0, c.whatIf().uncoveredHighSchoolDays());
        // Diaz (East, no covering days, highest id) goes: the East has no rover left on any of 22 school days.
        assertTrue(c.notes().get(0).contains("Diaz"), c.notes().get(0));
        assertEquals(0, c.current().daysBelowReserve());
        assertEquals(22, c.whatIf().daysBelowReserve());
        assertEquals(coverageRows, (int) db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM coverage_assignment")
                .mapTo(Integer.class).one()));
        assertEquals(0, coverageRows);
    }

    @Test
    void aBadCadRowImportsNothingAndNamesLineAndColumn(@TempDir Path dir) throws Exception {
        int before = db.withHandle(h -> h.attach(CallsForServiceDao.class).count());
        Path file = dir.resolve("cad-march.csv");
        Files.writeString(file, "school_code,date,count\nCEN,2026-03-16,3\nHAR,2026-03-16,many\n");
        ImportException e = assertThrows(ImportException.class,
                () -> service.importCallsForService(file, SERGEANT, ImportProgress.none()));
        assertEquals(3, e.line());
        assertEquals("count", e.column());
        assertTrue(e.getMessage().contains("line 3, column count"), e.getMessage());
        assertEquals(before, (int) db.withHandle(h -> h.attach(CallsForServiceDao.class).count()));
    }

    @Test
    void anUnknownSchoolInTheCadFileImportsNothing(@TempDir Path dir) throws Exception {
        int before = db.withHandle(h -> h.attach(CallsForServiceDao.class).count());
        Path file = dir.resolve("cad.csv");
        Files.writeString(file, "school_code,date,count\nCEN,2026-03-16,3\nNOPE,2026-03-16,1\n");
        ImportException e = assertThrows(ImportException.class,
                () -> service.importCallsForService(file, SERGEANT, ImportProgress.none()));
        assertEquals("calls_for_service.csv, line 3, column school_code: unknown school code \"NOPE\"", e.getMessage());
        assertEquals(before, (int) db.withHandle(h -> h.attach(CallsForServiceDao.class).count()));
    }

    @Test
    void aGoodCadFileImportsWithProgressToTheEnd(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cad.csv");
        Files.writeString(file, "school_code,date,count\nCEN,2026-03-16,3\nHAR,2026-03-16,1\nCEN,2026-03-09,5\n");
        List<Double> fractions = new ArrayList<>();
        ImportSummary summary = service.importCallsForService(file, SERGEANT, (step, fraction) -> fractions.add(fraction));
        assertEquals(2, summary.countsFor("calls_for_service.csv").inserted());
        assertEquals(1, summary.countsFor("calls_for_service.csv").updated());
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        assertEquals(23 + 3 + 1, school(service.review(MARCH).figures().schools(), "CEN").calls()); // new 16th, 9th 4 → 5
    }

    @Test
    void aScenarioIsSavedWithItsChangesAndResultsAndANameIsUsedOnce() {
        WhatIfComparison c = service.whatIf(MARCH, List.of(new DeploymentChange.RemoveRovers(1),
                new DeploymentChange.AddRovers(2, "West"), new DeploymentChange.MovePrimary(f.pena, f.wash),
                new DeploymentChange.DropSchoolSro(f.cen)));
        SavedScenario saved = service.saveScenario("  Minus Diaz  ", MARCH, c, COMMANDER);
        List<SavedScenario> all = service.scenarios();
        assertEquals(1, all.size());
        SavedScenario read = all.get(0);
        assertEquals(saved, read);
        assertEquals("Minus Diaz", read.name());
        assertEquals(c.changes(), read.changes());
        assertEquals(c.whatIf().uncoveredHighSchoolDays(), read.whatIfUncoveredHighSchoolDays());
        assertEquals(c.whatIf().rovers(), read.whatIfRovers());
        assertEquals("cmdr.ray", read.savedBy());
        ValidationException twice = assertThrows(ValidationException.class,
                () -> service.saveScenario("Minus Diaz", MARCH, c, COMMANDER));
        assertTrue(twice.byField().get("name").contains("already saved"));
        assertThrows(ValidationException.class, () -> service.saveScenario(" ", MARCH, c, COMMANDER));
    }

    @Test
    void schoolsExportAsCsvInTheOrderGiven(@TempDir Path dir) throws Exception {
        List<SchoolFigures> rows = service.review(MARCH).figures().schools();
        Path file = dir.resolve("schools.csv");
        service.exportSchools(List.of(rows.get(1), rows.get(0)), file, COMMANDER);
        List<String> lines = Files.readAllLines(file);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("school_code,school_name,level,zone,primary_sro,school_days"));
        assertTrue(lines.get(1).startsWith(rows.get(1).school().code() + ","), lines.get(1));
        assertTrue(lines.get(2).startsWith(rows.get(0).school().code() + ","), lines.get(2));
    }

    @Test
    void aWhatIfExportsMeasureCurrentWhatIfAndChange(@TempDir Path dir) throws Exception {
        WhatIfComparison c = service.whatIf(MARCH, List.of(new DeploymentChange.RemoveRovers(1)));
        Path file = dir.resolve("what-if.csv");
        service.exportWhatIf(c, file, COMMANDER);
        List<String> lines = Files.readAllLines(file);
        assertEquals("measure,current,what_if,change", lines.get(0));
        assertTrue(lines.contains("days_below_rover_reserve,0,22,22"), lines.toString());
        assertTrue(lines.get(lines.size() - 1).startsWith("change,"), lines.toString());
    }
}
