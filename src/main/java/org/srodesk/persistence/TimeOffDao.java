package org.srodesk.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.srodesk.domain.TimeOffRequest;

@RegisterConstructorMapper(TimeOffRequest.class)
public interface TimeOffDao {

    String COLUMNS = "id, officer_id, kind, start_date, end_date, partial_start, partial_end, status, note,"
            + " requested_at, requested_by, decided_by, decided_at, decision_comment, version";

    @SqlQuery("SELECT " + COLUMNS + " FROM time_off_request ORDER BY start_date, id")
    List<TimeOffRequest> findAll();

    @SqlQuery("SELECT " + COLUMNS + " FROM time_off_request WHERE id = :id")
    Optional<TimeOffRequest> findById(@Bind("id") long id);

    /** Requests of any status that overlap [from, to]. */
    @SqlQuery("SELECT " + COLUMNS + " FROM time_off_request"
            + " WHERE start_date <= :to AND end_date >= :from ORDER BY start_date, id")
    List<TimeOffRequest> findOverlapping(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlUpdate("""
            INSERT INTO time_off_request (officer_id, kind, start_date, end_date, partial_start, partial_end,
                   status, note, requested_at, requested_by, decided_by, decided_at, decision_comment)
            VALUES (:officerId, :kind, :startDate, :endDate, :partialStart, :partialEnd,
                   :status, :note, :requestedAt, :requestedBy, :decidedBy, :decidedAt, :decisionComment)
            """)
    @GetGeneratedKeys("id")
    long insert(@BindMethods TimeOffRequest request);

    @SqlQuery("SELECT COUNT(*) FROM time_off_request")
    int count();

    @SqlBatch("""
            INSERT INTO time_off_request (officer_id, kind, start_date, end_date, partial_start, partial_end,
                   status, note, requested_at, requested_by, decided_by, decided_at, decision_comment)
            VALUES (:officerId, :kind, :startDate, :endDate, :partialStart, :partialEnd,
                   :status, :note, :requestedAt, :requestedBy, :decidedBy, :decidedAt, :decisionComment)
            """)
    void insertAll(@BindMethods List<TimeOffRequest> requests);
}
