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
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.domain.timeoff.TimeOffDecision;

/** Decisions on time-off requests: the guarded status change and the history that records it. */
@RegisterConstructorMapper(TimeOffDecision.class)
@RegisterConstructorMapper(TimeOffRequest.class)
public interface TimeOffDecisionDao {

    /**
     * Moves request {@code id} to {@code status} if nobody changed it since {@code version} was read.
     *
     * @return 1, or 0 when the request changed meanwhile (or does not exist)
     */
    @SqlUpdate("""
            UPDATE time_off_request
               SET status = :status, decided_by = :decidedBy, decided_at = :decidedAt,
                   decision_comment = :comment, version = version + 1
             WHERE id = :id AND version = :version
            """)
    int decide(@Bind("id") long id, @Bind("version") int version, @Bind("status") TimeOffStatus status,
               @Bind("decidedBy") String decidedBy, @Bind("decidedAt") Instant decidedAt,
               @Bind("comment") String comment);

    @SqlUpdate("""
            INSERT INTO time_off_decision (request_id, from_status, to_status, decided_by, decided_at, comment, findings)
            VALUES (:requestId, :fromStatus, :toStatus, :decidedBy, :decidedAt, :comment, :findings)
            """)
    @GetGeneratedKeys("id")
    long insert(@BindMethods TimeOffDecision decision);

    @SqlQuery("""
            SELECT id, request_id, from_status, to_status, decided_by, decided_at, comment, findings
              FROM time_off_decision WHERE request_id = :requestId ORDER BY decided_at, id
            """)
    List<TimeOffDecision> findByRequest(@Bind("requestId") long requestId);

    @SqlQuery("SELECT COUNT(*) FROM time_off_decision")
    int count();

    /** The officer's requests of any status overlapping [from, to]. */
    @SqlQuery("SELECT " + TimeOffDao.COLUMNS + " FROM time_off_request"
            + " WHERE officer_id = :officerId AND start_date <= :to AND end_date >= :from ORDER BY start_date, id")
    List<TimeOffRequest> findOfficerOverlapping(@Bind("officerId") long officerId, @Bind("from") LocalDate from,
                                                @Bind("to") LocalDate to);

    @SqlQuery("SELECT COUNT(*) FROM time_off_request WHERE status = 'REQUESTED'")
    int countPending();

    /**
     * Requests filtered by status, kind, officer and period (null = any), pending first, then by
     * first day.
     */
    @SqlQuery("SELECT " + TimeOffDao.COLUMNS + """
              FROM time_off_request
             WHERE (CAST(:status AS VARCHAR(16)) IS NULL OR status = :status)
               AND (CAST(:kind AS VARCHAR(16)) IS NULL OR kind = :kind)
               AND (CAST(:officerId AS BIGINT) IS NULL OR officer_id = :officerId)
               AND (CAST(:from AS DATE) IS NULL OR end_date >= :from)
               AND (CAST(:to AS DATE) IS NULL OR start_date <= :to)
             ORDER BY CASE WHEN status = 'REQUESTED' THEN 0 ELSE 1 END, start_date, id
            """)
    List<TimeOffRequest> findFiltered(@Bind("status") TimeOffStatus status, @Bind("kind") String kind,
                                      @Bind("officerId") Long officerId, @Bind("from") LocalDate from,
                                      @Bind("to") LocalDate to);
}
