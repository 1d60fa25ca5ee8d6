package org.srodesk.persistence;

import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings a database's schema to this build's version with Flyway — or refuses, without changing
 * anything, when the file's schema is ahead of this build. Flyway by default ignores applied
 * migrations it does not know ("future" ones) and would happily run old code on a newer schema; so
 * before migrating, {@code info()} is asked whether any applied migration is unknown here.
 */
final class SchemaCheck {

    /** Flyway reports every routine migration at INFO; keep a reference so the level sticks. */
    private static final java.util.logging.Logger FLYWAY_LOG = quietFlyway();

    private SchemaCheck() {
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateOnMigrate(true)
                .load();
    }

    /**
     * Migrates (or, read-only, only validates) the schema; a writable database then gets the audit log's
     * append-only guard ({@link AuditLogGuard}) where it is missing.
     *
     * @throws DatabaseOpenException NEWER_VERSION when the file has migrations this build does not
     *                               know; READ_ONLY when a read-only file would need upgrading
     */
    static void migrate(DataSource dataSource, String description, boolean readOnly) {
        try {
            Flyway flyway = flyway(dataSource);
            MigrationInfo[] applied = flyway.info().applied();
            List<MigrationInfo> future = Arrays.stream(applied)
                    .filter(m -> m.getState().name().startsWith("FUTURE")).toList();
            if (!future.isEmpty()) {
                throw new DatabaseOpenException(DatabaseOpenException.Problem.NEWER_VERSION,
                        "The database " + description + " was made by a newer version of SRO Desk: its data "
                                + "is at version " + future.get(future.size() - 1).getVersion()
                                + ", this SRO Desk knows up to version " + latestKnown(flyway)
                                + ". Open it with the newer SRO Desk, or choose another file. It was not changed.",
                        null);
            }
            if (readOnly) {
                if (flyway.info().pending().length > 0) {
                    throw new DatabaseOpenException(DatabaseOpenException.Problem.READ_ONLY,
                            "The database " + description + " was made by an older SRO Desk and must be upgraded "
                                    + "before this version can show it, which a read-only file does not allow. "
                                    + "Copy it to a folder you can write to and open the copy.", null);
                }
                flyway.validate();
            } else {
                flyway.migrate();
                AuditLogGuard.install(dataSource, description);
            }
        } catch (FlywayException e) {
            if (DatabaseFailures.isDiskFull(e)) {
                throw DatabaseFailures.diskFullAtOpen(description, e);
            }
            throw new DatabaseOpenException(DatabaseOpenException.Problem.OTHER,
                    "The database " + description + " could not be prepared: " + DatabaseFailures.firstLine(e), e);
        }
    }

    private static String latestKnown(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .filter(m -> !m.getState().name().startsWith("FUTURE") && m.getVersion() != null)
                .map(m -> m.getVersion().getVersion())
                .reduce((a, b) -> b).orElse("?");
    }

    private static java.util.logging.Logger quietFlyway() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.flywaydb");
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    static java.util.logging.Logger flywayLog() {
        return FLYWAY_LOG;
    }
}
