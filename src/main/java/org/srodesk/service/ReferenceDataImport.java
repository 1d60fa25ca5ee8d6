package org.srodesk.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.srodesk.domain.CalendarDay;
import org.srodesk.domain.CallsForService;
import org.srodesk.domain.Officer;
import org.srodesk.domain.School;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.persistence.AssignmentDao;
import org.srodesk.persistence.CalendarDao;
import org.srodesk.persistence.CallsForServiceDao;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.SchoolDao;
import org.srodesk.persistence.TimeOffDao;
import org.srodesk.persistence.csv.CalendarRow;
import org.srodesk.persistence.csv.CallsRow;
import org.srodesk.persistence.csv.OfficerRow;
import org.srodesk.persistence.csv.ReferenceFile;
import org.srodesk.persistence.csv.SchoolRow;
import org.srodesk.persistence.csv.TimeOffRow;

/**
 * The writing half of one import, run inside its single transaction: resolves codes and badges
 * through maps loaded once, compares with what is stored, and writes inserts and updates in
 * batches. Any {@link ImportException} it throws rolls the whole import back.
 */
final class ReferenceDataImport {

    /** Rows per JDBC batch, and how often progress is reported. */
    static final int CHUNK = 5_000;

    private final Handle handle;
    private final ParsedFolder parsed;
    private final Actor actor;
    private final Instant now;
    private final LocalDate importDate;
    private final ImportProgress progress;
    private final long totalRows;
    private final Map<String, ImportSummary.Counts> counts = new LinkedHashMap<>();
    private String currentFile = "";
    private long rowsBeforeFile;
    private long writtenInFile;
    private int assignmentsOpened;
    private int assignmentsClosed;

    ReferenceDataImport(Handle handle, ParsedFolder parsed, Actor actor, Instant now, LocalDate importDate,
                        ImportProgress progress) {
        this.handle = handle;
        this.parsed = parsed;
        this.actor = actor;
        this.now = now;
        this.importDate = importDate;
        this.progress = progress;
        this.totalRows = Math.max(1, parsed.rowCount());
    }

    ImportSummary run() {
        List<CalendarDay> storedCalendar = handle.attach(CalendarDao.class).findAll();
        if (parsed.schools() != null) {
            importSchools(parsed.schools());
        }
        if (parsed.officers() != null) {
            importOfficers(parsed.officers(), firstCalendarDay(storedCalendar));
        }
        if (parsed.calendar() != null) {
            importCalendar(parsed.calendar(), storedCalendar);
        }
        if (parsed.timeOff() != null) {
            importTimeOff(parsed.timeOff());
        }
        if (parsed.calls() != null) {
            importCalls(parsed.calls());
        }
        return new ImportSummary(parsed.folder(), counts, assignmentsOpened, assignmentsClosed);
    }

    private void importSchools(List<SchoolRow> rows) {
        start(ReferenceFile.SCHOOLS);
        SchoolDao dao = handle.attach(SchoolDao.class);
        Map<String, School> stored = dao.findAll().stream().collect(Collectors.toMap(School::code, s -> s));
        List<School> inserts = new ArrayList<>();
        List<School> updates = new ArrayList<>();
        for (SchoolRow row : rows) {
            School existing = stored.get(row.school().code());
            if (existing == null) {
                inserts.add(row.school());
            } else if (!existing.withId(0).equals(row.school())) {
                updates.add(row.school());
            }
        }
        inBatches(inserts, dao::insertAll);
        inBatches(updates, dao::updateAllByCode);
        finish(ReferenceFile.SCHOOLS, inserts.size(), updates.size(), rows.size());
    }

    private void importOfficers(List<OfficerRow> rows, LocalDate firstCalendarDay) {
        start(ReferenceFile.OFFICERS);
        OfficerDao dao = handle.attach(OfficerDao.class);
        Map<String, Officer> stored = dao.findAll().stream().collect(Collectors.toMap(Officer::badge, o -> o));
        Map<String, Long> schoolIds = schoolIds();
        List<Officer> inserts = new ArrayList<>();
        List<Officer> updates = new ArrayList<>();
        for (OfficerRow row : rows) {
            if (!row.homeSchool().isEmpty() && !schoolIds.containsKey(row.homeSchool())) {
                throw new ImportException(ReferenceFile.OFFICERS.fileName(), row.line(), "home_school",
                        "unknown school code \"" + row.homeSchool() + "\"");
            }
            Officer existing = stored.get(row.officer().badge());
            if (existing == null) {
                inserts.add(row.officer());
            } else if (!existing.withId(0).equals(row.officer())) {
                updates.add(row.officer());
            }
        }
        inBatches(inserts, dao::insertAll);
        inBatches(updates, dao::updateAllByBadge);

        Map<String, Long> officerIds = officerIds();
        AssignmentDao assignmentDao = handle.attach(AssignmentDao.class);
        HomeSchoolAssignments postings = new HomeSchoolAssignments(assignmentDao.findAll(), importDate,
                firstCalendarDay == null ? importDate : firstCalendarDay);
        for (OfficerRow row : rows) {
            postings.apply(officerIds.get(row.officer().badge()),
                    row.homeSchool().isEmpty() ? null : schoolIds.get(row.homeSchool()));
        }
        postings.write(assignmentDao);
        assignmentsOpened += postings.opened();
        assignmentsClosed += postings.closed();
        finish(ReferenceFile.OFFICERS, inserts.size(), updates.size(), rows.size());
    }

    /** The first day of the calendar once this import's calendar rows are counted; null if none. */
    private LocalDate firstCalendarDay(List<CalendarDay> stored) {
        LocalDate first = null;
        for (CalendarDay day : stored) {
            first = first == null || day.date().isBefore(first) ? day.date() : first;
        }
        for (CalendarRow row : parsed.calendar() == null ? List.<CalendarRow>of() : parsed.calendar()) {
            first = first == null || row.day().date().isBefore(first) ? row.day().date() : first;
        }
        return first;
    }

