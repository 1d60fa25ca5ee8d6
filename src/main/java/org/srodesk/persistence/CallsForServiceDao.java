package org.srodesk.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.srodesk.domain.CallsForService;

@RegisterConstructorMapper(CallsForService.class)
public interface CallsForServiceDao {

    String SELECT = "SELECT school_id, call_date AS date, call_count AS count FROM calls_for_service";

    @SqlQuery(SELECT + " ORDER BY call_date, school_id")
    List<CallsForService> findAll();

    @SqlQuery(SELECT + " WHERE call_date BETWEEN :from AND :to ORDER BY call_date, school_id")
    List<CallsForService> findBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    /**
     * The same rows as {@link #findBetween}, mapped by hand (no reflection): the deployment review
     * reads a whole school year, 65,000 rows on the large tier.
     */
    @SqlQuery(SELECT + " WHERE call_date BETWEEN :from AND :to")
    @UseRowMapper(CallsForServiceDao.Mapper.class)
    List<CallsForService> findBetweenUnordered(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    /** Maps a row of {@link #SELECT} by column position. */
    final class Mapper implements RowMapper<CallsForService> {
        @Override
        public CallsForService map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new CallsForService(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3));
        }
    }

    @SqlBatch("INSERT INTO calls_for_service (school_id, call_date, call_count) VALUES (:schoolId, :date, :count)")
    void insertAll(@BindMethods List<CallsForService> calls);

    @SqlUpdate("DELETE FROM calls_for_service WHERE school_id = :schoolId AND call_date = :date")
    int delete(@Bind("schoolId") long schoolId, @Bind("date") LocalDate date);

    @SqlQuery("SELECT COUNT(*) FROM calls_for_service")
    int count();

    @SqlBatch("UPDATE calls_for_service SET call_count = :count WHERE school_id = :schoolId AND call_date = :date")
    void updateAll(@BindMethods List<CallsForService> calls);
}
