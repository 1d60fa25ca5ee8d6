package org.srodesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;

/** The embedded H2 file: opening, locking, damage. The schema on both back ends: {@link DatabaseBackendTest}. */
class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void migratingAnEmptyFileCreatesEveryTable() {
        Path file = folder.resolve("fresh.mv.db");
        try (Database db = Database.openFile(file)) {
            List<String> tables = db.withHandle(h -> h.createQuery(
                    "SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_schema) = 'public'"
                            + " ORDER BY 1").mapTo(String.class).list());
            assertTrue(tables.containsAll(List.of("school", "officer", "calendar_day", "assignment",
                    "time_off_request", "reassignment", "coverage_assignment", "calls_for_service",
                    "unit_event", "app_setting", "flyway_schema_history")), tables.toString());
        }
        assertTrue(Files.exists(file));
    }

    @Test
    void reopeningKeepsTheDataAndDoesNotMigrateTwice() {
        Path file = folder.resolve("keep.mv.db");
        try (Database db = Database.openFile(file)) {
            db.useTransaction(h -> h.attach(SchoolDao.class).insert(school("CEN")));
        }
        try (Database db = Database.openFile(file)) {
            assertEquals(Integer.valueOf(1), db.withHandle(h -> h.attach(SchoolDao.class).count()));
        }
    }

    @Test
    void closingReleasesTheFileCleanlyWithoutATraceFile() {
        Path file = folder.resolve("clean.mv.db");
        try (Database db = Database.openFile(file)) {
            db.useTransaction(h -> h.attach(SchoolDao.class).insert(school("CEN")));
        }
        Path trace = folder.resolve("clean.trace.db");
        assertTrue(Files.notExists(trace), () -> "H2 logged an error while closing: " + readQuietly(trace));
        try (Database again = Database.openFile(file)) {
            assertEquals(Integer.valueOf(1), again.withHandle(h -> h.attach(SchoolDao.class).count()));
        }
    }

    @Test
    void aSecondOpenOfTheSameFileIsRefusedAsInUse() {
        Path file = folder.resolve("locked.mv.db");
        try (Database first = Database.openFile(file)) {
            DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.openFile(file));
            assertEquals(DatabaseOpenException.Problem.IN_USE, e.problem());
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAsDamaged() throws Exception {
        Path file = folder.resolve("garbage.mv.db");
        Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.openFile(file));
        assertEquals(DatabaseOpenException.Problem.CORRUPT, e.problem(), e.getMessage());
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    static School school(String code) {
        return new School(0, code, "Central High", SchoolLevel.HIGH, "275 Lexington Pkwy N", "Ana Peña",
                "pena@example.org", "651-555-0100", "West");
    }

    static Officer officer(String badge) {
        return new Officer(0, badge, "Nguyễn", "Linh", "Ofc.", OfficerRole.PRIMARY_SRO, "651-555-0111",
                "linh.nguyen@example.org", "West");
    }
}
