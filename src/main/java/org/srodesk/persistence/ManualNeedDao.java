package org.srodesk.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.srodesk.domain.RecordedManualNeed;

/** Needs for a rover added by hand ({@code coverage_manual_need}). */
@RegisterConstructorMapper(RecordedManualNeed.class)
public interface ManualNeedDao {

    @SqlQuery("""
            SELECT id, school_id, need_date AS date, note, added_by, added_at FROM coverage_manual_need
            WHERE need_date BETWEEN :from AND :to ORDER BY need_date, school_id, id
            """)
    List<RecordedManualNeed> findBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery("""
            SELECT id, school_id, need_date AS date, note, added_by, added_at FROM coverage_manual_need
            WHERE id = :id
            """)
    Optional<RecordedManualNeed> findById(@Bind("id") long id);

    @SqlUpdate("""
            INSERT INTO coverage_manual_need (school_id, need_date, note, added_by, added_at)
            VALUES (:schoolId, :date, :note, :addedBy, :addedAt)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("schoolId") long schoolId, @Bind("date") LocalDate date, @Bind("note") String note,
                @Bind("addedBy") String addedBy, @Bind("addedAt") Instant addedAt);

    @SqlUpdate("DELETE FROM coverage_manual_need WHERE id = :id")
    int delete(@Bind("id") long id);
}
