package org.srodesk.persistence;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.srodesk.domain.Reassignment;

@RegisterConstructorMapper(Reassignment.class)
public interface ReassignmentDao {

    String COLUMNS = "id, officer_id, start_date, end_date, destination_school_id, destination_duty, ordered_by,"
            + " order_reference, reason, status, recorded_by, recorded_at, version";

    @SqlQuery("SELECT " + COLUMNS + " FROM reassignment ORDER BY start_date, id")
    List<Reassignment> findAll();

    /** Reassignments of any status that overlap [from, to]. */
    @SqlQuery("SELECT " + COLUMNS + " FROM reassignment"
            + " WHERE start_date <= :to AND (end_date IS NULL OR end_date >= :from) ORDER BY start_date, id")
    List<Reassignment> findOverlapping(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlUpdate("""
            INSERT INTO reassignment (officer_id, start_date, end_date, destination_school_id, destination_duty,
                   ordered_by, order_reference, reason, status, recorded_by, recorded_at)
            VALUES (:officerId, :startDate, :endDate, :destinationSchoolId, :destinationDuty,
                   :orderedBy, :orderReference, :reason, :status, :recordedBy, :recordedAt)
            """)
    @GetGeneratedKeys("id")
    long insert(@BindMethods Reassignment reassignment);
}
