package org.srodesk.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.srodesk.domain.CoverageAssignment;

@RegisterConstructorMapper(CoverageAssignment.class)
public interface CoverageDao {

    String COLUMNS = "id, rover_id, school_id, cover_date AS date, absent_officer_id, accepted_by, accepted_at";

    @SqlQuery("SELECT " + COLUMNS + " FROM coverage_assignment"
            + " WHERE cover_date BETWEEN :from AND :to ORDER BY cover_date, school_id")
    List<CoverageAssignment> findBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlUpdate("""
            INSERT INTO coverage_assignment (rover_id, school_id, cover_date, absent_officer_id, accepted_by, accepted_at)
            VALUES (:roverId, :schoolId, :date, :absentOfficerId, :acceptedBy, :acceptedAt)
            """)
    @GetGeneratedKeys("id")
    long insert(@BindMethods CoverageAssignment coverage);

    /**
     * Inserts one coverage; {@code absentOfficerId} null for a vacant post or a manual need (the
     * column references an officer, so 0 cannot be stored).
     */
    @SqlUpdate("""
            INSERT INTO coverage_assignment (rover_id, school_id, cover_date, absent_officer_id, accepted_by, accepted_at)
            VALUES (:roverId, :schoolId, :date, :absentOfficerId, :acceptedBy, :acceptedAt)
            """)
    @GetGeneratedKeys("id")
    long insertCoverage(@Bind("roverId") long roverId, @Bind("schoolId") long schoolId, @Bind("date") LocalDate date,
                        @Bind("absentOfficerId") Long absentOfficerId, @Bind("acceptedBy") String acceptedBy,
                        @Bind("acceptedAt") Instant acceptedAt);

    @SqlUpdate("DELETE FROM coverage_assignment WHERE id = :id")
    int delete(@Bind("id") long id);
}
