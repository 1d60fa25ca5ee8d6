package org.srodesk.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jdbi.v3.core.Handle;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.domain.roster.RosterModel;
import org.srodesk.domain.roster.RosterRow;
import org.srodesk.persistence.AssignmentDao;
import org.srodesk.persistence.CalendarDao;
import org.srodesk.persistence.CoverageDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.ReassignmentDao;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.persistence.TimeOffDao;

/**
 * Reads what the roster, planner and reports need for a period, in one read transaction so the
 * picture is consistent.
 */
public final class RosterService {

    private final Database database;

    public RosterService(Database database) {
        this.database = database;
    }

    /** Everything that decides where each officer is during {@code period}. */
    public RosterSnapshot loadSnapshot(DateRange period) {
        return loadSnapshot(period, period);
    }

    /**
     * A snapshot of {@code period} whose calendar and records reach over {@code loaded} (which
     * should contain the period): the coverage planner follows absences that cross the period's
     * edges into the days around it.
     */
    public RosterSnapshot loadSnapshot(DateRange period, DateRange loaded) {
        return database.inTransaction(handle -> read(handle, period, loaded));
    }

    /** {@link #loadSnapshot(DateRange, DateRange)} on an open handle, for services that read more in the same transaction. */
    static RosterSnapshot read(Handle handle, DateRange period, DateRange loaded) {
        SchoolCalendar calendar = new SchoolCalendar(
                handle.attach(CalendarDao.class).findBetween(loaded.start(), loaded.end()));
        List<Officer> officers = handle.attach(OfficerDao.class).findAll();
        List<School> schools = handle.attach(SchoolDao.class).findAll();
        return new RosterSnapshot(period, calendar, officers, schools,
                handle.attach(AssignmentDao.class).findOverlapping(loaded.start(), loaded.end()),
                handle.attach(TimeOffDao.class).findOverlapping(loaded.start(), loaded.end()),
                handle.attach(ReassignmentDao.class).findOverlapping(loaded.start(), loaded.end()),
                handle.attach(CoverageDao.class).findBetween(loaded.start(), loaded.end()));
    }

    /**
     * Writes {@code rows} (normally the ones a filter left visible) of {@code model} as CSV to {@code file},
     * replacing it: an export ({@link ExportAudit}, id {@code roster-csv <first>..<last>}).
     *
     * @throws AccessDeniedException when {@code actor} may not export; nothing is written
     */
    public void exportCsv(RosterModel model, List<RosterRow> rows, Path file, Actor actor) throws IOException {
        ExportAudit.require(actor);
        new RosterCsvExport().write(model, rows, file);
        ExportAudit.record(database, actor, "roster-csv " + model.period().start() + ".." + model.period().end(),
                AuditLog.state("file", file.toAbsolutePath(), "officers", rows.size(), "days", model.days().size()));
    }

    /** The whole published school calendar. */
    public SchoolCalendar calendar() {
        return database.withHandle(handle -> new SchoolCalendar(handle.attach(CalendarDao.class).findAll()));
    }
}
