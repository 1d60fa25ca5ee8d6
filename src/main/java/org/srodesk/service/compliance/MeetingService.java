package org.srodesk.service.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.srodesk.domain.Officer;
import org.srodesk.domain.SchoolCalendar;
import org.srodesk.domain.UnitEvent;
import org.srodesk.domain.compliance.AttendanceRate;
import org.srodesk.domain.compliance.LogRule;
import org.srodesk.domain.compliance.MeetingAttendance;
import org.srodesk.domain.compliance.MeetingRule;
import org.srodesk.domain.compliance.SchoolYear;
import org.srodesk.persistence.CalendarDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.MeetingDao;
import org.srodesk.persistence.OfficerDao;
import org.srodesk.persistence.UnitEventDao;
import org.srodesk.domain.account.Permission;
import org.srodesk.service.Actor;
import org.srodesk.service.AuditLog;
import org.srodesk.service.ConcurrentChangeException;
import org.srodesk.service.ValidationException;

/**
 * The mandatory monthly SRO unit meetings (Saint Paul) and who attended them. Meetings are the
 * {@code unit_event} rows the time-off policy's UNIT_MEETING finding reads, so moving a meeting
 * here moves the finding too. {@link MeetingRule#DEFAULT} (first Wednesday, 14:00, or the next school
 * day of the month) proposes the date of a month without one; any month's meeting can be moved.
 * Each write is one transaction with its {@code audit_log} row and needs {@link Permission#SCHEDULE};
 * bad input throws {@link ValidationException} and writes nothing. Moving a meeting and recording its
 * attendance take the meeting's version the desk read ({@link MeetingRow#version()},
 * {@link AttendanceSheet#version()}): when another desk changed the meeting or its attendance since,
 * they throw {@link ConcurrentChangeException} ("Changed by sgt.two at 09:12 on 2 Mar 2026 — reload
 * and try again.") and write nothing.
 */
public final class MeetingService {

    /** Field names of {@link ValidationException}s. */
    public static final String DATE = "date";
    public static final String TIME = "time";
    public static final String MEETING = "meeting";

    private final Database database;
    private final Clock clock;

