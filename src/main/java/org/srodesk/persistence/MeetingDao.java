package org.srodesk.persistence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

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
 * attendance recorded at them.
 */
@RegisterConstructorMapper(UnitEvent.class)
@RegisterConstructorMapper(MeetingAttendance.class)
public interface MeetingDao {

    String EVENT = "SELECT id, event_date AS date, start_time, title, mandatory FROM unit_event";
    String ATTENDANCE = "SELECT unit_event_id, officer_id, attended, absence_reason, recorded_by, recorded_at"
            + " FROM meeting_attendance";

    @SqlQuery(EVENT + " WHERE event_date BETWEEN :from AND :to AND mandatory = TRUE ORDER BY event_date")
    List<UnitEvent> findMandatoryBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery(EVENT + " WHERE id = :id")
    Optional<UnitEvent> findEvent(@Bind("id") long id);

    @SqlUpdate("UPDATE unit_event SET event_date = :date, start_time = :time WHERE id = :id")
    int reschedule(@Bind("id") long id, @Bind("date") LocalDate date, @Bind("time") LocalTime time);

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
