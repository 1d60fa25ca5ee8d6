package org.srodesk.service.account;

import org.srodesk.service.Actor;

/**
 * A successful sign-in: who is acting, and whether the password must be changed before anything else
 * (a new account, or after an administrator reset it).
 */
public record SignIn(Actor actor, long accountId, boolean mustChangePassword) {
}