    private void importCalendar(List<CalendarRow> rows, List<CalendarDay> storedDays) {
        start(ReferenceFile.CALENDAR);
        CalendarDao dao = handle.attach(CalendarDao.class);
        Map<LocalDate, CalendarDay> stored = storedDays.stream().collect(Collectors.toMap(CalendarDay::date, d -> d));
        List<CalendarDay> inserts = new ArrayList<>();
        List<CalendarDay> updates = new ArrayList<>();
        for (CalendarRow row : rows) {
            CalendarDay existing = stored.get(row.day().date());
            if (existing == null) {
                inserts.add(row.day());
            } else if (!existing.equals(row.day())) {
                updates.add(row.day());
            }
        }
        inBatches(inserts, dao::insertAll);
        inBatches(updates, dao::updateAll);
        finish(ReferenceFile.CALENDAR, inserts.size(), updates.size(), rows.size());
    }

    private void importTimeOff(List<TimeOffRow> rows) {
        start(ReferenceFile.TIME_OFF);
        TimeOffDao dao = handle.attach(TimeOffDao.class);
        Map<String, Long> officerIds = officerIds();
        Set<TimeOffKey> stored = new HashSet<>();
        for (TimeOffRequest request : dao.findAll()) {
            stored.add(new TimeOffKey(request.officerId(), request.kind(), request.startDate(), request.endDate(),
                    request.status()));
        }
        List<TimeOffRequest> inserts = new ArrayList<>();
        for (TimeOffRow row : rows) {
            Long officerId = officerIds.get(row.badge());
            if (officerId == null) {
                throw new ImportException(ReferenceFile.TIME_OFF.fileName(), row.line(), "badge",
                        "unknown badge \"" + row.badge() + "\"");
            }
            // The same request twice (in the file, or already stored) is imported once.
            if (stored.add(new TimeOffKey(officerId, row.kind(), row.startDate(), row.endDate(), row.status()))) {
                boolean decided = row.status() != TimeOffStatus.REQUESTED;
                inserts.add(new TimeOffRequest(0, officerId, row.kind(), row.startDate(), row.endDate(), null, null,
                        row.status(), row.note(), now, actor.userName(), decided ? actor.userName() : null,
                        decided ? now : null, "", 0));
            }
        }
        inBatches(inserts, dao::insertAll);
        finish(ReferenceFile.TIME_OFF, inserts.size(), 0, rows.size());
    }

    private void importCalls(List<CallsRow> rows) {
        start(ReferenceFile.CALLS_FOR_SERVICE);
        CallsForServiceDao dao = handle.attach(CallsForServiceDao.class);
        Map<String, Long> schoolIds = schoolIds();
        Map<Long, Integer> stored = new HashMap<>();
        for (CallsForService calls : dao.findAll()) {
            stored.put(key(calls.schoolId(), calls.date()), calls.count());
        }
        List<CallsForService> inserts = new ArrayList<>();
        List<CallsForService> updates = new ArrayList<>();
        for (CallsRow row : rows) {
            Long schoolId = schoolIds.get(row.schoolCode());
            if (schoolId == null) {
                throw new ImportException(ReferenceFile.CALLS_FOR_SERVICE.fileName(), row.line(), "school_code",
                        "unknown school code \"" + row.schoolCode() + "\"");
            }
            Integer existing = stored.get(key(schoolId, row.date()));
            CallsForService calls = new CallsForService(schoolId, row.date(), row.count());
            if (existing == null) {
                inserts.add(calls);
            } else if (existing != row.count()) {
                updates.add(calls);
            }
        }
        inBatches(inserts, dao::insertAll);
        inBatches(updates, dao::updateAll);
        finish(ReferenceFile.CALLS_FOR_SERVICE, inserts.size(), updates.size(), rows.size());
    }

    /** A (school, day) pair packed in one long, to keep 300,000 keys small. */
    private static long key(long schoolId, LocalDate date) {
        return (schoolId << 32) | (date.toEpochDay() & 0xFFFF_FFFFL);
    }

    private Map<String, Long> schoolIds() {
        return handle.attach(SchoolDao.class).findAll().stream().collect(Collectors.toMap(School::code, School::id));
    }

    private Map<String, Long> officerIds() {
        return handle.attach(OfficerDao.class).findAll().stream().collect(Collectors.toMap(Officer::badge, Officer::id));
    }

    private <T> void inBatches(List<T> items, Consumer<List<T>> batch) {
        for (int from = 0; from < items.size(); from += CHUNK) {
            List<T> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
            batch.accept(chunk);
            writtenInFile += chunk.size();
            report("Writing");
        }
    }

    private void start(ReferenceFile file) {
        currentFile = file.fileName();
        writtenInFile = 0;
        report("Importing");
    }

    private void finish(ReferenceFile file, int inserted, int updated, int rows) {
        counts.put(file.fileName(), new ImportSummary.Counts(inserted, updated, rows - inserted - updated));
        rowsBeforeFile += rows;
        writtenInFile = 0;
    }

    /** Reading took the first part of the bar; writing shares the rest by rows. */
    private void report(String verb) {
        double written = Math.min(1.0, (double) (rowsBeforeFile + writtenInFile) / totalRows);
        progress.update(verb + " " + currentFile, ImportService.READ_SHARE + (1 - ImportService.READ_SHARE) * written);
    }

    /** What makes two time-off requests "the same request" for an import. */
    private record TimeOffKey(long officerId, TimeOffKind kind, LocalDate start, LocalDate end, TimeOffStatus status) {
    }
}
