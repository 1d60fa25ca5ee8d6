package org.srodesk.persistence;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.FetchSize;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.srodesk.domain.account.AuditEntry;

/** The audit log: inserted and read, never updated or deleted (there is no statement for it here). */
@RegisterConstructorMapper(AuditEntry.class)
public interface AuditDao {

    String COLUMNS = "id, occurred_at AS at, user_name, action, entity, entity_id, before_state AS before,"
            + " after_state AS after";

    @SqlUpdate("""
            INSERT INTO audit_log (occurred_at, user_name, action, entity, entity_id, before_state, after_state)
            VALUES (:at, :userName, :action, :entity, :entityId, :before, :after)
            """)
    @GetGeneratedKeys("id")
    long insert(@BindMethods AuditEntry entry);

    /** The filters of {@link #find}, {@link #countMatching} and {@link #streamMatching}; a null filter matches everything. */
    String MATCHING = """
             FROM audit_log
            WHERE (CAST(:userName AS VARCHAR(100)) IS NULL OR user_name = :userName)
              AND (CAST(:entity AS VARCHAR(60)) IS NULL OR entity = :entity)
              AND (CAST(:from AS TIMESTAMP) IS NULL OR occurred_at >= :from)
              AND (CAST(:to AS TIMESTAMP) IS NULL OR occurred_at < :to)
            """;

    /**
     * Rows matching the filters, newest first; a null filter matches everything. {@code to} is exclusive.
     * At most {@code limit} rows.
     */
    @SqlQuery("SELECT " + COLUMNS + MATCHING + " ORDER BY occurred_at DESC, id DESC FETCH FIRST :limit ROWS ONLY")
    List<AuditEntry> find(@Bind("userName") String userName, @Bind("entity") String entity,
                          @Bind("from") Instant from, @Bind("to") Instant to, @Bind("limit") int limit);

    /** How many rows match the filters of {@link #find} (without its limit). */
    @SqlQuery("SELECT COUNT(*)" + MATCHING)
    long countMatching(@Bind("userName") String userName, @Bind("entity") String entity,
                       @Bind("from") Instant from, @Bind("to") Instant to);

    /**
     * Every row matching the filters, newest first, read in batches (on PostgreSQL with a cursor, inside a
     * transaction). Close the stream.
     */
    @SqlQuery("SELECT " + COLUMNS + MATCHING + " ORDER BY occurred_at DESC, id DESC")
    @FetchSize(1000)
    Stream<AuditEntry> streamMatching(@Bind("userName") String userName, @Bind("entity") String entity,
                                      @Bind("from") Instant from, @Bind("to") Instant to);

    @SqlQuery("SELECT COUNT(*) FROM audit_log")
    long count();

    @SqlQuery("SELECT DISTINCT user_name FROM audit_log ORDER BY user_name")
    List<String> userNames();

    @SqlQuery("SELECT DISTINCT entity FROM audit_log ORDER BY entity")
    List<String> entities();
}
