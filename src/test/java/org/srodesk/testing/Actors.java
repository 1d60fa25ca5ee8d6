package org.srodesk.testing;

import org.srodesk.domain.account.Role;
import org.srodesk.service.Actor;

/** One signed-in person per role, for tests of role checks and audit rows. */
public final class Actors {

    public static final Actor SERGEANT = new Actor("sgt.olson", "Sgt. Olson", Role.SERGEANT);
    public static final Actor COMMANDER = new Actor("cmdr.hale", "Cmdr. Hale", Role.COMMANDER);
    public static final Actor VIEWER = new Actor("viewer.lee", "Lee (viewer)", Role.VIEWER);
    public static final Actor ADMIN = new Actor("admin", "Lt. Admin", Role.ADMIN);

    private Actors() {
    }

    public static Actor of(Role role) {
        return switch (role) {
            case SERGEANT -> SERGEANT;
            case COMMANDER -> COMMANDER;
            case VIEWER -> VIEWER;
            case ADMIN -> ADMIN;
        };
    }
}
