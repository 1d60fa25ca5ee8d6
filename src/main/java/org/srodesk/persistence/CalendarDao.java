package org.srodesk.persistence;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.srodesk.domain.CalendarDay;

@RegisterConstructorMapper(CalendarDay.class)
public interface CalendarDao {

    String SELECT = "SELECT calendar_date AS date, in_session, note FROM calendar_day";

    @SqlQuery(SELECT + " ORDER BY calendar_date")
    List<CalendarDay> findAll();

    @SqlQuery(SELECT + " WHERE calendar_date BETWEEN :from AND :to ORDER BY calendar_date")
    List<CalendarDay> findBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlBatch("INSERT INTO calendar_day (calendar_date, in_session, note) VALUES (:date, :inSession, :note)")
    void insertAll(@BindMethods List<CalendarDay> days);

    @SqlUpdate("DELETE FROM calendar_day WHERE calendar_date = :date")
    int delete(@Bind("date") LocalDate date);

    @SqlBatch("UPDATE calendar_day SET in_session = :inSession, note = :note WHERE calendar_date = :date")
    void updateAll(@BindMethods List<CalendarDay> days);
}
