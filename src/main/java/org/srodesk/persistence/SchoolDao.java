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
import org.srodesk.domain.School;

@RegisterConstructorMapper(School.class)
public interface SchoolDao {

    String COLUMNS = "id, code, name, level, address, principal_name, principal_email, phone, zone";

    @SqlQuery("SELECT " + COLUMNS + " FROM school ORDER BY code")
    List<School> findAll();

    @SqlQuery("SELECT " + COLUMNS + " FROM school WHERE code = :code")
    Optional<School> findByCode(@Bind("code") String code);

    @SqlQuery("SELECT " + COLUMNS + " FROM school WHERE id = :id")
    Optional<School> findById(@Bind("id") long id);

    @SqlUpdate("""
            INSERT INTO school (code, name, level, address, principal_name, principal_email, phone, zone)
            VALUES (:code, :name, :level, :address, :principalName, :principalEmail, :phone, :zone)
            """)
    @GetGeneratedKeys("id")
    long insert(@BindMethods School school);

    @SqlUpdate("""
            UPDATE school SET name = :name, level = :level, address = :address,
                   principal_name = :principalName, principal_email = :principalEmail,
                   phone = :phone, zone = :zone, version = version + 1
             WHERE code = :code
            """)
    int updateByCode(@BindMethods School school);

    @SqlQuery("SELECT COUNT(*) FROM school")
    int count();

    @SqlBatch("""
            INSERT INTO school (code, name, level, address, principal_name, principal_email, phone, zone)
            VALUES (:code, :name, :level, :address, :principalName, :principalEmail, :phone, :zone)
            """)
    void insertAll(@BindMethods List<School> schools);

    @SqlBatch("""
            UPDATE school SET name = :name, level = :level, address = :address,
                   principal_name = :principalName, principal_email = :principalEmail,
                   phone = :phone, zone = :zone, version = version + 1
             WHERE code = :code
            """)
    void updateAllByCode(@BindMethods List<School> schools);
}
