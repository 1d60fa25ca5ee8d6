package org.srodesk.domain.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who signs in to the desk. The password hash is not part of this record: it never leaves
 * the account service.
 *
 * @param failedAttempts     consecutive failed sign-ins since the last success (reset by a success)
 * @param lockedUntil        null, or the instant until which sign-in is refused
 * @param mustChangePassword set for a new account and after an admin reset: the first sign-in asks for a new one
 */
public record Account(long id, String userName, String displayName, Role role, boolean active, int failedAttempts,
                      Instant lockedUntil, boolean mustChangePassword, Instant createdAt, Instant lastSignInAt,
                      int version) {

    public Account {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null || displayName.isBlank() ? userName : displayName;
    }

    /** True when a sign-in at {@code now} is refused for too many failures. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
