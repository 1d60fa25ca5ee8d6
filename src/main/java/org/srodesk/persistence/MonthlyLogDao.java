package org.srodesk.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.srodesk.domain.compliance.MonthlyLog;

/** Monthly logs SROs submit to the sergeant; one per officer and month. */
@RegisterConstructorMapper(MonthlyLog.class)
public interface MonthlyLogDao {

    String SELECT = """
            SELECT id, officer_id, log_month, received_on, sessions_gangs, sessions_drugs, sessions_cyber,
                   sessions_sexting, sessions_justice, ppc_meetings, pta_meetings, reports_taken, note,
                   recorded_by, recorded_at, version
              FROM monthly_log
            """;

    @SqlQuery(SELECT + " WHERE log_month BETWEEN :from AND :to ORDER BY log_month, officer_id")
    List<MonthlyLog> findBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery(SELECT + " WHERE officer_id = :officerId AND log_month = :month")
    Optional<MonthlyLog> find(@Bind("officerId") long officerId, @Bind("month") LocalDate month);

    String INSERT = """
            INSERT INTO monthly_log (officer_id, log_month, received_on, sessions_gangs, sessions_drugs,
                   sessions_cyber, sessions_sexting, sessions_justice, ppc_meetings, pta_meetings, reports_taken,
                   note, recorded_by, recorded_at)
            VALUES (:officerId, :logMonth, :receivedOn, :sessionsGangs, :sessionsDrugs, :sessionsCyber,
                   :sessionsSexting, :sessionsJustice, :ppcMeetings, :ptaMeetings, :reportsTaken,
                   :note, :recordedBy, :recordedAt)
            """;

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    long insert(@BindMethods MonthlyLog log);

    @SqlBatch(INSERT)
    void insertAll(@BindMethods List<MonthlyLog> logs);

    /** Corrects a log; 0 rows when another desk changed it since {@code version} was read. */
    @SqlUpdate("""
            UPDATE monthly_log SET received_on = :receivedOn, sessions_gangs = :sessionsGangs,
                   sessions_drugs = :sessionsDrugs, sessions_cyber = :sessionsCyber,
                   sessions_sexting = :sessionsSexting, sessions_justice = :sessionsJustice,
                   ppc_meetings = :ppcMeetings, pta_meetings = :ptaMeetings, reports_taken = :reportsTaken,
                   note = :note, recorded_by = :recordedBy, recorded_at = :recordedAt, version = version + 1
             WHERE id = :id AND version = :version
            """)
    int update(@BindMethods MonthlyLog log);

    @SqlQuery("SELECT COUNT(*) FROM monthly_log")
    int count();
}
