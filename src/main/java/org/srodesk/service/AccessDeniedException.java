package org.srodesk.service;

import org.srodesk.domain.account.Permission;

/**
 * A use case the actor's role does not permit (issue 11: roles are enforced in the service layer as
 * well as in the screens). Thrown before anything is written.
 */
public final class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Permission permission;

    public AccessDeniedException(Actor actor, Permission permission) {
        super(actor.displayName() + " is signed in as " + actor.role().label().toLowerCase(java.util.Locale.ROOT)
                + " and may not " + permission.description() + ".");
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
