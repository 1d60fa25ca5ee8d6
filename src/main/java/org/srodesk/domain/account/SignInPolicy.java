package org.srodesk.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of signing in (after the FBI CJIS Security Policy, 5.5 and 5.6): passwords of at least 12
 * characters, 5 consecutive failures lock the account for 15 minutes, and an idle session locks.
 */
public final class SignInPolicy {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 128;
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    public static final int DEFAULT_IDLE_MINUTES = 15;
    public static final int MIN_IDLE_MINUTES = 1;
    public static final int MAX_IDLE_MINUTES = 240;

    private SignInPolicy() {
    }

    /** What is wrong with {@code password} for {@code userName}, in words; empty when it is acceptable. */
    public static List<String> problemsWith(char[] password, String userName) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            problems.add("The password must have at least " + MIN_PASSWORD_LENGTH + " characters"
                    + (password == null ? "." : " (it has " + password.length + ")."));
            return problems;
        }
        if (password.length > MAX_PASSWORD_LENGTH) {
            problems.add("The password may have at most " + MAX_PASSWORD_LENGTH + " characters.");
        }
        String text = new String(password);
        if (userName != null && !userName.isBlank()
                && text.toLowerCase(Locale.ROOT).contains(userName.toLowerCase(Locale.ROOT))) {
            problems.add("The password must not contain the user name.");
        }
        if (text.chars().distinct().count() < 4) {
            problems.add("The password repeats too few characters to be guessed slowly.");
        }
        return problems;
    }

    /**
     * The lock after one more failure: {@code now + 15 min} when this failure is the fifth in a row,
     * else null (no lock).
     */
    public static Instant lockAfterFailure(int failuresIncludingThis, Instant now) {
        return failuresIncludingThis >= MAX_FAILURES ? now.plus(LOCKOUT) : null;
    }

    /** A user name: 2–50 letters, digits, dot, dash or underscore, case-insensitive (kept lower case). */
    public static String normalizeUserName(String userName) {
        return userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValidUserName(String normalized) {
        return normalized.matches("[a-z0-9._-]{2,50}");
    }
}
