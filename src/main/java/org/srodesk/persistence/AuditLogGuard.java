package org.srodesk.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Makes {@code audit_log} append-only in the database itself, not only by the application having no
 * statement for it: UPDATE and DELETE of its rows fail, whoever sends them (and TRUNCATE on PostgreSQL).
 *
 * <ul>
 *   <li><b>PostgreSQL</b>: a {@code BEFORE UPDATE OR DELETE} row trigger and a {@code BEFORE TRUNCATE}
 *       statement trigger, both calling a PL/pgSQL function that raises {@code insufficient_privilege}
 *       (SQLSTATE 42501).</li>
 *   <li><b>H2</b>: a {@code BEFORE UPDATE, DELETE} row trigger calling {@link AuditLogAppendOnlyTrigger}.
 *       H2 fires no trigger on {@code TRUNCATE TABLE}, but refuses to truncate a table that a foreign key
 *       references; so {@code audit_log.id} references itself (every row is its own parent, which always
 *       holds) and TRUNCATE fails with H2's "Cannot truncate".</li>
 * </ul>
 *
 * <p>Like {@link PostgresChangeTriggers} this is not a Flyway migration: {@link SchemaCheck#migrate} runs it
 * after every migration of a writable database, so a trigger that went missing (a database restored from
 * an old backup, a trigger dropped by hand) is put back at the next start. INSERT is untouched, so copying
 * a database ({@link DatabaseCopy}) and restoring a backup work as before.
 *
 * <p>What it does not do: the owner of the tables (the embedded file's user, the PostgreSQL role SRO Desk
 * connects as) can still drop a trigger with DDL. On a server, a database administrator who wants the log
 * safe from that role too makes another role own {@code audit_log} and grants SRO Desk's role only
 * {@code SELECT, INSERT} on it (see DEVELOPERS.md).
 */
final class AuditLogGuard {

    /** The SQLSTATE of the refusal: insufficient privilege. */
    static final String SQL_STATE = "42501";

    static final String H2_TRIGGER = "AUDIT_LOG_APPEND_ONLY";
    static final String H2_NO_TRUNCATE = "AUDIT_LOG_NO_TRUNCATE";
    static final String PG_ROW_TRIGGER = "srodesk_audit_log_append_only";
    static final String PG_TRUNCATE_TRIGGER = "srodesk_audit_log_no_truncate";

    private static final String PG_FUNCTION = """
            CREATE OR REPLACE FUNCTION srodesk_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'The audit log is append-only: % on audit_log is refused (rows can only be added).', TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END
            $$""";

    private static final String PG_TRIGGERS_PRESENT = """
            SELECT COUNT(*) FROM pg_trigger
             WHERE tgrelid = 'audit_log'::regclass AND tgname IN (?, ?)""";

    private AuditLogGuard() {
    }

    /** The refusal, in the same words on both back ends. */
    static String refusal(String operation) {
        return "The audit log is append-only: " + operation + " on audit_log is refused (rows can only be added).";
    }

    /**
     * Installs the guard where it is missing. Cheap when present (H2: {@code IF NOT EXISTS}; PostgreSQL: one
     * catalogue query); two PostgreSQL desks starting at once take turns on an advisory lock.
     *
     * @throws DatabaseOpenException when the guard cannot be installed
     */
    static void install(DataSource dataSource, String description) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                installOnPostgres(c);
            } else if (product.contains("h2")) {
                try (Statement statement = c.createStatement()) {
                    statement.execute("CREATE TRIGGER IF NOT EXISTS " + H2_TRIGGER
                            + " BEFORE UPDATE, DELETE ON audit_log FOR EACH ROW CALL '"
                            + AuditLogAppendOnlyTrigger.class.getName() + "'");
                    statement.execute("ALTER TABLE audit_log ADD CONSTRAINT IF NOT EXISTS " + H2_NO_TRUNCATE
                            + " FOREIGN KEY (id) REFERENCES audit_log (id)");
                }
            } else {
                throw new SQLException("unsupported database " + product);
            }
        } catch (SQLException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Problem.OTHER, "The database " + description
                    + " could not be prepared: the audit log's append-only guard was not installed ("
                    + e.getMessage() + ").", e);
        }
    }

    private static void installOnPostgres(Connection c) throws SQLException {
        if (postgresTriggers(c) == 2) {
            return;
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement statement = c.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(hashtext('" + PG_ROW_TRIGGER + "'))");
            if (postgresTriggers(c) != 2) { // again: another desk may have installed it meanwhile
                statement.execute(PG_FUNCTION);
                statement.execute("CREATE OR REPLACE TRIGGER " + PG_ROW_TRIGGER
                        + " BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION srodesk_audit_log_append_only()");
                statement.execute("CREATE OR REPLACE TRIGGER " + PG_TRUNCATE_TRIGGER
                        + " BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION srodesk_audit_log_append_only()");
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static int postgresTriggers(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(PG_TRIGGERS_PRESENT)) {
            query.setString(1, PG_ROW_TRIGGER);
            query.setString(2, PG_TRUNCATE_TRIGGER);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
