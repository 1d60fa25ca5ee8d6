package org.srodesk.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.srodesk.domain.account.Account;
import org.srodesk.domain.account.Role;

/** Accounts ({@code app_user}). The password hash is read only through {@link #passwordHash}. */
@RegisterConstructorMapper(Account.class)
public interface AccountDao {

    String COLUMNS = "id, user_name, display_name, role, active, failed_attempts, locked_until,"
            + " must_change_password, created_at, last_sign_in_at, version";

    @SqlQuery("SELECT COUNT(*) FROM app_user")
    int count();

    @SqlQuery("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN' AND active = TRUE")
    int countActiveAdmins();

    @SqlQuery("SELECT " + COLUMNS + " FROM app_user ORDER BY user_name")
    List<Account> findAll();

    @SqlQuery("SELECT " + COLUMNS + " FROM app_user WHERE user_name = :userName")
    Optional<Account> findByUserName(@Bind("userName") String userName);

    @SqlQuery("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
    Optional<Account> findById(@Bind("id") long id);

    @SqlQuery("SELECT password_hash FROM app_user WHERE id = :id")
    Optional<String> passwordHash(@Bind("id") long id);

    @SqlUpdate("""
            INSERT INTO app_user (user_name, display_name, role, password_hash, active, failed_attempts,
                                  must_change_password, created_at, version)
            VALUES (:userName, :displayName, :role, :hash, TRUE, 0, :mustChange, :now, 0)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("userName") String userName, @Bind("displayName") String displayName,
                @Bind("role") Role role, @Bind("hash") String hash, @Bind("mustChange") boolean mustChange,
                @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE app_user SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = :now,
                   version = version + 1
             WHERE id = :id""")
    int recordSuccess(@Bind("id") long id, @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE app_user SET failed_attempts = :failures, locked_until = :lockedUntil, version = version + 1
             WHERE id = :id""")
    int recordFailure(@Bind("id") long id, @Bind("failures") int failures, @Bind("lockedUntil") Instant lockedUntil);

    @SqlUpdate("""
            UPDATE app_user SET password_hash = :hash, must_change_password = :mustChange, failed_attempts = 0,
                   locked_until = NULL, version = version + 1
             WHERE id = :id""")
    int setPassword(@Bind("id") long id, @Bind("hash") String hash, @Bind("mustChange") boolean mustChange);

    @SqlUpdate("UPDATE app_user SET failed_attempts = 0, locked_until = NULL, version = version + 1 WHERE id = :id")
    int unlock(@Bind("id") long id);

    /** Optimistic: changes nothing (0) when the row is no longer at {@code version}. */
    @SqlUpdate("""
            UPDATE app_user SET display_name = :displayName, role = :role, active = :active, version = version + 1
             WHERE id = :id AND version = :version""")
    int update(@Bind("id") long id, @Bind("displayName") String displayName, @Bind("role") Role role,
               @Bind("active") boolean active, @Bind("version") int version);
}
