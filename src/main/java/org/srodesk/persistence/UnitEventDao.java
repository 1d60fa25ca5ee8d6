package org.srodesk.persistence;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.srodesk.domain.UnitEvent;

@RegisterConstructorMapper(UnitEvent.class)
public interface UnitEventDao {

    String SELECT = "SELECT id, event_date AS date, start_time, title, mandatory FROM unit_event";

    @SqlQuery(SELECT + " WHERE event_date BETWEEN :from AND :to ORDER BY event_date")
    List<UnitEvent> findBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlUpdate("INSERT INTO unit_event (event_date, start_time, title, mandatory) VALUES (:date, :startTime, :title, :mandatory)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods UnitEvent event);
}
