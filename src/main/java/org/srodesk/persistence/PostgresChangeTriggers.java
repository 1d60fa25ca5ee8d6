package org.srodesk.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * PostgreSQL only: makes every committed change to an application table announce itself with
 * {@code NOTIFY srodesk_changes, '<table> <application_name>'}, so the other desks'
 * {@link ChangeNotifier}s can refresh. The application name of a desk's connections is its
 * {@link ServerConnections#deskName()}, so a desk recognises (and ignores) its own commits; the
 * payloads of earlier versions (the table name alone) are still understood.
 *
 * <p>Vendor-specific on purpose (H2 has no LISTEN/NOTIFY, and one H2 file has one desk). It is not a
 * Flyway migration: it runs after every migration and adds the statement-level trigger to each table
 * that lacks it, so the tables later migrations add are covered without anyone remembering to.
 * PostgreSQL delivers a NOTIFY only when its transaction commits, and once per distinct payload per
 * transaction, so a batch of a thousand inserts announces its table once, after commit.
 */
final class PostgresChangeTriggers {

    /** The channel the triggers notify and {@link ChangeNotifier} listens on. */
    static final String CHANNEL = "srodesk_changes";
    static final String TRIGGER = "srodesk_notify_change";

    private static final String FUNCTION = """
            CREATE OR REPLACE FUNCTION srodesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('srodesk_changes', TG_TABLE_NAME || ' ' || current_setting('application_name'));
                RETURN NULL;
            END
            $$""";

    private static final String TABLES_WITHOUT_TRIGGER = """
            SELECT t.table_name FROM information_schema.tables t
             WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
               AND t.table_name <> 'flyway_schema_history'
               AND NOT EXISTS (SELECT 1 FROM pg_trigger g
                                WHERE g.tgname = ? AND g.tgrelid = (quote_ident(t.table_schema) || '.' || quote_ident(t.table_name))::regclass)
             ORDER BY t.table_name""";

    /** Marks the current function's body; a database whose function lacks it gets the new one. */
    private static final String CURRENT_FUNCTION_MARK = "application_name";

    private static final String FUNCTION_IS_CURRENT = """
            SELECT COUNT(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE p.proname = 'srodesk_notify_change' AND n.nspname = current_schema()
               AND p.prosrc LIKE '%""" + CURRENT_FUNCTION_MARK + "%'";

    private PostgresChangeTriggers() {
    }

    /**
     * Adds the trigger (and its function) where missing, in one transaction. Two desks starting at
     * once take turns (a transaction-scoped advisory lock), as concurrent {@code CREATE OR REPLACE
     * FUNCTION}s would fail; once every table has its trigger, a start only reads the catalogue.
     */
    static void install(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            if (missing(c).isEmpty() && functionIsCurrent(c)) {
                return;
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement statement = c.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(hashtext('" + TRIGGER + "'))");
                List<String> missing = missing(c); // again: another desk may have added them meanwhile
                if (!functionIsCurrent(c)) {
                    statement.execute(FUNCTION); // the triggers call it by name: replaced in place
                }
                if (!missing.isEmpty()) {
                    for (String table : missing) {
                        statement.execute("CREATE OR REPLACE TRIGGER " + TRIGGER
                                + " AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON " + quote(table)
                                + " FOR EACH STATEMENT EXECUTE FUNCTION srodesk_notify_change()");
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.OTHER,
                    "The database could not be prepared for several desks: " + e.getMessage(), e);
        }
    }

    private static boolean functionIsCurrent(Connection c) throws SQLException {
        try (Statement query = c.createStatement(); ResultSet rows = query.executeQuery(FUNCTION_IS_CURRENT)) {
            return rows.next() && rows.getInt(1) > 0;
        }
    }

    private static List<String> missing(Connection c) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(TABLES_WITHOUT_TRIGGER)) {
            query.setString(1, TRIGGER);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    missing.add(rows.getString(1));
                }
            }
        }
        return missing;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
