package org.srodesk.service;

import org.srodesk.testing.Actors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.service.ReferenceFixture.MARCH_2;
import static org.srodesk.service.ReferenceFixture.SERGEANT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.srodesk.persistence.Database;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.testing.Backend;

/**
 * Every kind of bad input is refused with the file, line, column and reason, and leaves the
 * database exactly as it was — even when the bad row is in the last file, after earlier files that
 * would have changed the data.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ImportRefusalTest {

    @Parameter
    Backend backend;

    @TempDir
    Path temp;

    private Database database;
    private ImportService importer;

    @BeforeEach
    void seedADatabaseThatTheFixtureWouldChange() throws IOException {
        database = ReferenceFixture.freshDatabase(backend);
        importer = new ImportService(database, MARCH_2);
        // Only one school, under another name: importing the full fixture would insert and update rows.
        Path seed = ReferenceFixture.write(temp.resolve("seed"), "schools.csv",
                "code,name,level,address,principal_name,principal_email,phone,zone\n"
                        + "CEN,Central Senior High,HIGH,,,,,\n");
        importer.importFolder(seed, SERGEANT, ImportProgress.none());
    }

    @AfterEach
    void close() {
        database.close();
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("schools.csv",
                        "code,name,level,address,principal_name,principal_email,phone\nCEN,Central,HIGH,,,,\n",
                        "schools.csv, line 1, column zone: missing from the header"),
                Arguments.of("officers.csv",
                        "badge,last_name,first_name,rank,role,home_school,phone,email,zone,nickname\n",
                        "officers.csv, line 1, column nickname: unknown column in the header"),
                Arguments.of("calendar.csv", "date,in_session,note\n2026-03-09,true,\n2026-02-30,true,\n",
                        "calendar.csv, line 3, column date: \"2026-02-30\" is not a valid date"),
                Arguments.of("schools.csv", ReferenceFixture.SCHOOLS.replace("MIDDLE", "SENIOR"),
                        "schools.csv, line 4, column level: \"SENIOR\" is not one of HIGH, JUNIOR_HIGH, MIDDLE, ELEMENTARY"),
                Arguments.of("officers.csv", ReferenceFixture.OFFICERS.replace("ROVER", "SWAT"),
                        "officers.csv, line 4, column role: \"SWAT\" is not one of PRIMARY_SRO, ROVER"),
                Arguments.of("time_off.csv", ReferenceFixture.TIME_OFF.replace("SICK", "HOLIDAY"),
                        "time_off.csv, line 4, column kind: \"HOLIDAY\" is not one of VACATION, SICK, PERSONAL, COMP,"
                                + " TRAINING, COURT, OTHER"),
                Arguments.of("time_off.csv", ReferenceFixture.TIME_OFF.replace("REQUESTED", "MAYBE"),
                        "time_off.csv, line 4, column status: \"MAYBE\" is not one of REQUESTED, APPROVED, DENIED,"
                                + " CANCELLED"),
                Arguments.of("calendar.csv", ReferenceFixture.CALENDAR.replace("false", "yes"),
                        "calendar.csv, line 4, column in_session: \"yes\" is not true or false"),
                Arguments.of("calls_for_service.csv", ReferenceFixture.CALLS.replace(",0", ",-1"),
                        "calls_for_service.csv, line 3, column count: negative count -1"),
                Arguments.of("calls_for_service.csv", ReferenceFixture.CALLS.replace(",4", ",four"),
                        "calls_for_service.csv, line 2, column count: \"four\" is not a whole number"),
                Arguments.of("officers.csv", ReferenceFixture.OFFICERS.replace(",HAR,", ",XYZ,"),
                        "officers.csv, line 3, column home_school: unknown school code \"XYZ\""),
                Arguments.of("time_off.csv", ReferenceFixture.TIME_OFF.replace("200,SICK", "999,SICK"),
                        "time_off.csv, line 4, column badge: unknown badge \"999\""),
                Arguments.of("officers.csv", ReferenceFixture.OFFICERS.replace("300,Olson", "100,Olson"),
                        "officers.csv, line 4, column badge: duplicate badge \"100\" (also on line 2)"),
                Arguments.of("schools.csv", ReferenceFixture.SCHOOLS.replace("WASH,", "HAR,"),
                        "schools.csv, line 4, column code: duplicate school code \"HAR\" (also on line 3)"),
                Arguments.of("calendar.csv", ReferenceFixture.CALENDAR.replace("2026-03-14", "2026-03-09"),
                        "calendar.csv, line 4, column date: duplicate date \"2026-03-09\" (also on line 2)"),
                Arguments.of("calls_for_service.csv", ReferenceFixture.CALLS.replace("CEN,2026-03-10", "CEN,2026-03-09"),
                        "calls_for_service.csv, line 4, column date: duplicate school and date CEN 2026-03-09"
                                + " (also on line 2)"),
                Arguments.of("time_off.csv", ReferenceFixture.TIME_OFF.replace("2026-03-10,2026-03-10", "2026-03-10,2026-03-08"),
                        "time_off.csv, line 4, column end_date: ends 2026-03-08 before it starts 2026-03-10"),
                Arguments.of("officers.csv", ReferenceFixture.OFFICERS.replace("Peña,José", "Peña,"),
                        "officers.csv, line 3, column first_name: must not be empty"),
                Arguments.of("schools.csv", ReferenceFixture.SCHOOLS.replace("WASH,Washington Tech", "WASH,  "),
                        "schools.csv, line 4, column name: must not be empty"),
                Arguments.of("calls_for_service.csv", ReferenceFixture.CALLS + "HAR,2026-03-10\r\n",
                        "calls_for_service.csv, line 5, column count: the row has 2 fields but the header has 3"),
                Arguments.of("officers.csv", ReferenceFixture.OFFICERS.replace("ROVER,,", "ROVER,WASH,"),
                        "officers.csv, line 4, column home_school: a rover has no home school"),
                // The last file, after four good files that would all have written something.
                Arguments.of("calls_for_service.csv", ReferenceFixture.CALLS.replace("CEN,2026-03-10", "NOPE,2026-03-10"),
                        "calls_for_service.csv, line 4, column school_code: unknown school code \"NOPE\""));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badInputs")
    void aBadFileIsRefusedWithItsPlaceAndNothingIsWritten(String fileName, String badContent, String expectedMessage)
            throws IOException {
        Map<String, String> files = ReferenceFixture.allFiles();
        files.put(fileName, badContent);
        Path folder = ReferenceFixture.write(temp.resolve("bad"), files);
        Map<String, Integer> countsBefore = ReferenceFixture.rowCounts(database);
        Map<String, String> exportBefore = exportTo(temp.resolve("before"));

        ImportException e = assertThrows(ImportException.class,
                () -> importer.importFolder(folder, SERGEANT, ImportProgress.none()));

        assertTrue(e.getMessage().startsWith(expectedMessage), e.getMessage());
        assertEquals(fileName, e.fileName());
        assertTrue(e.line() >= 1);
        assertEquals(countsBefore, ReferenceFixture.rowCounts(database));
        assertEquals(exportBefore, exportTo(temp.resolve("after")));
    }

    @Test
    void theGoodFixtureWouldHaveChangedTheSeededDatabase() throws IOException {
        // Guards the test above: without one transaction, the earlier files would have left traces.
        Map<String, Integer> countsBefore = ReferenceFixture.rowCounts(database);
        importer.importFolder(ReferenceFixture.write(temp.resolve("good"), ReferenceFixture.allFiles()), SERGEANT,
                ImportProgress.none());
        Map<String, Integer> countsAfter = ReferenceFixture.rowCounts(database);
        for (String table : new String[] {"school", "officer", "calendar_day", "assignment", "time_off_request"}) {
            assertNotEquals(countsBefore.get(table), countsAfter.get(table), table);
        }
    }

    @Test
    void aFolderWithNoneOfTheFilesIsRefused() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Files.writeString(empty.resolve("readme.txt"), "not a reference file");
        ImportException e = assertThrows(ImportException.class,
                () -> importer.importFolder(empty, SERGEANT, ImportProgress.none()));
        assertTrue(e.getMessage().startsWith("no importable files in " + empty), e.getMessage());
    }

    private Map<String, String> exportTo(Path folder) throws IOException {
        new ExportService(database, MARCH_2).exportFolder(folder, Actors.SERGEANT);
        return ReferenceFixture.readAll(folder);
    }
}
