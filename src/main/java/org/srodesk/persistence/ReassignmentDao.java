package org.srodesk.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.srodesk.domain.Reassignment;

/**
 * Reassignments ordered by command staff. Rows are never deleted: a cancelled one keeps its row
 * (status CANCELLED). Changes name the version they saw and return 0 rows when someone else changed
 * the row since (optimistic locking).
 */
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

    @SqlQuery("SELECT " + COLUMNS + " FROM reassignment WHERE id = :id")
    Optional<Reassignment> findById(@Bind("id") long id);

    /**
     * Changes the officer, days, destination and order of reassignment {@code id} if it is still at
     * {@code version} and active.
     *
     * @return 1, or 0 when it changed meanwhile, was cancelled or does not exist
     */
    @SqlUpdate("""
            UPDATE reassignment
               SET officer_id = :r.officerId, start_date = :r.startDate, end_date = :r.endDate,
                   destination_school_id = :r.destinationSchoolId, destination_duty = :r.destinationDuty,
                   ordered_by = :r.orderedBy, order_reference = :r.orderReference, reason = :r.reason,
                   version = version + 1
             WHERE id = :id AND version = :version AND status = 'ACTIVE'
            """)
    int update(@Bind("id") long id, @Bind("version") int version, @BindMethods("r") Reassignment changed);

    /** Sets the last day (ending early); 0 when the row changed meanwhile or is cancelled. */
    @SqlUpdate("""
            UPDATE reassignment SET end_date = :endDate, version = version + 1
             WHERE id = :id AND version = :version AND status = 'ACTIVE'
            """)
    int end(@Bind("id") long id, @Bind("version") int version, @Bind("endDate") LocalDate endDate);

    /** Cancels; 0 when the row changed meanwhile or is already cancelled. */
    @SqlUpdate("""
            UPDATE reassignment SET status = 'CANCELLED', version = version + 1
             WHERE id = :id AND version = :version AND status = 'ACTIVE'
            """)
    int cancel(@Bind("id") long id, @Bind("version") int version);

    @SqlUpdate("""
            INSERT INTO reassignment (officer_id, start_date, end_date, destination_school_id, destination_duty,
                   ordered_by, order_reference, reason, status, recorded_by, recorded_at)
            VALUES (:officerId, :startDate, :endDate, :destinationSchoolId, :destinationDuty,
                   :orderedBy, :orderReference, :reason, :status, :recordedBy, :recordedAt)
            """)
    @GetGeneratedKeys("id")
    long insert(@BindMethods Reassignment reassignment);
}
