package org.srodesk.service;

import java.util.Objects;

/**
 * Who is acting: every service that writes records this person as the one who did it
 * (decided, recorded, accepted, imported). Until accounts exist it is the operating-system user.
 */
public record Actor(String userName, String displayName) {

    public Actor {
        Objects.requireNonNull(userName, "userName");
        displayName = displayName == null || displayName.isBlank() ? userName : displayName;
    }

    /** The person signed in to this operating-system session. */
    public static Actor fromOperatingSystem() {
        String name = System.getProperty("user.name", "unknown");
        return new Actor(name, name);
    }
}
