package org.srodesk.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.srodesk.domain.timeoff.NoticeStatus;
import org.srodesk.domain.timeoff.PrincipalNotice;

/** The outbox of principal notices. Rows are never deleted: a sent notice is the record that it was sent. */
@RegisterConstructorMapper(PrincipalNotice.class)
public interface PrincipalNoticeDao {

    String COLUMNS = "id, COALESCE(request_id, 0) AS request_id, COALESCE(reassignment_id, 0) AS reassignment_id, school_id, recipient, subject, body, status, attempts, last_error,"
            + " delivered_to, created_by, created_at, sent_at, version";

    @SqlUpdate("""
            INSERT INTO principal_notice (request_id, school_id, recipient, subject, body, status, attempts,
                   last_error, delivered_to, created_by, created_at, sent_at)
            VALUES (:requestId, :schoolId, :recipient, :subject, :body, :status, :attempts,
                   :lastError, :deliveredTo, :createdBy, :createdAt, :sentAt)
            """)
    @GetGeneratedKeys("id")
    long insert(@BindMethods PrincipalNotice notice);

    /** Inserts a notice about a reassignment ({@code requestId} is ignored and stored as NULL). */
    @SqlUpdate("""
            INSERT INTO principal_notice (reassignment_id, school_id, recipient, subject, body, status, attempts,
                   last_error, delivered_to, created_by, created_at, sent_at)
            VALUES (:reassignmentId, :schoolId, :recipient, :subject, :body, :status, :attempts,
                   :lastError, :deliveredTo, :createdBy, :createdAt, :sentAt)
            """)
    @GetGeneratedKeys("id")
    long insertForReassignment(@BindMethods PrincipalNotice notice);

    @SqlQuery("SELECT " + COLUMNS + " FROM principal_notice WHERE reassignment_id = :reassignmentId ORDER BY id")
    List<PrincipalNotice> findByReassignment(@Bind("reassignmentId") long reassignmentId);

    @SqlQuery("SELECT " + COLUMNS + " FROM principal_notice WHERE id = :id")
    Optional<PrincipalNotice> findById(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM principal_notice WHERE request_id = :requestId ORDER BY id")
    List<PrincipalNotice> findByRequest(@Bind("requestId") long requestId);

    /** Notices still to deliver (queued or failed), oldest first. */
    @SqlQuery("SELECT " + COLUMNS + " FROM principal_notice WHERE status IN ('QUEUED', 'FAILED') ORDER BY created_at, id")
    List<PrincipalNotice> findPending();

    /** Records a delivery ({@code status} SENT or SAVED); 0 when another desk delivered it first. */
    @SqlUpdate("""
            UPDATE principal_notice
               SET status = :status, attempts = attempts + 1, last_error = '', delivered_to = :deliveredTo,
                   sent_at = :sentAt, version = version + 1
             WHERE id = :id AND version = :version
            """)
    int markDelivered(@Bind("id") long id, @Bind("version") int version, @Bind("status") NoticeStatus status,
                      @Bind("deliveredTo") String deliveredTo, @Bind("sentAt") Instant sentAt);

    /** Records a failed attempt; the notice stays in the outbox. */
    @SqlUpdate("""
            UPDATE principal_notice
               SET status = 'FAILED', attempts = attempts + 1, last_error = :error, version = version + 1
             WHERE id = :id AND version = :version
            """)
    int markFailed(@Bind("id") long id, @Bind("version") int version, @Bind("error") String error);
}
