package org.srodesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.DayStatus;
import org.srodesk.domain.Officer;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.DatabaseCopy;
import org.srodesk.persistence.DatabaseLocation;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.service.RosterService;
import org.srodesk.testing.EmbeddedPostgresServer;
import org.srodesk.testing.TestDatabases;

/**
 * {@code --copy-db}: the medium demo district moved from an H2 file to an empty PostgreSQL database
 * and back to a new file keeps every row and every officer's DayStatus of a month.
 */
class CopyDbCommandTest {

    private static final DateRange NOVEMBER = DateRange.monthOf(LocalDate.of(2026, 11, 2));

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theMediumDemoGoesToPostgresAndBackWithTheSameRowsAndDayStatuses() throws SQLException {
        String original = folder.resolve("medium.mv.db").toString();
        String back = folder.resolve("back.mv.db").toString();
        String server = TestDatabases.freshPostgresDatabaseUrl("copy") + "?user=" + EmbeddedPostgresServer.user();
        assertEquals(0, run("--generate-demo", "medium", "--db", original), err.toString(StandardCharsets.UTF_8));

        assertEquals(0, run("--copy-db", original, server), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("--copy-db", server, back), err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.matches("(?s).* to PostgreSQL d\\d+_copy@localhost:\\d+ .*"), printed);
        assertTrue(printed.matches("(?s).*time_off_request\\s+[1-9][\\d,]*\\s+[1-9][\\d,]*\\n.*"), printed);

        try (Database h2 = Database.openFile(Path.of(original));
             Database pg = Main.open(DatabaseLocation.parse(server, null));
             Database h2Again = Database.openFile(Path.of(back))) {
            Map<String, Long> counts = rowCounts(h2);
            assertTrue(counts.get("officer") > 10 && counts.get("time_off_request") > 0, counts.toString());
            assertEquals(counts, rowCounts(pg));
            assertEquals(counts, rowCounts(h2Again));

            Map<Long, List<DayStatus>> statuses = dayStatuses(h2);
            assertEquals(statuses, dayStatuses(pg));
            assertEquals(statuses, dayStatuses(h2Again));

            // The identity generators moved past the copied ids: a new school gets a fresh id.
            long maxId = pg.withHandle(h -> h.createQuery("SELECT MAX(id) FROM school").mapTo(Long.class).one());
            long newId = pg.inTransaction(h -> h.attach(SchoolDao.class).insert(new School(0, "NEW", "New School",
                    SchoolLevel.HIGH, "", "", "", "", "")));
            assertTrue(newId > maxId, newId + " after " + maxId);
        }
    }

    @Test
    void copyingIntoADatabaseThatHoldsDataIsRefusedAndChangesNothing() {
        String first = folder.resolve("first.mv.db").toString();
        assertEquals(0, run("--generate-demo", "small", "--db", first));
        String server = TestDatabases.freshPostgresDatabaseUrl("full") + "?user=" + EmbeddedPostgresServer.user();
        assertEquals(0, run("--copy-db", first, server));
        long officers;
        try (Database pg = Main.open(DatabaseLocation.parse(server, null))) {
            officers = pg.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM officer").mapTo(Long.class).one());
        }

        assertEquals(1, run("--copy-db", first, server));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not empty"), err.toString(StandardCharsets.UTF_8));
        try (Database pg = Main.open(DatabaseLocation.parse(server, null))) {
            long after = pg.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM officer").mapTo(Long.class).one());
            assertEquals(officers, after);
        }
    }

    @Test
    void copyingFromAMissingFileOrToAnotherKindOfServerIsRefused() {
        assertEquals(1, run("--copy-db", folder.resolve("none.mv.db").toString(), folder.resolve("x.mv.db").toString()));
        assertEquals(2, run("--copy-db", folder.resolve("a.mv.db").toString(), "jdbc:mysql://host/db"));
        assertEquals(2, run("--copy-db", "only-one"));
    }

    private static Map<String, Long> rowCounts(Database database) throws SQLException {
        List<String> tables = database.withHandle(h -> DatabaseCopy.tables(h.getConnection()));
        assertTrue(tables.size() >= 13, tables.toString());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, database.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                    .mapTo(Long.class).one()));
        }
        return counts;
    }

    private static Map<Long, List<DayStatus>> dayStatuses(Database database) {
        RosterSnapshot snapshot = new RosterService(database).loadSnapshot(NOVEMBER);
        Map<Long, List<DayStatus>> statuses = new LinkedHashMap<>();
        for (Officer officer : snapshot.officers()) {
            statuses.put(officer.id(), Arrays.asList(snapshot.statusesOf(officer.id())));
        }
        assertTrue(statuses.size() > 10, "officers: " + statuses.size());
        return statuses;
    }
}
