package org.srodesk.persistence;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
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

    @SqlBatch("INSERT INTO calls_for_service (school_id, call_date, call_count) VALUES (:schoolId, :date, :count)")
    void insertAll(@BindMethods List<CallsForService> calls);

    @SqlUpdate("DELETE FROM calls_for_service WHERE school_id = :schoolId AND call_date = :date")
    int delete(@Bind("schoolId") long schoolId, @Bind("date") LocalDate date);

    @SqlQuery("SELECT COUNT(*) FROM calls_for_service")
    int count();

    @SqlBatch("UPDATE calls_for_service SET call_count = :count WHERE school_id = :schoolId AND call_date = :date")
    void updateAll(@BindMethods List<CallsForService> calls);
}
