package org.srodesk.persistence;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.srodesk.domain.Assignment;

@RegisterConstructorMapper(Assignment.class)
public interface AssignmentDao {

    String COLUMNS = "id, officer_id, school_id, start_date, end_date";

    @SqlQuery("SELECT " + COLUMNS + " FROM assignment ORDER BY officer_id, start_date")
    List<Assignment> findAll();

    /** Assignments that overlap [from, to]. */
    @SqlQuery("SELECT " + COLUMNS + " FROM assignment"
            + " WHERE start_date <= :to AND (end_date IS NULL OR end_date >= :from) ORDER BY officer_id, start_date")
    List<Assignment> findOverlapping(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery("SELECT " + COLUMNS + " FROM assignment WHERE officer_id = :officerId ORDER BY start_date")
    List<Assignment> findByOfficer(@Bind("officerId") long officerId);

    @SqlUpdate("INSERT INTO assignment (officer_id, school_id, start_date, end_date)"
            + " VALUES (:officerId, :schoolId, :startDate, :endDate)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods Assignment assignment);

    @SqlUpdate("UPDATE assignment SET end_date = :endDate, version = version + 1 WHERE id = :id")
    int close(@Bind("id") long id, @Bind("endDate") LocalDate endDate);

    /**
     * Closes the assignment only if its end date is still {@code expectedEnd} (null: open-ended), so
     * two desks changing the same posting cannot both succeed: the second finds 0 rows.
     */
    @SqlUpdate("UPDATE assignment SET end_date = :endDate, version = version + 1 WHERE id = :id"
            + " AND (end_date = CAST(:expectedEnd AS DATE) OR (end_date IS NULL AND CAST(:expectedEnd AS DATE) IS NULL))")
    int closeIfUnchanged(@Bind("id") long id, @Bind("expectedEnd") LocalDate expectedEnd, @Bind("endDate") LocalDate endDate);

    @SqlUpdate("DELETE FROM assignment WHERE id = :id")
    int delete(@Bind("id") long id);

    @SqlBatch("INSERT INTO assignment (officer_id, school_id, start_date, end_date)"
            + " VALUES (:officerId, :schoolId, :startDate, :endDate)")
    void insertAll(@BindMethods List<Assignment> assignments);

    /** Sets each assignment's end date to its {@code endDate}. */
    @SqlBatch("UPDATE assignment SET end_date = :endDate, version = version + 1 WHERE id = :id")
    void closeAll(@BindMethods List<Assignment> assignments);

    @SqlBatch("DELETE FROM assignment WHERE id = :id")
    void deleteAll(@BindMethods List<Assignment> assignments);
}
