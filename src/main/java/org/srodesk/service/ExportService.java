package org.srodesk.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.srodesk.domain.Assignment;
import org.srodesk.domain.CalendarDay;
import org.srodesk.domain.CallsForService;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.School;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.persistence.AssignmentDao;
import org.srodesk.persistence.CalendarDao;
import org.srodesk.persistence.CallsForServiceDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.persistence.TimeOffDao;
import org.srodesk.persistence.csv.CalendarRow;
import org.srodesk.persistence.csv.CallsRow;
import org.srodesk.persistence.csv.OfficerRow;
import org.srodesk.persistence.csv.ReferenceCsvWriter;
import org.srodesk.persistence.csv.ReferenceFile;
import org.srodesk.persistence.csv.SchoolRow;
import org.srodesk.persistence.csv.TimeOffRow;

/**
 * Exports the district's reference data as the CSV files that {@link ImportService} reads: data leaving
 * the desk, so it needs the export permission and is recorded ({@link ExportAudit}).
 */
public final class ExportService {

    private final Database database;
    private final Clock clock;

    public ExportService(Database database) {
        this(database, Clock.systemDefaultZone());
    }

    /** With a clock, which decides "today" for the officers' home schools. */
    public ExportService(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes all five reference files into {@code folder} (created if missing; files of the same name
     * are replaced), read in one transaction so they agree with each other. Files are UTF-8 with a
     * byte-order mark and CRLF line ends, with exactly the headers the import expects; rows are in a
     * stable order: schools by code, officers by badge, calendar by date, time off by badge then
     * start date, calls for service by date then school code (codes compared as plain strings, the
     * same on every database).
     *
     * <p>An officer's {@code home_school} is the school of the assignment covering today, else of the
     * latest-starting assignment, else empty; it is always empty for a rover, who has no home school
     * (the import refuses one). Partial-day times and decision comments of time off are not part of
     * the file format and are not exported.
     *
     * @return rows written per file name, in import order
     * @throws AccessDeniedException when {@code actor} may not export; nothing is read or written
     * @throws UncheckedIOException when the folder or a file cannot be written
     */
    public Map<String, Integer> exportFolder(Path folder, Actor actor) {
        ExportAudit.require(actor);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
        LocalDate today = LocalDate.now(clock);
        Snapshot data = database.inTransaction(h -> new Snapshot(
                h.attach(SchoolDao.class).findAll(), h.attach(OfficerDao.class).findAll(),
                h.attach(AssignmentDao.class).findAll(), h.attach(CalendarDao.class).findAll(),
                h.attach(TimeOffDao.class).findAll(), h.attach(CallsForServiceDao.class).findAll()));
        Map<Long, String> schoolCodes = data.schools().stream().collect(Collectors.toMap(School::id, School::code));
        Map<Long, String> badges = data.officers().stream().collect(Collectors.toMap(Officer::id, Officer::badge));
        Map<Long, List<Assignment>> postings = data.assignments().stream()
                .collect(Collectors.groupingBy(Assignment::officerId));

        List<SchoolRow> schools = data.schools().stream()
                .sorted(Comparator.comparing(School::code))
                .map(s -> new SchoolRow(0, s.withId(0))).toList();
        List<OfficerRow> officers = data.officers().stream()
                .sorted(Comparator.comparing(Officer::badge))
                .map(o -> new OfficerRow(0, o.withId(0), homeSchool(o, postings.get(o.id()), today, schoolCodes)))
                .toList();
        List<CalendarRow> calendar = data.calendar().stream()
                .sorted(Comparator.comparing(CalendarDay::date))
                .map(d -> new CalendarRow(0, d)).toList();
        List<TimeOffRow> timeOff = data.timeOff().stream()
                .map(r -> new TimeOffRow(0, badges.get(r.officerId()), r.kind(), r.startDate(), r.endDate(),
                        r.status(), r.note()))
                .sorted(Comparator.comparing(TimeOffRow::badge).thenComparing(TimeOffRow::startDate)
                        .thenComparing(TimeOffRow::endDate).thenComparing(TimeOffRow::kind)
                        .thenComparing(TimeOffRow::status).thenComparing(TimeOffRow::note))
                .toList();
        List<CallsRow> calls = data.calls().stream()
                .map(c -> new CallsRow(0, schoolCodes.get(c.schoolId()), c.date(), c.count()))
                .sorted(Comparator.comparing(CallsRow::date).thenComparing(CallsRow::schoolCode))
                .toList();

        Map<String, Integer> written = new LinkedHashMap<>();
        write(folder, ReferenceFile.SCHOOLS, schools, ReferenceCsvWriter::writeSchools, written);
        write(folder, ReferenceFile.OFFICERS, officers, ReferenceCsvWriter::writeOfficers, written);
        write(folder, ReferenceFile.CALENDAR, calendar, ReferenceCsvWriter::writeCalendar, written);
        write(folder, ReferenceFile.TIME_OFF, timeOff, ReferenceCsvWriter::writeTimeOff, written);
        write(folder, ReferenceFile.CALLS_FOR_SERVICE, calls, ReferenceCsvWriter::writeCallsForService, written);
        List<Object> state = new java.util.ArrayList<>(List.of("folder", folder.toAbsolutePath()));
        written.forEach((file, rows) -> {
            state.add(file);
            state.add(rows);
        });
        ExportAudit.record(database, actor, "reference-csv " + today, AuditLog.state(state.toArray()));
        return written;
    }

    private static String homeSchool(Officer officer, List<Assignment> assignments, LocalDate today,
                                     Map<Long, String> schoolCodes) {
        if (officer.role() == OfficerRole.ROVER || assignments == null) {
            return "";
        }
        return assignments.stream().filter(a -> a.covers(today)).max(Comparator.comparing(Assignment::startDate))
                .or(() -> assignments.stream().max(Comparator.comparing(Assignment::startDate)))
                .map(a -> schoolCodes.get(a.schoolId()))
                .orElse("");
    }

    private static <R> void write(Path folder, ReferenceFile file, List<R> rows, RowsWriter<R> writer,
                                  Map<String, Integer> written) {
        writer.write(folder.resolve(file.fileName()), rows);
        written.put(file.fileName(), rows.size());
    }

    @FunctionalInterface
    private interface RowsWriter<R> {
        void write(Path file, List<R> rows);
    }

    private record Snapshot(List<School> schools, List<Officer> officers, List<Assignment> assignments,
                            List<CalendarDay> calendar,
                            List<TimeOffRequest> timeOff,
                            List<CallsForService> calls) {
    }
}
