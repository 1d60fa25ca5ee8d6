package org.srodesk.service.audit;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.srodesk.domain.account.AuditEntry;
import org.srodesk.domain.account.Permission;
import org.srodesk.persistence.AuditDao;
import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.AuditLog;
import org.srodesk.service.ValidationException;

/**
 * Reads the audit log for the Audit screen and exports it as CSV. Every method requires
 * {@link Permission#VIEW_AUDIT} (administrators and commanders) and throws
 * {@link org.srodesk.service.AccessDeniedException} otherwise, before reading anything.
 *
 * <p>There is deliberately nothing here that changes or removes a row: the log is append-only, and the
 * database refuses UPDATE and DELETE on it as well (a trigger installed at every start).
 *
 * <p>Days are days in the desk's time zone ({@code zone}): a filter to 30 March includes everything up to
 * 23:59:59.999… that day.
 */
public final class AuditService {

    /** The action of the audit row an export writes. */
    public static final String EXPORT = "EXPORT";
    /** The entity of the audit log's own rows. */
    public static final String AUDIT_LOG = "audit_log";
    /** The field of a {@link ValidationException} about the export file. */
    public static final String FILE = "file";

    private final Database database;
    private final ZoneId zone;

    public AuditService(Database database) {
        this(database, ZoneId.systemDefault());
    }

    /** With the time zone that turns filter days into instants and CSV times into local times. */
    public AuditService(Database database, ZoneId zone) {
        this.database = Objects.requireNonNull(database, "database");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The newest rows matching {@code filter} (at most its limit), newest first, and how many match in all.
     *
     * @throws org.srodesk.service.AccessDeniedException when the actor may not view the audit log
     */
    public AuditPage find(Actor actor, AuditFilter filter) {
        actor.require(Permission.VIEW_AUDIT);
        Objects.requireNonNull(filter, "filter");
        Instant from = startOf(filter.from());
        Instant to = filter.to() == null ? null : startOf(filter.to().plusDays(1));
        return database.withHandle(h -> {
            AuditDao dao = h.attach(AuditDao.class);
            List<AuditEntry> rows = dao.find(filter.userName(), filter.entity(), from, to, filter.limit());
            long total = rows.size() < filter.limit() ? rows.size()
                    : dao.countMatching(filter.userName(), filter.entity(), from, to);
            return new AuditPage(rows, total);
        });
    }

    /** Every user name that appears in the log, sorted: the choices of the user filter. */
    public List<String> userNames(Actor actor) {
        actor.require(Permission.VIEW_AUDIT);
        return database.withHandle(h -> h.attach(AuditDao.class).userNames());
    }

    /** Every kind of record that appears in the log, sorted: the choices of the record filter. */
    public List<String> entities(Actor actor) {
        actor.require(Permission.VIEW_AUDIT);
        return database.withHandle(h -> h.attach(AuditDao.class).entities());
    }

    /**
     * Writes every row matching {@code filter} (its limit does not apply) to {@code file} as CSV ({@link AuditCsv}),
     * newest first, and records the export in the audit log ({@value #EXPORT} of {@value #AUDIT_LOG}, after =
     * file, rows and filter) in the same transaction, which writes nothing else. The file is written beside
     * its target and moved into place before the commit; if anything fails, neither the file nor the audit row
     * remain (an existing file of that name is kept).
     *
     * @throws org.srodesk.service.AccessDeniedException when the actor may not view the audit log; nothing is written
     * @throws ValidationException  ({@value #FILE}) when the folder does not exist
     * @throws AuditExportException when the file cannot be written
     */
    public AuditExport exportCsv(Actor actor, AuditFilter filter, Path file) {
        actor.require(Permission.VIEW_AUDIT);
        Objects.requireNonNull(filter, "filter");
        Path target = Objects.requireNonNull(file, "file").toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ValidationException(FILE, "The folder " + folder + " does not exist.");
        }
        if (Files.isDirectory(target)) {
            throw new ValidationException(FILE, target + " is a folder; choose a file name.");
        }
        Instant from = startOf(filter.from());
        Instant to = filter.to() == null ? null : startOf(filter.to().plusDays(1));
        Path part;
        try {
            part = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw new AuditExportException("The audit log cannot be written to " + folder + ": " + reason(e), e);
        }
        boolean[] moved = {false};
        try {
            long rows = database.inTransaction(h -> {
                long written;
                try (Stream<AuditEntry> entries = h.attach(AuditDao.class)
                        .streamMatching(filter.userName(), filter.entity(), from, to)) {
                    written = AuditCsv.write(entries, part, zone);
                }
                AuditLog.record(h, actor, EXPORT, AUDIT_LOG, "", "",
                        AuditLog.state("file", target, "rows", written, "filter", filter.describe()));
                moveIntoPlace(part, target);
                moved[0] = true;
                return written;
            });
            return new AuditExport(target, rows);
        } catch (IOException e) {
            throw new AuditExportException("The audit log could not be written to " + target + ": " + reason(e)
                    + " Nothing was exported.", e);
        } catch (RuntimeException e) {
            if (moved[0]) {
                deleteQuietly(target); // the commit failed after the move: no file without its audit row
            }
            throw e;
        } finally {
            deleteQuietly(part);
        }
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private static void moveIntoPlace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover .part file is harmless and named as such
        }
    }

    /** Why a file operation failed, in words, without the temporary file's name. */
    private static String reason(IOException e) {
        String why;
        if (e instanceof java.nio.file.AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof java.nio.file.NoSuchFileException) {
            why = "a file cannot be created there";
        } else if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            why = fs.getReason();
        } else {
            why = String.valueOf(e.getMessage());
        }
        return why.endsWith(".") ? why : why + ".";
    }
}
