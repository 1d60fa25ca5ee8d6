package org.srodesk.ui.account;

import org.srodesk.domain.account.SignInPolicy;

/** The password policy in one sentence, shown under every field where a new password is chosen. */
final class PasswordRules {

    static final String HINT = "At least " + SignInPolicy.MIN_PASSWORD_LENGTH + " characters (a short sentence works "
            + "well), not containing the user name. After " + SignInPolicy.MAX_FAILURES + " wrong passwords in a row the "
            + "account locks for " + SignInPolicy.LOCKOUT.toMinutes() + " minutes.";

    static final String MISMATCH = "The two passwords are not the same.";

    private PasswordRules() {
    }
}
