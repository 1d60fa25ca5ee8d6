package org.srodesk.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.DayStatus;
import org.srodesk.domain.Officer;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.persistence.Database;
import org.srodesk.service.RosterService;

/**
 * One month of DayStatuses for every officer: through {@link RosterService} (DAOs, record mapping,
 * {@code DayStatusRule}) against a raw JDBC read of the same rows into bare arrays (the floor).
 */
final class RosterLoadBenchmark {

    static final DateRange MONTH = DateRange.monthOf(LocalDate.of(2026, 3, 1));

    static List<Result> run(Database database, String tier, int runs) throws Exception {
        RosterService service = new RosterService(database);
        Stats ours = Measure.time(2, runs, () -> {
            RosterSnapshot snapshot = service.loadSnapshot(MONTH);
            int cells = 0;
            for (Officer officer : snapshot.officers()) {
                DayStatus[] row = snapshot.statusesOf(officer.id());
                cells += row.length;
            }
            return cells;
        });
        Stats raw = Measure.time(2, runs, () -> rawRead(database));
        return List.of(Result.against("load month of DayStatuses (RosterService)", tier, ours,
                "raw JDBC", raw, "Mar 2026, " + database.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM officer")
                        .mapTo(Integer.class).one()) + " officers × 31 days"));
    }

    /** The same seven reads as RosterService, into plain lists of arrays, without mapping or rules. */
    static int rawRead(Database database) throws Exception {
        Date from = Date.valueOf(MONTH.start());
        Date to = Date.valueOf(MONTH.end());
        return database.withHandle(handle -> {
            Connection c = handle.getConnection();
            int rows = 0;
            rows += read(c, "SELECT calendar_date, in_session, note FROM calendar_day WHERE calendar_date BETWEEN ? AND ?", 3, from, to);
            rows += read(c, "SELECT id, badge, last_name, first_name, rank, role, phone, email, zone FROM officer", 9);
            rows += read(c, "SELECT id, code, name, level, address, principal_name, principal_email, phone, zone FROM school", 9);
            rows += read(c, "SELECT id, officer_id, school_id, start_date, end_date FROM assignment"
                    + " WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)", 5, to, from);
            rows += read(c, "SELECT id, officer_id, kind, start_date, end_date, partial_start, partial_end, status, note,"
                    + " requested_at, requested_by, decided_by, decided_at, decision_comment, version"
                    + " FROM time_off_request WHERE start_date <= ? AND end_date >= ?", 15, to, from);
            rows += read(c, "SELECT id, officer_id, start_date, end_date, destination_school_id, destination_duty, ordered_by,"
                    + " order_reference, reason, status, recorded_by, recorded_at, version FROM reassignment"
                    + " WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)", 13, to, from);
            rows += read(c, "SELECT id, rover_id, school_id, cover_date, absent_officer_id, accepted_by, accepted_at"
                    + " FROM coverage_assignment WHERE cover_date BETWEEN ? AND ?", 7, from, to);
            return rows;
        });
    }

    private static int read(Connection c, String sql, int columns, Object... parameters) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        Measure.sink = rows;
        return rows.size();
    }

    private RosterLoadBenchmark() {
    }
}
