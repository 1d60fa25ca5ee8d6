package org.srodesk.service;

import java.util.Objects;

import org.srodesk.domain.account.Permission;
import org.srodesk.domain.account.Role;

/**
 * Who is acting, and in which role: every service that writes is handed the actor, checks with
 * {@link #require} that the role permits the use case (so a screen that forgot to disable a button
 * still cannot write), and records the actor in the audit log in the same transaction.
 *
 * <p>In the app the actor is the signed-in account ({@link org.srodesk.service.account.AccountService#signIn}).
 * The command-line tools act as {@link #commandLine()}: the operating-system user, who already holds the
 * database file, named {@code os:<user>} in the audit log.
 */
public record Actor(String userName, String displayName, Role role) {

    public Actor {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null || displayName.isBlank() ? userName : displayName;
    }

    /**
     * The command-line tools ({@code --import}, {@code --export-rosters}, …): the operating-system user,
     * as a sergeant (imports and exports are scheduling work), recorded as {@code os:<user>}.
     */
    public static Actor commandLine() {
        String name = System.getProperty("user.name", "unknown");
        return new Actor("os:" + name, name + " (command line)", Role.SERGEANT);
    }

    public boolean may(Permission permission) {
        return role.may(permission);
    }

    /**
     * Refuses the use case unless this actor's role permits {@code permission}.
     *
     * @throws AccessDeniedException naming the person, the role and what was refused; nothing is written
     */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new AccessDeniedException(this, permission);
        }
    }

    /** "Sgt. Rivera (sergeant)": the status bar. */
    public String describe() {
        return displayName + " (" + role.label().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
