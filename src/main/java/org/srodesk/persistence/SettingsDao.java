package org.srodesk.persistence;

import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Named application settings kept in the database (portable upsert: delete then insert). */
public interface SettingsDao {

    @SqlQuery("SELECT setting_value FROM app_setting WHERE name = :name")
    Optional<String> find(@Bind("name") String name);

    @SqlUpdate("DELETE FROM app_setting WHERE name = :name")
    int delete(@Bind("name") String name);

    @SqlUpdate("INSERT INTO app_setting (name, setting_value) VALUES (:name, :value)")
    int insert(@Bind("name") String name, @Bind("value") String value);

    default void put(String name, String value) {
        delete(name);
        insert(name, value);
    }
}