    public MeetingService(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The mandatory meetings of {@code year} with their recorded attendance, by date. */
    public List<MeetingRow> meetings(SchoolYear year) {
        return database.inTransaction(handle -> {
            MeetingDao dao = handle.attach(MeetingDao.class);
            Map<Long, List<MeetingAttendance>> byMeeting = new HashMap<>();
            dao.findAttendanceBetween(year.start(), year.end())
                    .forEach(a -> byMeeting.computeIfAbsent(a.unitEventId(), k -> new ArrayList<>()).add(a));
            return dao.findMandatoryVersionedBetween(year.start(), year.end()).stream()
                    .map(m -> new MeetingRow(m.event(), m.version(),
                            AttendanceRate.of(byMeeting.getOrDefault(m.event().id(), List.of()))))
                    .toList();
        });
    }

    /**
     * Adds a meeting, by the default rule, to every month of {@code year} that has school days and no
     * mandatory meeting yet. Returns the meetings added; one audit row (CREATE meeting, id the school
     * year) names them, none when there was nothing to add.
     */
    public List<UnitEvent> addMissingMeetings(SchoolYear year, Actor actor) {
        java.util.Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        return database.inTransaction(handle -> {
            SchoolCalendar calendar = new SchoolCalendar(handle.attach(CalendarDao.class).findBetween(year.start(), year.end()));
            Set<YearMonth> planned = new HashSet<>();
            handle.attach(MeetingDao.class).findMandatoryBetween(year.start(), year.end())
                    .forEach(m -> planned.add(YearMonth.from(m.date())));
            List<UnitEvent> added = new ArrayList<>();
            for (YearMonth month : LogRule.expectedMonths(calendar, year.range())) {
                if (!planned.contains(month)) {
                    MeetingRule rule = MeetingRule.DEFAULT;
                    UnitEvent event = new UnitEvent(0, rule.dateIn(month, calendar), rule.startTime(), MeetingRule.TITLE, true);
                    long id = handle.attach(UnitEventDao.class).insert(event);
                    added.add(new UnitEvent(id, event.date(), event.startTime(), event.title(), true));
                }
            }
            if (!added.isEmpty()) {
                AuditLog.record(handle, actor, "CREATE", "meeting", year.label(), "", AuditLog.state("added",
                        added.size(), "dates", added.stream().map(e -> e.date().toString())
                                .collect(java.util.stream.Collectors.joining(","))));
            }
            return added;
        });
    }

    /**
     * Moves one meeting to another day and time of the same month, if it is still at {@code version}
     * (the version the desk read); otherwise {@link ConcurrentChangeException} and nothing is written.
     */
    public UnitEvent reschedule(long meetingId, int version, LocalDate date, LocalTime time, Actor actor) {
        java.util.Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        Instant now = clock.instant();
        return database.inTransaction(handle -> {
            MeetingDao dao = handle.attach(MeetingDao.class);
            UnitEvent meeting = dao.findEvent(meetingId)
                    .orElseThrow(() -> new ValidationException(MEETING, "That meeting no longer exists; reload."));
            if (dao.findStamp(meetingId).orElseThrow().version() != version) {
                throw changedMeanwhile(dao, meetingId); // before the checks: the user's form is out of date
            }
            List<ValidationException.FieldError> errors = new ArrayList<>();
            if (date == null) {
                errors.add(new ValidationException.FieldError(DATE, "Enter the meeting day."));
            } else if (!YearMonth.from(date).equals(YearMonth.from(meeting.date()))) {
                errors.add(new ValidationException.FieldError(DATE, "Move the meeting within "
                        + org.srodesk.domain.compliance.MonthNames.of(YearMonth.from(meeting.date())) + "."));
            } else if (date.getDayOfWeek().getValue() >= 6) {
                errors.add(new ValidationException.FieldError(DATE, date + " is a " + date.getDayOfWeek()
                        .name().toLowerCase(java.util.Locale.ROOT) + "; choose a weekday."));
            }
            if (time == null) {
                errors.add(new ValidationException.FieldError(TIME, "Enter the start time, e.g. 14:00."));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            if (dao.reschedule(meetingId, version, date, time, actor.userName(), now) != 1) {
                throw changedMeanwhile(dao, meetingId);
            }
            AuditLog.record(handle, actor, "UPDATE", "meeting", meetingId,
                    AuditLog.state("date", meeting.date(), "time", meeting.startTime(), "version", version),
                    AuditLog.state("date", date, "time", time, "version", version + 1));
            return new UnitEvent(meetingId, date, time, meeting.title(), meeting.mandatory());
        });
    }

    /** The attendance sheet of one meeting: every officer, with what is recorded, and the meeting's version. */
    public AttendanceSheet attendance(long meetingId) {
        return database.inTransaction(handle -> {
            MeetingDao dao = handle.attach(MeetingDao.class);
            int version = dao.findStamp(meetingId)
                    .orElseThrow(() -> new ValidationException(MEETING, "That meeting no longer exists; reload."))
                    .version();
            Map<Long, MeetingAttendance> recorded = new HashMap<>();
            dao.findAttendance(meetingId).forEach(a -> recorded.put(a.officerId(), a));
            return new AttendanceSheet(version, handle.attach(OfficerDao.class).findAll().stream().map(o -> {
                MeetingAttendance a = recorded.get(o.id());
                return new AttendanceLine(o, a == null ? null : a.attended(), a == null ? "" : a.absenceReason());
            }).toList());
        });
    }

    /**
     * Replaces the attendance of one meeting with {@code lines} (lines with {@code attended == null}
     * are left unrecorded). Refused: a meeting in the future, an absence without its reason (field
     * "reason-" + officer id), an unknown officer; {@link ConcurrentChangeException} when the meeting
     * or its attendance changed since the desk read it at {@code version}.
     */
    public AttendanceRate recordAttendance(long meetingId, int version, List<AttendanceLine> lines, Actor actor) {
        java.util.Objects.requireNonNull(actor, "actor").require(Permission.SCHEDULE);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        return database.inTransaction(handle -> {
            MeetingDao dao = handle.attach(MeetingDao.class);
            UnitEvent meeting = dao.findEvent(meetingId)
                    .orElseThrow(() -> new ValidationException(MEETING, "That meeting no longer exists; reload."));
            if (dao.findStamp(meetingId).orElseThrow().version() != version) {
                throw changedMeanwhile(dao, meetingId); // before the checks: the user's form is out of date
            }
            if (meeting.date().isAfter(today)) {
                throw new ValidationException(MEETING, "The meeting of " + meeting.date()
                        + " has not taken place yet; record attendance on or after that day.");
            }
            Set<Long> known = new HashSet<>();
            handle.attach(OfficerDao.class).findAll().stream().map(Officer::id).forEach(known::add);
            List<ValidationException.FieldError> errors = new ArrayList<>();
            List<MeetingAttendance> records = new ArrayList<>();
            for (AttendanceLine line : lines) {
                if (line.attended() == null) {
                    continue;
                }
                long id = line.officer().id();
                if (!known.contains(id)) {
                    errors.add(new ValidationException.FieldError("officer-" + id, "There is no officer with id " + id + "."));
                } else if (!line.attended() && line.absenceReason().isBlank()) {
                    errors.add(new ValidationException.FieldError("reason-" + id,
                            "Give the reason " + line.officer().sortName() + " was absent."));
                } else {
                    records.add(new MeetingAttendance(meetingId, id, line.attended(),
                            line.attended() ? "" : line.absenceReason().strip(), actor.userName(), now));
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            if (dao.stamp(meetingId, version, actor.userName(), now) != 1) {
                throw changedMeanwhile(dao, meetingId);
            }
            List<MeetingAttendance> before = dao.findAttendance(meetingId);
            dao.deleteAttendance(meetingId);
            dao.insertAttendance(records);
            AuditLog.record(handle, actor, "UPDATE", "attendance", meetingId, attendanceState(meeting, before),
                    attendanceState(meeting, records));
            return AttendanceRate.of(records);
        });
    }

    /** "Changed by sgt.two at 09:12 on 2 Mar 2026 — reload and try again." (the other desk's committed stamp) */
    private ConcurrentChangeException changedMeanwhile(MeetingDao dao, long meetingId) {
        MeetingDao.Stamp stamp = dao.findStamp(meetingId).orElse(null);
        if (stamp == null) {
            return new ConcurrentChangeException("That meeting no longer exists — reload and try again.");
        }
        if (stamp.changedBy() == null || stamp.changedAt() == null) {
            return new ConcurrentChangeException("Someone else changed this meeting — reload and try again.");
        }
        String when = java.time.format.DateTimeFormatter.ofPattern("HH:mm 'on' d MMM yyyy", java.util.Locale.ENGLISH)
                .format(stamp.changedAt().atZone(clock.getZone()));
        return new ConcurrentChangeException("Changed by " + stamp.changedBy() + " at " + when
                + " — reload and try again.");
    }

    /** "meeting=2026-03-04; present=8; absent=1; absent_officers=12" */
    private static String attendanceState(UnitEvent meeting, List<MeetingAttendance> records) {
        return AuditLog.state("meeting", meeting.date(), "present", records.stream().filter(MeetingAttendance::attended).count(),
                "absent", records.stream().filter(a -> !a.attended()).count(),
                "absent_officers", records.stream().filter(a -> !a.attended()).map(a -> Long.toString(a.officerId()))
                        .collect(java.util.stream.Collectors.joining(",")));
    }
}
