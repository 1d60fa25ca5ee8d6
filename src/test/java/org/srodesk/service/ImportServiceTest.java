package org.srodesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.service.ReferenceFixture.MARCH_2;
import static org.srodesk.service.ReferenceFixture.SERGEANT;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.CalendarDay;
import org.srodesk.domain.CallsForService;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.persistence.CalendarDao;
import org.srodesk.persistence.CallsForServiceDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.persistence.TimeOffDao;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.testing.Backend;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ImportServiceTest {

    @TempDir
    Path temp;

    private final Database database;
    private final ImportService importer;

    ImportServiceTest(Backend backend) {
        database = ReferenceFixture.freshDatabase(backend);
        importer = new ImportService(database, MARCH_2);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ImportSummary importFiles(String name, java.util.Map<String, String> files) throws IOException {
        return importer.importFolder(ReferenceFixture.write(temp.resolve(name), files), SERGEANT, ImportProgress.none());
    }

    @Test
    void aFullFolderIsImportedAndCounted() throws IOException {
        ImportSummary summary = importFiles("full", ReferenceFixture.allFiles());

        assertEquals(new ImportSummary.Counts(3, 0, 0), summary.countsFor("schools.csv"));
        assertEquals(new ImportSummary.Counts(3, 0, 0), summary.countsFor("officers.csv"));
        assertEquals(new ImportSummary.Counts(3, 0, 0), summary.countsFor("calendar.csv"));
        assertEquals(new ImportSummary.Counts(2, 0, 0), summary.countsFor("time_off.csv"));
        assertEquals(new ImportSummary.Counts(3, 0, 0), summary.countsFor("calls_for_service.csv"));
        assertEquals(2, summary.assignmentsOpened());
        assertEquals(List.of("schools.csv", "officers.csv", "calendar.csv", "time_off.csv", "calls_for_service.csv"),
                List.copyOf(summary.files().keySet()));
        assertEquals("275 Lexington Pkwy N, Saint Paul",
                database.withHandle(h -> h.attach(SchoolDao.class).findByCode("CEN")).orElseThrow().address());
        assertEquals("Smith, \"Bo\"",
                database.withHandle(h -> h.attach(SchoolDao.class).findByCode("HAR")).orElseThrow().principalName());
        assertEquals("Nguyễn",
                database.withHandle(h -> h.attach(OfficerDao.class).findByBadge("100")).orElseThrow().lastName());
    }

    @Test
    void summaryReadsAsOneLinePerFileForTheCommandLine() throws IOException {
        String text = importFiles("full", ReferenceFixture.allFiles()).toString();
        String[] lines = text.split("\\R");
        assertEquals(7, lines.length, text);
        assertTrue(lines[0].startsWith("Imported from "), text);
        assertTrue(lines[2].matches("\\s+officers\\.csv\\s+3 inserted,\\s+0 updated,\\s+0 skipped"), lines[2]);
        assertTrue(lines[6].matches("\\s+home-school assignments\\s+2 opened,\\s+0 closed"), lines[6]);
    }

    @Test
    void importingTheSameFolderAgainSkipsEveryRowAndWritesNothing() throws IOException {
        importFiles("first", ReferenceFixture.allFiles());
        int versionBefore = schoolVersion("CEN");

        ImportSummary again = importFiles("second", ReferenceFixture.allFiles());

        again.files().forEach((file, counts) -> assertEquals(0, counts.inserted() + counts.updated(), file));
        assertEquals(new ImportSummary.Counts(0, 0, 2), again.countsFor("time_off.csv"));
        assertEquals(0, again.assignmentsOpened() + again.assignmentsClosed());
        assertEquals(Integer.valueOf(2), database.withHandle(h -> h.attach(TimeOffDao.class).count()));
        assertEquals(versionBefore, schoolVersion("CEN"), "an unchanged row is not rewritten");
    }

    @Test
    void schoolsAndOfficersAreUpdatedByCodeAndBadge() throws IOException {
        importFiles("first", ReferenceFixture.allFiles());
        ImportSummary summary = importFiles("second", java.util.Map.of(
                "schools.csv", ReferenceFixture.SCHOOLS.replace("Harding High", "Harding Senior High"),
                "officers.csv", ReferenceFixture.OFFICERS.replace("651-555-0111", "651-555-9999")
                        + "400,Yang,Mai,Ofc.,ROVER,,,,\n"));

        assertEquals(new ImportSummary.Counts(0, 1, 2), summary.countsFor("schools.csv"));
        assertEquals(new ImportSummary.Counts(1, 1, 2), summary.countsFor("officers.csv"));
        assertEquals("Harding Senior High",
                database.withHandle(h -> h.attach(SchoolDao.class).findByCode("HAR")).orElseThrow().name());
        assertEquals(1, schoolVersion("HAR"));
        assertEquals("651-555-9999",
                database.withHandle(h -> h.attach(OfficerDao.class).findByBadge("100")).orElseThrow().phone());
        assertEquals(Integer.valueOf(4), database.withHandle(h -> h.attach(OfficerDao.class).count()));
    }

    @Test
    void calendarDaysAndCallsForServiceAreReplacedByTheirKeys() throws IOException {
        importFiles("first", ReferenceFixture.allFiles());
        ImportSummary summary = importFiles("second", java.util.Map.of(
                "calendar.csv", ReferenceFixture.CALENDAR.replace("2026-03-09,true,", "2026-03-09,false,Snow day")
                        + "2026-03-16,true,\r\n",
                "calls_for_service.csv", ReferenceFixture.CALLS.replace("CEN,2026-03-09,4", "CEN,2026-03-09,11")));

        assertEquals(new ImportSummary.Counts(1, 1, 2), summary.countsFor("calendar.csv"));
        assertEquals(new ImportSummary.Counts(0, 1, 2), summary.countsFor("calls_for_service.csv"));
        List<CalendarDay> days = database.withHandle(h -> h.attach(CalendarDao.class).findAll());
        assertEquals(new CalendarDay(LocalDate.of(2026, 3, 9), false, "Snow day"), days.get(0));
        assertEquals(4, days.size());
        List<CallsForService> calls = database.withHandle(h -> h.attach(CallsForServiceDao.class).findAll());
        assertEquals(3, calls.size());
        assertEquals(List.of(11, 0, 2), calls.stream()
                .sorted(Comparator.comparing(CallsForService::date).thenComparing(CallsForService::count,
                        Comparator.reverseOrder()))
                .map(CallsForService::count).toList());
    }

    @Test
    void timeOffIsRecordedAsRequestedAndDecidedByTheImporter() throws IOException {
        importFiles("full", ReferenceFixture.allFiles());
        List<TimeOffRequest> requests = database.withHandle(h -> h.attach(TimeOffDao.class).findAll());

        TimeOffRequest vacation = requests.get(0);
        assertEquals(TimeOffStatus.APPROVED, vacation.status());
        assertEquals("Family trip,\r\nback Monday", vacation.note());
        assertEquals("sgt.ramirez", vacation.requestedBy());
        assertEquals(MARCH_2.instant(), vacation.requestedAt());
        assertEquals("sgt.ramirez", vacation.decidedBy());
        assertEquals(MARCH_2.instant(), vacation.decidedAt());

        TimeOffRequest sick = requests.get(1);
        assertEquals(TimeOffStatus.REQUESTED, sick.status());
        assertNull(sick.decidedBy());
        assertNull(sick.decidedAt());
    }

    @Test
    void timeOffThatDiffersInStatusIsANewRequestButAnIdenticalOneIsSkipped() throws IOException {
        importFiles("first", ReferenceFixture.allFiles());
        ImportSummary summary = importFiles("second", java.util.Map.of("time_off.csv", ReferenceFixture.TIME_OFF
                + "200,SICK,2026-03-10,2026-03-10,CANCELLED,entered twice\r\n"
                + "200,SICK,2026-03-10,2026-03-10,CANCELLED,entered twice\r\n"));

        assertEquals(new ImportSummary.Counts(1, 0, 3), summary.countsFor("time_off.csv"));
        assertEquals(Integer.valueOf(3), database.withHandle(h -> h.attach(TimeOffDao.class).count()));
    }

    @Test
    void filesOfAnEarlierImportAreResolvedFromTheDatabase() throws IOException {
        importFiles("first", java.util.Map.of("schools.csv", ReferenceFixture.SCHOOLS,
                "officers.csv", ReferenceFixture.OFFICERS));
        ImportSummary summary = importFiles("second", java.util.Map.of("time_off.csv", ReferenceFixture.TIME_OFF,
                "calls_for_service.csv", ReferenceFixture.CALLS));
        assertEquals(2, summary.countsFor("time_off.csv").inserted());
        assertEquals(3, summary.countsFor("calls_for_service.csv").inserted());
        assertEquals(0, summary.countsFor("schools.csv").total());
    }

    @Test
    void progressIsReportedPerFileAndEndsComplete() throws IOException {
        List<String> steps = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        importer.importFolder(ReferenceFixture.write(temp.resolve("full"), ReferenceFixture.allFiles()), SERGEANT,
                (step, fraction) -> {
                    steps.add(step);
                    fractions.add(fraction);
                });
        for (String file : ReferenceFixture.allFiles().keySet()) {
            assertTrue(steps.contains("Reading " + file), steps.toString());
            assertTrue(steps.contains("Importing " + file), steps.toString());
        }
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), fractions.toString());
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1));
    }

    private int schoolVersion(String code) {
        return database.withHandle(h -> h.createQuery("SELECT version FROM school WHERE code = :code")
                .bind("code", code).mapTo(Integer.class).one());
    }
}
