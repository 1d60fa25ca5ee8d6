package org.srodesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.testing.Backend;
import org.srodesk.testing.TestDatabases;

/** The migrated schema, its constraints and the DAOs' round trips, on H2 and on PostgreSQL. */
@ParameterizedClass
@EnumSource(Backend.class)
class DatabaseBackendTest {

    @Parameter
    Backend backend;

    @Test
    void migratingAnEmptyDatabaseCreatesEveryTable() {
        try (Database db = TestDatabases.open(backend, "fresh")) {
            List<String> tables = db.withHandle(h -> h.createQuery(
                    "SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA"
                            + " ORDER BY 1").mapTo(String.class).list());
            assertTrue(tables.containsAll(List.of("school", "officer", "calendar_day", "assignment",
                    "time_off_request", "reassignment", "coverage_assignment", "calls_for_service",
                    "unit_event", "app_setting", "time_off_decision", "principal_notice", "coverage_manual_need",
                    "flyway_schema_history")), tables.toString());
        }
    }

    @Test
    void constraintsRefuseTimeOffThatEndsBeforeItStarts() {
        try (Database db = TestDatabases.open(backend, "constraints")) {
            long officerId = db.inTransaction(h -> h.attach(OfficerDao.class).insert(DatabaseTest.officer("100")));
            assertThrows(UnableToExecuteStatementException.class, () -> db.useTransaction(h -> h.execute(
                    "INSERT INTO time_off_request (officer_id, kind, start_date, end_date, status, requested_at)"
                            + " VALUES (?, 'SICK', DATE '2026-03-10', DATE '2026-03-09', 'REQUESTED', CURRENT_TIMESTAMP)",
                    officerId)));
            assertEquals(Integer.valueOf(0), db.withHandle(h -> h.attach(TimeOffDao.class).count()));
        }
    }

    @Test
    void constraintsRefuseUnknownOfficersAndNegativeCounts() {
        try (Database db = TestDatabases.open(backend, "fk")) {
            assertThrows(UnableToExecuteStatementException.class, () -> db.useTransaction(h -> h.execute(
                    "INSERT INTO assignment (officer_id, school_id, start_date) VALUES (999, 999, DATE '2026-01-01')")));
            long schoolId = db.inTransaction(h -> h.attach(SchoolDao.class).insert(DatabaseTest.school("CEN")));
            assertThrows(UnableToExecuteStatementException.class, () -> db.useTransaction(h -> h.execute(
                    "INSERT INTO calls_for_service (school_id, call_date, call_count) VALUES (?, DATE '2026-01-05', -1)",
                    schoolId)));
        }
    }

    @Test
    void recordsRoundTripThroughTheDaos() {
        try (Database db = TestDatabases.open(backend, "roundtrip")) {
            TimeOffRequest stored = db.inTransaction(h -> {
                long officerId = h.attach(OfficerDao.class).insert(DatabaseTest.officer("200"));
                TimeOffRequest request = new TimeOffRequest(0, officerId, TimeOffKind.VACATION,
                        LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13), null, null, TimeOffStatus.APPROVED,
                        "Family trip", Instant.parse("2026-02-01T15:00:00Z"), "sgt", "sgt",
                        Instant.parse("2026-02-02T15:00:00Z"), "ok", 0);
                long id = h.attach(TimeOffDao.class).insert(request);
                return h.attach(TimeOffDao.class).findById(id).orElseThrow();
            });
            assertEquals(TimeOffKind.VACATION, stored.kind());
            assertEquals(LocalDate.of(2026, 3, 13), stored.endDate());
            assertEquals(Instant.parse("2026-02-02T15:00:00Z"), stored.decidedAt());
            assertEquals("Family trip", stored.note());
        }
    }
}
