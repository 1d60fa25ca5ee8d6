package org.srodesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.srodesk.testing.Backend;
import org.srodesk.testing.EmbeddedPostgresServer;
import org.srodesk.testing.TestDatabases;

/** What is particular to a server database: how it is named, its connection failures, its triggers. */
class PostgresDatabaseTest {

    @Test
    void aServerDatabaseIsDescribedByDatabaseHostAndPort() {
        String url = TestDatabases.freshPostgresDatabaseUrl("described");
        try (Database db = Database.openUrl(url, EmbeddedPostgresServer.user(), null)) {
            assertTrue(db.isServer());
            assertTrue(db.description().matches("PostgreSQL d\\d+_described@localhost:\\d+"), db.description());
            assertEquals(url, db.url());
        }
    }

    @Test
    void aMissingDatabaseIsReportedSoTheAdministratorKnowsWhatToCreate() {
        String url = TestDatabases.freshPostgresDatabaseUrl("exists").replaceFirst("/d(\\d+)_exists$", "/no_such_db");
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class,
                () -> Database.openUrl(url, EmbeddedPostgresServer.user(), null));
        assertEquals(DatabaseOpenException.Problem.NOT_ACCESSIBLE, e.problem());
        assertTrue(e.getMessage().contains("There is no database \"no_such_db\""), e.getMessage());
    }

    @Test
    void aServerThatDoesNotAnswerIsReportedAsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class,
                () -> Database.openUrl("jdbc:postgresql://localhost:" + closedPort + "/srodesk", "sgt", null));
        assertEquals(DatabaseOpenException.Problem.NOT_ACCESSIBLE, e.problem());
        assertTrue(e.getMessage().startsWith("The database server localhost:" + closedPort + " cannot be reached"),
                e.getMessage());
    }

    @Test
    void threeDesksStartingOnANewDatabaseAtOnceAllOpenIt() throws Exception {
        String url = TestDatabases.freshPostgresDatabaseUrl("together");
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(3);
        java.util.concurrent.ExecutorService desks = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<String>> opened = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                opened.add(desks.submit(() -> {
                    start.await(20, java.util.concurrent.TimeUnit.SECONDS);
                    try (Database db = Database.openUrl(url, EmbeddedPostgresServer.user(), null)) {
                        return db.withHandle(h -> h.createQuery("SELECT MAX(version) FROM flyway_schema_history")
                                .mapTo(String.class).one());
                    }
                }));
            }
            String version = opened.get(0).get(60, java.util.concurrent.TimeUnit.SECONDS);
            for (var desk : opened) {
                assertEquals(version, desk.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            desks.shutdownNow();
        }
        try (Database db = Database.openUrl(url, EmbeddedPostgresServer.user(), null)) {
            assertEquals(1, (int) db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM flyway_schema_history"
                    + " WHERE version = '1'").mapTo(Integer.class).one()), "migrated once");
        }
    }

    @Test
    void everyApplicationTableAnnouncesItsCommitsAndReopeningAddsNothingTwice() {
        try (Database db = TestDatabases.open(Backend.POSTGRESQL, "triggers")) {
            String query = "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                    + " WHERE t.tgname = 'srodesk_notify_change' AND c.relnamespace = current_schema()::regnamespace"
                    + " ORDER BY 1";
            List<String> withTrigger = db.withHandle(h -> h.createQuery(query).mapTo(String.class).list());
            List<String> tables = db.withHandle(h -> h.createQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_name <> 'flyway_schema_history' ORDER BY 1")
                    .mapTo(String.class).list());
            assertEquals(tables, withTrigger);
            try (Database again = Database.openUrl(db.url(), EmbeddedPostgresServer.user(), null)) {
                assertEquals(withTrigger, again.withHandle(h -> h.createQuery(query).mapTo(String.class).list()));
            }
        }
    }

    @Test
    void aNotificationNamesItsTableAndTheSendingDeskAndOlderPayloadsStillCount() {
        String me = "srodesk:11111111-2222-3333-4444-555555555555";
        assertEquals(null, ChangeNotifier.changedTable("time_off_request " + me, me), "this desk's own commit");
        assertEquals("time_off_request", ChangeNotifier.changedTable(
                "time_off_request srodesk:99999999-2222-3333-4444-555555555555", me), "another desk");
        assertEquals("school", ChangeNotifier.changedTable("school", me), "an earlier version's trigger: table alone");
        assertEquals("school", ChangeNotifier.changedTable("school psql", me), "a change made in psql");
        assertEquals("school", ChangeNotifier.changedTable("school ", me), "no application name set");
        assertEquals(null, ChangeNotifier.changedTable("", me));
    }

    @Test
    void aDatabaseWhoseTriggersSentTheTableAloneGetsTheFunctionThatNamesTheDesk() {
        try (Database db = TestDatabases.open(Backend.POSTGRESQL, "old_trigger")) {
            String source = "SELECT p.prosrc FROM pg_proc p WHERE p.proname = 'srodesk_notify_change'"
                    + " AND p.pronamespace = current_schema()::regnamespace";
            db.useTransaction(h -> h.execute("""
                    CREATE OR REPLACE FUNCTION srodesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        PERFORM pg_notify('srodesk_changes', TG_TABLE_NAME);
                        RETURN NULL;
                    END
                    $$"""));
            assertTrue(!db.withHandle(h -> h.createQuery(source).mapTo(String.class).one()).contains("application_name"));
            try (Database again = Database.openUrl(db.url(), EmbeddedPostgresServer.user(), null)) {
                assertTrue(again.withHandle(h -> h.createQuery(source).mapTo(String.class).one())
                        .contains("current_setting('application_name')"));
                assertTrue(again.withHandle(h -> h.createQuery("SELECT current_setting('application_name')")
                        .mapTo(String.class).one()).matches("srodesk:[0-9a-f-]{36}"), "the pool's connections name the desk");
            }
        }
    }
}
