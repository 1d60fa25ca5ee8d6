package org.srodesk.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jdbi.v3.core.Handle;

/**
 * Copies every application table of one open database into another, empty one — an H2 file into
 * a PostgreSQL server database, or back — then counts the rows of each table on both sides.
 *
 * <p>Both databases are opened (so migrated) by this build, so they have the same tables and
 * columns; the tables are read from the target's catalogue, so tables added by later migrations are
 * copied without changes here. Rows are written in foreign-key order (parents first), keeping their
 * ids, all in one transaction on the target: a failure leaves the target empty. After the rows,
 * each identity column's generator is moved past the largest id, so new rows get fresh ids.
 */
public final class DatabaseCopy {

    private static final String FLYWAY_HISTORY = "flyway_schema_history";
    /**
     * Tables a migration fills with reference rows (V7 seeds the required training courses): a
     * fresh target already holds those rows, so they do not make it "not empty"; the copy replaces
     * them with the source's, in the same transaction.
     */
    private static final Set<String> SEEDED_BY_MIGRATIONS = Set.of("training_course");
    private static final int BATCH = 1_000;

    /** One table's row count in the source and in the target after copying. */
    public record TableCount(String table, long source, long target) {
        public boolean matches() {
            return source == target;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-24s %,10d %,10d%s", table, source, target, matches() ? "" : "  DIFFERENT");
        }
    }

    /** The counts per table, in copy order. */
    public record Report(List<TableCount> tables) {
        public boolean identical() {
            return tables.stream().allMatch(TableCount::matches);
        }

        public long rows() {
            return tables.stream().mapToLong(TableCount::target).sum();
        }
    }

    private DatabaseCopy() {
    }

    /**
     * Copies {@code from} into {@code to}.
     *
     * @throws IllegalStateException when {@code to} already holds data (nothing is written then)
     * @throws DatabaseCopyException when the target refuses a row; the target is left as it was
     */
    public static Report copy(Database from, Database to) {
        try (Handle source = from.jdbi().open(); Handle target = to.jdbi().open()) {
            Connection in = source.getConnection();
            Connection out = target.getConnection();
            List<String> tables = tablesInForeignKeyOrder(out);
            for (String table : tables) {
                long rows = count(out, table);
                if (rows > 0 && !SEEDED_BY_MIGRATIONS.contains(table)) {
                    throw new IllegalStateException("The database " + to.description() + " is not empty (table "
                            + table + " has " + rows + " rows). Copy into an empty database.");
                }
            }
            boolean inAutoCommit = in.getAutoCommit();
            boolean outAutoCommit = out.getAutoCommit();
            in.setAutoCommit(false); // one consistent snapshot of the source, read with a cursor
            out.setAutoCommit(false);
            try {
                for (String table : tables) {
                    if (SEEDED_BY_MIGRATIONS.contains(table)) {
                        try (var clear = out.createStatement()) {
                            clear.executeUpdate("DELETE FROM " + table);
                        }
                    }
                    copyTable(in, out, table);
                }
                resetIdentities(out, tables);
                out.commit();
                in.commit();
            } catch (SQLException | RuntimeException e) {
                out.rollback();
                in.rollback();
                throw e;
            } finally {
                out.setAutoCommit(outAutoCommit);
                in.setAutoCommit(inAutoCommit);
            }
            List<TableCount> counts = new ArrayList<>();
            for (String table : tables) {
                counts.add(new TableCount(table, count(in, table), count(out, table)));
            }
            return new Report(List.copyOf(counts));
        } catch (SQLException e) {
            throw new DatabaseCopyException("Copying " + from.description() + " to " + to.description()
                    + " failed, nothing was written: " + e.getMessage(), e);
        }
    }

    /** The application tables (not Flyway's history) in copy order; see {@link #tablesInForeignKeyOrder}. */
    public static List<String> tables(Connection c) throws SQLException {
        return tablesInForeignKeyOrder(c);
    }

    /** The application tables of the connection's schema, every table after the tables it references. */
    static List<String> tablesInForeignKeyOrder(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        Map<String, Set<String>> parents = new TreeMap<>();
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.equals(FLYWAY_HISTORY)) {
                    parents.put(table, new TreeSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
            try (ResultSet keys = meta.getImportedKeys(null, schema, nameAsStored(meta, table.getKey()))) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table.getKey()) && parents.containsKey(parent)) {
                        table.getValue().add(parent);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Map<String, Set<String>> waiting = new LinkedHashMap<>(parents);
        while (!waiting.isEmpty()) {
            String next = waiting.entrySet().stream()
                    .filter(e -> ordered.containsAll(e.getValue()))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Foreign keys form a cycle among " + waiting.keySet()));
            ordered.add(next);
            waiting.remove(next);
        }
        return Collections.unmodifiableList(ordered);
    }

    /** H2 keeps unquoted names in upper case, PostgreSQL in lower case. */
    private static String nameAsStored(DatabaseMetaData meta, String name) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    private static void copyTable(Connection in, Connection out, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        DatabaseMetaData meta = out.getMetaData();
        try (ResultSet rows = meta.getColumns(null, out.getSchema(), nameAsStored(meta, table), "%")) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        String list = String.join(", ", columns);
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        try (Statement read = in.createStatement();
             PreparedStatement write = out.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES (" + marks + ")")) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery("SELECT " + list + " FROM " + table)) {
                int pending = 0;
                while (rows.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        write.setObject(i, rows.getObject(i));
                    }
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                }
            }
        }
    }

    /** Moves each identity generator past the copied ids (PostgreSQL: setval; H2: RESTART WITH). */
    private static void resetIdentities(Connection out, List<String> tables) throws SQLException {
        DatabaseMetaData meta = out.getMetaData();
        boolean postgres = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        for (String table : tables) {
            List<String> identities = new ArrayList<>();
            try (ResultSet rows = meta.getColumns(null, out.getSchema(), nameAsStored(meta, table), "%")) {
                while (rows.next()) {
                    if ("YES".equals(rows.getString("IS_AUTOINCREMENT"))) {
                        identities.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            for (String column : identities) {
                long max;
                try (Statement s = out.createStatement();
                     ResultSet r = s.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) FROM " + table)) {
                    r.next();
                    max = r.getLong(1);
                }
                if (max == 0) {
                    continue;
                }
                try (Statement s = out.createStatement()) {
                    if (postgres) {
                        s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), " + max + ")");
                    } else {
                        s.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + (max + 1));
                    }
                }
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The copy failed; the target was left unchanged. */
    public static final class DatabaseCopyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DatabaseCopyException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
