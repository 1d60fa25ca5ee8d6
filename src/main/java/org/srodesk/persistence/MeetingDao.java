package org.srodesk.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.srodesk.domain.UnitEvent;
import org.srodesk.domain.compliance.MeetingAttendance;

/**
 * Monthly unit meetings (rows of {@code unit_event}, the table the time-off policy reads) and the
 * attendance recorded at them. A meeting and its attendance sheet share one optimistic version
 * ({@code unit_event.version}, V9): {@link #reschedule} and {@link #stamp} change the row only while
 * it is still at the version the desk read, and add one to it.
 */
@RegisterConstructorMapper(UnitEvent.class)
@RegisterConstructorMapper(MeetingAttendance.class)
@RegisterConstructorMapper(MeetingDao.Versioned.class)
@RegisterConstructorMapper(MeetingDao.Stamp.class)
public interface MeetingDao {

    /** A meeting with the version it was read at. */
    record Versioned(@Nested UnitEvent event, int version) {
    }

    /** A meeting's version, and who last changed it or its attendance and when (null: never since it was planned). */
    record Stamp(int version, String changedBy, Instant changedAt) {
    }

    String EVENT = "SELECT id, event_date AS date, start_time, title, mandatory FROM unit_event";
    String VERSIONED = "SELECT id, event_date AS date, start_time, title, mandatory, version FROM unit_event";
    String ATTENDANCE = "SELECT unit_event_id, officer_id, attended, absence_reason, recorded_by, recorded_at"
            + " FROM meeting_attendance";

    @SqlQuery(EVENT + " WHERE event_date BETWEEN :from AND :to AND mandatory = TRUE ORDER BY event_date")
    List<UnitEvent> findMandatoryBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery(VERSIONED + " WHERE event_date BETWEEN :from AND :to AND mandatory = TRUE ORDER BY event_date")
    List<Versioned> findMandatoryVersionedBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery(EVENT + " WHERE id = :id")
    Optional<UnitEvent> findEvent(@Bind("id") long id);

    @SqlQuery("SELECT version, changed_by, changed_at FROM unit_event WHERE id = :id")
    Optional<Stamp> findStamp(@Bind("id") long id);

    /** Moves the meeting if it is still at {@code version}; 0: another desk changed it first (or it is gone). */
    @SqlUpdate("""
            UPDATE unit_event SET event_date = :date, start_time = :time,
                   version = version + 1, changed_by = :by, changed_at = :at
             WHERE id = :id AND version = :version
            """)
    int reschedule(@Bind("id") long id, @Bind("version") int version, @Bind("date") LocalDate date,
                   @Bind("time") LocalTime time, @Bind("by") String by, @Bind("at") Instant at);

    /**
     * Marks the meeting's attendance sheet changed by {@code by} at {@code at} if the meeting is still
     * at {@code version}, adding one to it; 0: another desk changed it first (or it is gone). Called
     * before the sheet is replaced, so the row stays locked until the transaction ends.
     */
    @SqlUpdate("""
            UPDATE unit_event SET version = version + 1, changed_by = :by, changed_at = :at
             WHERE id = :id AND version = :version
            """)
    int stamp(@Bind("id") long id, @Bind("version") int version, @Bind("by") String by, @Bind("at") Instant at);

    @SqlQuery("""
            SELECT a.unit_event_id, a.officer_id, a.attended, a.absence_reason, a.recorded_by, a.recorded_at
              FROM meeting_attendance a JOIN unit_event e ON e.id = a.unit_event_id
             WHERE e.event_date BETWEEN :from AND :to
             ORDER BY e.event_date, a.officer_id
            """)
    List<MeetingAttendance> findAttendanceBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery(ATTENDANCE + " WHERE unit_event_id = :eventId ORDER BY officer_id")
    List<MeetingAttendance> findAttendance(@Bind("eventId") long eventId);

    @SqlUpdate("DELETE FROM meeting_attendance WHERE unit_event_id = :eventId")
    int deleteAttendance(@Bind("eventId") long eventId);

    @SqlBatch("""
            INSERT INTO meeting_attendance (unit_event_id, officer_id, attended, absence_reason, recorded_by, recorded_at)
            VALUES (:unitEventId, :officerId, :attended, :absenceReason, :recordedBy, :recordedAt)
            """)
    void insertAttendance(@BindMethods List<MeetingAttendance> records);
}
