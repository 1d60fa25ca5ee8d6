package org.srodesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.domain.account.AuditEntry;
import org.srodesk.testing.Backend;
import org.srodesk.testing.TestDatabases;

/** The audit log is append-only in the database: UPDATE, DELETE and TRUNCATE fail; INSERT works. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class AuditLogGuardTest {

    private final Backend backend;
    private final Database database;

    AuditLogGuardTest(Backend backend) {
        this.backend = backend;
        database = TestDatabases.open(backend, "audit-guard");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long insert(String action) {
        return database.inTransaction(h -> h.attach(AuditDao.class).insert(new AuditEntry(0,
                Instant.parse("2026-03-02T14:00:00Z"), "sgt.olson", action, "time_off_request", "7",
                "status=REQUESTED", "status=APPROVED")));
    }

    private List<AuditEntry> rows() {
        return database.withHandle(h -> h.attach(AuditDao.class).find(null, null, null, null, 100));
    }

    private void assertRefused(String operation, String sql) {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> database.useTransaction(h -> h.execute(sql)));
        String message = messages(refused);
        assertTrue(message.contains("The audit log is append-only: " + operation + " on audit_log is refused"), message);
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }

    @Test
    void insertingStillWorks() {
        long id = insert("APPROVE");
        assertEquals(List.of(id), rows().stream().map(AuditEntry::id).toList());
        assertEquals("status=APPROVED", rows().get(0).after());
    }

    @Test
    void updatingARowIsRefusedAndChangesNothing() {
        long id = insert("APPROVE");
        assertRefused("UPDATE", "UPDATE audit_log SET after_state = 'status=DENIED' WHERE id = " + id);
        assertRefused("UPDATE", "UPDATE audit_log SET user_name = 'someone.else'");
        AuditEntry kept = rows().get(0);
        assertEquals("status=APPROVED", kept.after());
        assertEquals("sgt.olson", kept.userName());
    }

    @Test
    void deletingRowsIsRefusedAndRemovesNothing() {
        long id = insert("APPROVE");
        insert("DENY");
        assertRefused("DELETE", "DELETE FROM audit_log WHERE id = " + id);
        assertRefused("DELETE", "DELETE FROM audit_log");
        assertEquals(2, rows().size());
    }

    @Test
    void aRefusedUpdateRollsBackTheRestOfItsTransaction() {
        insert("APPROVE");
        assertThrows(RuntimeException.class, () -> database.useTransaction(h -> {
            h.attach(AuditDao.class).insert(new AuditEntry(0, Instant.now(), "sgt.olson", "CREATE", "x", "1", "", ""));
            h.execute("DELETE FROM audit_log");
        }));
        assertEquals(1, rows().size());
    }

    @Test
    void truncatingIsRefused() {
        insert("APPROVE");
        if (backend == Backend.POSTGRESQL) {
            assertRefused("TRUNCATE", "TRUNCATE audit_log");
        } else { // H2 fires no trigger on TRUNCATE; the self-reference makes it refuse
            RuntimeException refused = assertThrows(RuntimeException.class,
                    () -> database.useTransaction(h -> h.execute("TRUNCATE TABLE audit_log")));
            assertTrue(messages(refused).contains("Cannot truncate"), messages(refused));
        }
        assertEquals(1, rows().size());
    }

    @Test
    void anUpsertOverAnExistingRowIsRefused() {
        long id = insert("APPROVE");
        String values = " VALUES (" + id + ", CURRENT_TIMESTAMP, 'someone.else', 'APPROVE', 'time_off_request')";
        assertRefused("UPDATE", backend == Backend.H2
                ? "MERGE INTO audit_log (id, occurred_at, user_name, action, entity) KEY (id)" + values
                : "INSERT INTO audit_log (id, occurred_at, user_name, action, entity)" + values
                        + " ON CONFLICT (id) DO UPDATE SET user_name = EXCLUDED.user_name");
        assertEquals("sgt.olson", rows().get(0).userName());
    }

    @Test
    void aGuardDroppedByHandIsPutBackWhenTheDatabaseIsOpenedAgain() {
        insert("APPROVE");
        database.useTransaction(h -> dropGuard(h));
        database.useTransaction(h -> h.execute("DELETE FROM audit_log"));
        assertEquals(0, rows().size());
        insert("APPROVE");
        try (Database again = backend == Backend.H2 ? Database.openInMemory(memoryName())
                : TestDatabases.secondDesk(database)) {
            assertEquals(1L, (long) again.withHandle(h -> h.attach(AuditDao.class).count()));
        }
        assertRefused("DELETE", "DELETE FROM audit_log");
        assertThrows(RuntimeException.class, () -> database.useTransaction(h -> h.execute("TRUNCATE TABLE audit_log")));
        assertEquals(1, rows().size());
    }

    private void dropGuard(Handle h) {
        if (backend == Backend.H2) {
            h.execute("DROP TRIGGER " + AuditLogGuard.H2_TRIGGER);
            h.execute("ALTER TABLE audit_log DROP CONSTRAINT " + AuditLogGuard.H2_NO_TRUNCATE);
        } else {
            h.execute("DROP TRIGGER " + AuditLogGuard.PG_ROW_TRIGGER + " ON audit_log");
            h.execute("DROP TRIGGER " + AuditLogGuard.PG_TRUNCATE_TRIGGER + " ON audit_log");
        }
    }

    private String memoryName() {
        return database.description().substring("memory:".length());
    }
}
