package org.srodesk.persistence;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.srodesk.domain.Officer;

@RegisterConstructorMapper(Officer.class)
public interface OfficerDao {

    String COLUMNS = "id, badge, last_name, first_name, rank, role, phone, email, zone";

    @SqlQuery("SELECT " + COLUMNS + " FROM officer ORDER BY last_name, first_name, badge")
    List<Officer> findAll();

    @SqlQuery("SELECT " + COLUMNS + " FROM officer WHERE badge = :badge")
    Optional<Officer> findByBadge(@Bind("badge") String badge);

    @SqlQuery("SELECT " + COLUMNS + " FROM officer WHERE id = :id")
    Optional<Officer> findById(@Bind("id") long id);

    /**
     * Locks the officer's row until the transaction ends ({@code SELECT … FOR UPDATE}, on H2 and
     * PostgreSQL alike): two desks writing about one officer's days take turns, so the second checks
     * its conflicts against what the first committed. Returns the id locked (empty: no such officer).
     */
    @SqlQuery("SELECT id FROM officer WHERE id = :id FOR UPDATE")
    List<Long> lock(@Bind("id") long id);

    @SqlUpdate("""
            INSERT INTO officer (badge, last_name, first_name, rank, role, phone, email, zone)
            VALUES (:badge, :lastName, :firstName, :rank, :role, :phone, :email, :zone)
            """)
    @GetGeneratedKeys("id")
    long insert(@BindMethods Officer officer);

    @SqlUpdate("""
            UPDATE officer SET last_name = :lastName, first_name = :firstName, rank = :rank,
                   role = :role, phone = :phone, email = :email, zone = :zone, version = version + 1
             WHERE badge = :badge
            """)
    int updateByBadge(@BindMethods Officer officer);

    @SqlQuery("SELECT COUNT(*) FROM officer")
    int count();

    @SqlBatch("""
            INSERT INTO officer (badge, last_name, first_name, rank, role, phone, email, zone)
            VALUES (:badge, :lastName, :firstName, :rank, :role, :phone, :email, :zone)
            """)
    void insertAll(@BindMethods List<Officer> officers);

    @SqlBatch("""
            UPDATE officer SET last_name = :lastName, first_name = :firstName, rank = :rank,
                   role = :role, phone = :phone, email = :email, zone = :zone, version = version + 1
             WHERE badge = :badge
            """)
    void updateAllByBadge(@BindMethods List<Officer> officers);
}
