package org.srodesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.account.AuditEntry;
import org.srodesk.testing.EmbeddedPostgresServer;

/**
 * Copying a database ({@code --copy-db}) only inserts, so the append-only guard does not stand in its way:
 * the audit rows go from an H2 file to PostgreSQL and back unchanged, and each copy is guarded too.
 */
class AuditLogCopyTest {

    @TempDir
    Path folder;

    @Test
    void auditRowsGoToPostgresAndBackAndStayGuarded() {
        String server = org.srodesk.testing.TestDatabases.freshPostgresDatabaseUrl("audit_copy");
        try (Database h2 = Database.openFile(folder.resolve("desk.mv.db"));
             Database pg = Database.openUrl(server, EmbeddedPostgresServer.user(), null);
             Database back = Database.openFile(folder.resolve("back.mv.db"))) {
            h2.useTransaction(h -> {
                AuditDao dao = h.attach(AuditDao.class);
                dao.insert(new AuditEntry(0, Instant.parse("2026-03-02T14:00:00Z"), "sgt.olson", "APPROVE",
                        "time_off_request", "7", "status=REQUESTED", "status=APPROVED; note=\"a, b\"\nsecond line"));
                dao.insert(new AuditEntry(0, Instant.parse("2026-03-03T09:30:00Z"), "admin", "SIGN_IN", "account",
                        "1", "", ""));
            });
            List<AuditEntry> original = rows(h2);

            assertTrue(DatabaseCopy.copy(h2, pg).identical());
            assertTrue(DatabaseCopy.copy(pg, back).identical());
            assertEquals(original, rows(pg));
            assertEquals(original, rows(back));

            for (Database copy : List.of(pg, back)) {
                assertThrows(RuntimeException.class, () -> copy.useTransaction(h -> h.execute("DELETE FROM audit_log")));
                long next = copy.inTransaction(h -> h.attach(AuditDao.class).insert(new AuditEntry(0, Instant.now(),
                        "admin", "SIGN_OUT", "account", "1", "", "")));
                assertTrue(next > original.stream().mapToLong(AuditEntry::id).max().orElseThrow(), "fresh id " + next);
            }
        }
    }

    private static List<AuditEntry> rows(Database database) {
        return database.withHandle(h -> h.attach(AuditDao.class).find(null, null, null, null, 100));
    }
}
