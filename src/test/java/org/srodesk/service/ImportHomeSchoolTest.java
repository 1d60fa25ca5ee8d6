package org.srodesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.srodesk.service.ReferenceFixture.SERGEANT;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.persistence.Database;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.testing.Backend;

/** How the home_school column of officers.csv opens and closes assignments. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ImportHomeSchoolTest {

    private static final String HEADER = "badge,last_name,first_name,rank,role,home_school,phone,email,zone\n";

    @TempDir
    Path temp;

    private final Database database;
    private int imports;

    ImportHomeSchoolTest(Backend backend) {
        database = ReferenceFixture.freshDatabase(backend);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ImportSummary importOn(String isoDate, Map<String, String> files) throws IOException {
        Clock clock = Clock.fixed(Instant.parse(isoDate + "T12:00:00Z"), ZoneOffset.UTC);
        Path folder = ReferenceFixture.write(temp.resolve("import" + imports++), files);
        return new ImportService(database, clock).importFolder(folder, SERGEANT, ImportProgress.none());
    }

    private ImportSummary importOfficersOn(String isoDate, String officerRows) throws IOException {
        return importOn(isoDate, Map.of("officers.csv", HEADER + officerRows));
    }

    /** "badge school start..end" for every assignment, in order. */
    private List<String> assignments() {
        return database.withHandle(h -> h.createQuery("""
                SELECT o.badge, s.code, a.start_date, a.end_date FROM assignment a
                  JOIN officer o ON o.id = a.officer_id JOIN school s ON s.id = a.school_id
                 ORDER BY o.badge, a.start_date""")
                .map((rs, ctx) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getObject(3, LocalDate.class)
                        + ".." + (rs.getObject(4, LocalDate.class) == null ? "" : rs.getObject(4, LocalDate.class)))
                .list());
    }

    @Test
    void aNewOfficerIsPostedFromTheFirstDayOfTheCalendarImportedWithHim() throws IOException {
        database.useTransaction(h -> h.execute(
                "INSERT INTO calendar_day (calendar_date, in_session, note) VALUES (DATE '2026-01-05', TRUE, '')"));
        ImportSummary summary = importOn("2026-03-02", Map.of("schools.csv", ReferenceFixture.SCHOOLS,
                "officers.csv", HEADER + "100,Nguyễn,Linh,Ofc.,PRIMARY_SRO,CEN,,,\n",
                "calendar.csv", "date,in_session,note\n2025-08-25,true,First day\n2026-03-09,true,\n"));
        assertEquals(List.of("100 CEN 2025-08-25.."), assignments());
        assertEquals(1, summary.assignmentsOpened());
    }

    @Test
    void aNewOfficerIsPostedFromTheImportDateWhenThereIsNoCalendar() throws IOException {
        importOn("2026-03-02", Map.of("schools.csv", ReferenceFixture.SCHOOLS,
                "officers.csv", HEADER + "100,Nguyễn,Linh,Ofc.,PRIMARY_SRO,CEN,,,\n300,Olson,Kari,,ROVER,,,,\n"));
        assertEquals(List.of("100 CEN 2026-03-02.."), assignments());
    }

    @Test
    void movingToAnotherSchoolClosesTheOldPostTheDayBeforeAndOpensTheNewOnTheImportDate() throws IOException {
        importOn("2026-01-05", Map.of("schools.csv", ReferenceFixture.SCHOOLS));
        importOfficersOn("2026-01-05", "100,Nguyễn,Linh,Ofc.,PRIMARY_SRO,CEN,,,\n");

        ImportSummary summary = importOfficersOn("2026-03-02", "100,Nguyễn,Linh,Ofc.,PRIMARY_SRO,HAR,,,\n");

        assertEquals(List.of("100 CEN 2026-01-05..2026-03-01", "100 HAR 2026-03-02.."), assignments());
        assertEquals(1, summary.assignmentsOpened());
        assertEquals(1, summary.assignmentsClosed());
    }

    @Test
    void theSameSchoolAgainKeepsThePost() throws IOException {
        importOn("2026-01-05", Map.of("schools.csv", ReferenceFixture.SCHOOLS));
        importOfficersOn("2026-01-05", "100,Nguyễn,Linh,Ofc.,PRIMARY_SRO,CEN,,,\n");

        ImportSummary summary = importOfficersOn("2026-03-02", "100,Nguyễn,Linh,Sgt.,PRIMARY_SRO,CEN,,,\n");

        assertEquals(List.of("100 CEN 2026-01-05.."), assignments());
        assertEquals(0, summary.assignmentsOpened() + summary.assignmentsClosed());
        assertEquals(1, summary.countsFor("officers.csv").updated());
    }

    @Test
    void anEmptyHomeSchoolClosesTheOpenPost() throws IOException {
        importOn("2026-01-05", Map.of("schools.csv", ReferenceFixture.SCHOOLS));
        importOfficersOn("2026-01-05", "100,Nguyễn,Linh,Ofc.,PRIMARY_SRO,CEN,,,\n200,Peña,José,,PRIMARY_SRO,HAR,,,\n");

        ImportSummary summary = importOfficersOn("2026-03-02",
                "100,Nguyễn,Linh,Ofc.,PRIMARY_SRO,,,,\n200,Peña,José,,ROVER,,,,\n");

        assertEquals(List.of("100 CEN 2026-01-05..2026-03-01", "200 HAR 2026-01-05..2026-03-01"), assignments());
        assertEquals(2, summary.assignmentsClosed());
    }

    @Test
    void aPostThatHasNotStartedYetIsReplacedRatherThanClosedBeforeItsStart() throws IOException {
        importOn("2026-03-02", Map.of("schools.csv", ReferenceFixture.SCHOOLS,
                "calendar.csv", "date,in_session,note\n2026-08-31,true,First day\n"));
        importOfficersOn("2026-03-02", "100,Nguyễn,Linh,Ofc.,PRIMARY_SRO,CEN,,,\n");
        assertEquals(List.of("100 CEN 2026-08-31.."), assignments());

        importOfficersOn("2026-03-02", "100,Nguyễn,Linh,Ofc.,PRIMARY_SRO,HAR,,,\n");

        assertEquals(List.of("100 HAR 2026-03-02.."), assignments());
    }

    @Test
    void anOfficerWhosePostEndedIsPostedAgainFromTheImportDate() throws IOException {
        importOn("2026-01-05", Map.of("schools.csv", ReferenceFixture.SCHOOLS));
        importOfficersOn("2026-01-05", "100,Nguyễn,Linh,Ofc.,PRIMARY_SRO,CEN,,,\n");
        importOfficersOn("2026-02-02", "100,Nguyễn,Linh,Ofc.,PRIMARY_SRO,,,,\n");

        importOfficersOn("2026-03-02", "100,Nguyễn,Linh,Ofc.,PRIMARY_SRO,CEN,,,\n");

        assertEquals(List.of("100 CEN 2026-01-05..2026-02-01", "100 CEN 2026-03-02.."), assignments());
    }
}
