package org.srodesk.service;

import java.util.Objects;

import org.srodesk.domain.account.Permission;
import org.srodesk.persistence.Database;

/**
 * Exports are data leaving the desk (principal roster PDFs, CSV files, the annual review): each needs
 * {@link Permission#EXPORT}, checked before anything is read, and is recorded in the audit log as one
 * row — action EXPORT, entity {@value #ENTITY}, id naming what and which period, after naming the file
 * or folder and the counts.
 *
 * <p>An export changes no data, so its row has no change to share a transaction with: it is written in
 * its own transaction <em>once the files are written</em>, so a failed export leaves no row and every
 * row stands for files that exist. On a database opened read-only nothing can be written, the audit row
 * included: the export is then made but cannot be recorded (whoever holds a read-only file can copy it
 * anyway).
 */
public final class ExportAudit {

    public static final String ACTION = "EXPORT";
    public static final String ENTITY = "export";

    private ExportAudit() {
    }

    /** Refuses the export unless {@code actor} may export. */
    public static void require(Actor actor) {
        Objects.requireNonNull(actor, "actor").require(Permission.EXPORT);
    }

    /** Records that {@code actor} exported {@code what} ("roster-pdf 2026-03"), with {@code after} naming files and counts. */
    public static void record(Database database, Actor actor, String what, String after) {
        if (database.isReadOnly()) {
            return;
        }
        database.useTransaction(h -> AuditLog.record(h, actor, ACTION, ENTITY, what, "", after));
    }
}
