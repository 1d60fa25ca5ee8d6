package org.srodesk.persistence;

import java.util.List;
import java.util.Map;

import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.srodesk.domain.Assignment;
import org.srodesk.domain.Officer;
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.School;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.UnitEvent;

/**
 * Bulk inserts for loading a whole district at once (the demo generator). Plain batched INSERTs
 * that run on H2 and PostgreSQL alike; generated ids are read back by natural key.
 */
public interface DemoLoadDao {

    @SqlBatch("""
            INSERT INTO school (code, name, level, address, principal_name, principal_email, phone, zone)
            VALUES (:code, :name, :level, :address, :principalName, :principalEmail, :phone, :zone)
            """)
    void insertSchools(@BindMethods List<School> schools);

    @SqlBatch("""
            INSERT INTO officer (badge, last_name, first_name, rank, role, phone, email, zone)
            VALUES (:badge, :lastName, :firstName, :rank, :role, :phone, :email, :zone)
            """)
    void insertOfficers(@BindMethods List<Officer> officers);

    @SqlBatch("INSERT INTO assignment (officer_id, school_id, start_date, end_date)"
            + " VALUES (:officerId, :schoolId, :startDate, :endDate)")
    void insertAssignments(@BindMethods List<Assignment> assignments);

    @SqlBatch("""
            INSERT INTO time_off_request (officer_id, kind, start_date, end_date, partial_start, partial_end,
                   status, note, requested_at, requested_by, decided_by, decided_at, decision_comment)
            VALUES (:officerId, :kind, :startDate, :endDate, :partialStart, :partialEnd,
                   :status, :note, :requestedAt, :requestedBy, :decidedBy, :decidedAt, :decisionComment)
            """)
    void insertTimeOff(@BindMethods List<TimeOffRequest> requests);

    @SqlBatch("""
            INSERT INTO reassignment (officer_id, start_date, end_date, destination_school_id, destination_duty,
                   ordered_by, order_reference, reason, status, recorded_by, recorded_at)
            VALUES (:officerId, :startDate, :endDate, :destinationSchoolId, :destinationDuty,
                   :orderedBy, :orderReference, :reason, :status, :recordedBy, :recordedAt)
            """)
    void insertReassignments(@BindMethods List<Reassignment> reassignments);

    @SqlBatch("INSERT INTO unit_event (event_date, start_time, title, mandatory)"
            + " VALUES (:date, :startTime, :title, :mandatory)")
    void insertUnitEvents(@BindMethods List<UnitEvent> events);

    @SqlQuery("SELECT code, id FROM school")
    @KeyColumn("code")
    @ValueColumn("id")
    Map<String, Long> schoolIdsByCode();

    @SqlQuery("SELECT badge, id FROM officer")
    @KeyColumn("badge")
    @ValueColumn("id")
    Map<String, Long> officerIdsByBadge();

    @SqlQuery("SELECT COUNT(*) FROM calendar_day")
    int calendarDayCount();
}
