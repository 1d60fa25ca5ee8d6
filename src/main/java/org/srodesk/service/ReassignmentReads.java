package org.srodesk.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.ReassignmentStatus;
import org.srodesk.domain.RosterSnapshot;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.domain.reassign.ReassignmentCheck;
import org.srodesk.domain.reassign.ReassignmentConflicts;
import org.srodesk.persistence.CalendarDao;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.ReassignmentDao;
import org.srodesk.persistence.SchoolDao;

/** The reads behind reassignments, on the caller's handle so a check and its write see the same data. */
final class ReassignmentReads {

    /** An open-ended reassignment is examined this many days ahead (or to the calendar's last day, if sooner). */
    static final int OPEN_ENDED_HORIZON_DAYS = 180;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

    private ReassignmentReads() {
    }

    /** The days a reassignment is examined over: its own, or up to the horizon when open-ended. */
    static DateRange horizon(Reassignment reassignment, SchoolCalendar calendar) {
        if (reassignment.endDate() != null) {
            return DateRange.of(reassignment.startDate(), reassignment.endDate());
        }
        LocalDate end = reassignment.startDate().plusDays(OPEN_ENDED_HORIZON_DAYS);
        Optional<DateRange> known = calendar.knownRange();
        if (known.isPresent() && known.get().end().isAfter(reassignment.startDate()) && known.get().end().isBefore(end)) {
            end = known.get().end();
        }
        return DateRange.of(reassignment.startDate(), end);
    }

    static SchoolCalendar calendar(Handle handle) {
        return new SchoolCalendar(handle.attach(CalendarDao.class).findAll());
    }

    /** Checks {@code proposed} against the roster as stored now. */
    static ReassignmentCheck check(Handle handle, Reassignment proposed) {
        DateRange horizon = horizon(proposed, calendar(handle));
        return ReassignmentConflicts.check(TimeOffReads.snapshot(handle, horizon), proposed, horizon);
    }

    /** The roster over a reassignment's days, as stored now (including the reassignment if saved). */
    static RosterSnapshot snapshot(Handle handle, Reassignment reassignment) {
        return TimeOffReads.snapshot(handle, horizon(reassignment, calendar(handle)));
    }

    /** "Ofc. Pat Lee → Patrol, Mon 2 Mar 2026 – Fri 6 Mar 2026, ordered by Cmdr. Axtell (ref 114): reason". */
    static String describe(Handle handle, Reassignment r) {
        String officer = handle.attach(OfficerDao.class).findById(r.officerId()).map(Officer::displayName)
                .orElse("officer #" + r.officerId());
        String days = DAY.format(r.startDate()) + " – " + (r.endDate() == null ? "open-ended" : DAY.format(r.endDate()));
        String text = officer + " → " + destination(handle, r) + ", " + days + ", ordered by " + r.orderedBy()
                + (r.orderReference().isBlank() ? "" : " (ref " + r.orderReference() + ")")
                + (r.reason().isBlank() ? "" : ": " + r.reason())
                + (r.status() == ReassignmentStatus.CANCELLED ? " [cancelled]" : "");
        return text.length() > 2000 ? text.substring(0, 1999) + "…" : text;
    }

    static String destination(Handle handle, Reassignment r) {
        if (!r.toSchool()) {
            return r.destinationDuty();
        }
        return handle.attach(SchoolDao.class).findById(r.destinationSchoolId())
                .map(s -> s.name() + " (" + s.code() + ")").orElse("school #" + r.destinationSchoolId());
    }

    static List<ReassignmentRow> rows(Handle handle, ReassignmentFilter filter, LocalDate today) {
        Map<Long, Officer> officers = handle.attach(OfficerDao.class).findAll().stream()
                .collect(Collectors.toMap(Officer::id, Function.identity()));
        Map<Long, School> schools = handle.attach(SchoolDao.class).findAll().stream()
                .collect(Collectors.toMap(School::id, Function.identity()));
        SchoolCalendar calendar = calendar(handle);
        List<Reassignment> shown = new ArrayList<>();
        for (Reassignment r : handle.attach(ReassignmentDao.class).findAll()) {
            if (matches(r, filter, today, schools)) {
                shown.add(r);
            }
        }
        if (shown.isEmpty()) {
            return List.of();
        }
        LocalDate first = shown.stream().map(Reassignment::startDate).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = shown.stream().map(r -> horizon(r, calendar).end()).max(Comparator.naturalOrder()).orElseThrow();
        RosterSnapshot snapshot = TimeOffReads.snapshot(handle, DateRange.of(first, last));
        ReassignmentConflicts conflicts = new ReassignmentConflicts(snapshot);
        List<ReassignmentRow> rows = new ArrayList<>();
        for (Reassignment r : shown) {
            ReassignmentCheck check = conflicts.check(r, horizon(r, calendar));
            rows.add(new ReassignmentRow(r, officers.get(r.officerId()), conflicts.destination(r),
                    snapshot.homeSchool(r.officerId(), r.startDate()), ReassignmentTiming.of(r, today), check));
        }
        rows.sort(Comparator.comparing(ReassignmentRow::timing)
                .thenComparing(row -> row.timing() == ReassignmentTiming.PAST
                        ? -row.reassignment().startDate().toEpochDay() : row.reassignment().startDate().toEpochDay())
                .thenComparing(row -> row.reassignment().id()));
        return rows;
    }

    private static boolean matches(Reassignment r, ReassignmentFilter filter, LocalDate today, Map<Long, School> schools) {
        if (filter.timing() != null && ReassignmentTiming.of(r, today) != filter.timing()) {
            return false;
        }
        if (filter.officerId() != null && r.officerId() != filter.officerId()) {
            return false;
        }
        if (filter.to() != null && r.startDate().isAfter(filter.to())) {
            return false;
        }
        if (filter.from() != null && r.endDate() != null && r.endDate().isBefore(filter.from())) {
            return false;
        }
        if (filter.destination() != null) {
            String wanted = filter.destination().toLowerCase(Locale.ROOT);
            String text = r.toSchool() ? Optional.ofNullable(schools.get(r.destinationSchoolId()))
                    .map(s -> s.name() + " " + s.code()).orElse("") : r.destinationDuty();
            return text.toLowerCase(Locale.ROOT).contains(wanted);
        }
        return true;
    }
}
