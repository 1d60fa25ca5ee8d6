package org.srodesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2 only: the row trigger {@link AuditLogGuard} puts on {@code audit_log} before UPDATE and DELETE.
 * It refuses every row, so the statement fails and changes nothing. H2 loads this class by name when
 * the database opens, so it must keep its name and package.
 */
public final class AuditLogAppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(AuditLogGuard.refusal(newRow == null ? "DELETE" : "UPDATE"), AuditLogGuard.SQL_STATE);
    }
}
