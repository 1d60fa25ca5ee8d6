package org.srodesk.service.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.srodesk.domain.account.Account;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.account.Role;
import org.srodesk.domain.account.SignInPolicy;
import org.srodesk.persistence.AccountDao;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.SettingsDao;
import org.srodesk.service.Actor;
import org.srodesk.service.AuditLog;
import org.srodesk.service.ConcurrentChangeException;
import org.srodesk.service.ValidationException;

/**
 * Accounts and signing in (issue 11, after the CJIS Security Policy): unique accounts with a role,
 * Argon2id password hashes, 5 failures in a row lock an account for 15 minutes, passwords of at least 12
 * characters, change and administrator reset, and the idle time after which a session locks.
 *
 * <p>Every sign-in, failed sign-in, lockout and account change writes its audit row in the same
 * transaction as the change. A failed sign-in commits its failure count and audit row and then throws
 * {@link SignInException}. Passwords arrive as {@code char[]} and are never stored or logged; callers
 * may clear the arrays afterwards.
 */
public final class AccountService {

    public static final String USER_NAME = "userName";
    public static final String DISPLAY_NAME = "displayName";
    public static final String PASSWORD = "password";
    public static final String CURRENT_PASSWORD = "currentPassword";
    public static final String ROLE = "role";
    public static final String IDLE_MINUTES = "idleMinutes";

    static final String IDLE_SETTING = "session.idle_minutes";
    private static final String ENTITY = "account";
    private static final String SESSION = "session";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Database database;
    private final Clock clock;

    public AccountService(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** True on a database without any account: the first start asks for the first administrator. */
    public boolean needsFirstAdmin() {
        return database.withHandle(h -> h.attach(AccountDao.class).count()) == 0;
    }

    /**
     * Creates the first account, an administrator, and signs it in. Refused once any account exists.
     *
     * @throws ValidationException naming {@link #USER_NAME}, {@link #DISPLAY_NAME} or {@link #PASSWORD}
     */
    public SignIn createFirstAdmin(String userName, String displayName, char[] password) {
        String name = checkNewAccount(userName, displayName, password);
        String hash = PasswordHasher.hashOf(password);
        return database.inTransaction(h -> {
            AccountDao accounts = h.attach(AccountDao.class);
            if (accounts.count() > 0) {
                throw new IllegalStateException("The first administrator exists already: sign in instead.");
            }
            Instant now = clock.instant();
            long id = accounts.insert(name, displayName.strip(), Role.ADMIN, hash, false, now);
            accounts.recordSuccess(id, now);
            Account account = accounts.findById(id).orElseThrow();
            AuditLog.record(h, name, "CREATE_FIRST_ADMIN", ENTITY, id, "", describe(account));
            AuditLog.record(h, name, "SIGN_IN", SESSION, id, "", "");
            return new SignIn(actorOf(account), id, false);
        });
    }

    /**
     * Signs in. A wrong password counts a failure; the fifth in a row locks the account for 15 minutes
     * (and is audited as {@code LOCKOUT}). A locked or deactivated account is refused even with the right
     * password. Success resets the count.
     *
     * @throws SignInException with the reason; the failure and its audit row are committed
     */
    public SignIn signIn(String userName, char[] password) {
        String name = SignInPolicy.normalizeUserName(userName);
        Attempt attempt = database.inTransaction(h -> attempt(h, name, password, "SIGN_IN"));
        return attempt.result();
    }

    /**
     * Unlocks a locked session: the signed-in person's password again. Failures count towards the
     * lockout like a sign-in's; a locked account cannot unlock the session (sign in again later).
     *
     * @throws SignInException with the reason; the failure and its audit row are committed
     */
    public SignIn unlockSession(Actor actor, char[] password) {
        Attempt attempt = database.inTransaction(h -> attempt(h, actor.userName(), password, "UNLOCK_SESSION"));
        return attempt.result();
    }

    /** Records that the session locked after {@code idleMinutes} idle (an audit row only). */
    public void recordSessionLocked(Actor actor, int idleMinutes) {
        database.useTransaction(h -> AuditLog.record(h, actor, "SESSION_LOCKED", SESSION, "",
                "", "idle_minutes=" + idleMinutes));
    }

    /** Records a sign-out (an audit row only). */
    public void recordSignOut(Actor actor) {
        database.useTransaction(h -> AuditLog.record(h, actor, "SIGN_OUT", SESSION, "", "", ""));
    }

    private record Attempt(SignIn signIn, SignInException refusal) {
        SignIn result() {
            if (refusal != null) {
                throw refusal;
            }
            return signIn;
        }
    }

    private Attempt attempt(Handle h, String name, char[] password, String action) {
        AccountDao accounts = h.attach(AccountDao.class);
        Instant now = clock.instant();
        Optional<Account> found = accounts.findByUserName(name);
        if (found.isEmpty()) {
            PasswordHasher.verifyNothing(password == null ? new char[0] : password);
            AuditLog.record(h, name.isEmpty() ? "(blank)" : name, action + "_FAILED", SESSION, "", "",
                    "reason=unknown user name");
            return refused(SignInException.Reason.WRONG_CREDENTIALS, wrongCredentials(), null);
        }
        Account account = found.get();
        if (!account.active()) {
            AuditLog.record(h, name, action + "_FAILED", SESSION, account.id(), "", "reason=account deactivated");
            return refused(SignInException.Reason.INACTIVE,
                    "The account " + name + " is deactivated. Ask an administrator.", null);
        }
        if (account.isLockedAt(now)) {
            AuditLog.record(h, name, action + "_FAILED", SESSION, account.id(), "",
                    "reason=account locked until " + account.lockedUntil());
            return refused(SignInException.Reason.LOCKED, lockedMessage(account.lockedUntil()), account.lockedUntil());
        }
        String hash = accounts.passwordHash(account.id()).orElseThrow();
        if (password == null || !PasswordHasher.matches(password, hash)) {
            // A lock that ran out starts a fresh count.
            int failures = (account.lockedUntil() != null ? 0 : account.failedAttempts()) + 1;
            Instant lock = SignInPolicy.lockAfterFailure(failures, now);
            accounts.recordFailure(account.id(), failures, lock); // a lock keeps its count (Accounts screen)
            AuditLog.record(h, name, action + "_FAILED", SESSION, account.id(),
                    "failed_attempts=" + (failures - 1), "failed_attempts=" + failures + "; reason=wrong password");
            if (lock != null) {
                AuditLog.record(h, name, "LOCKOUT", ENTITY, account.id(), "locked_until=",
                        "locked_until=" + lock + "; after " + failures + " failures");
                return refused(SignInException.Reason.LOCKED, lockedMessage(lock), lock);
            }
            return refused(SignInException.Reason.WRONG_CREDENTIALS, wrongCredentials(), null);
        }
        accounts.recordSuccess(account.id(), now);
        AuditLog.record(h, name, action, SESSION, account.id(), "", "");
        return new Attempt(new SignIn(actorOf(account), account.id(), account.mustChangePassword()), null);
    }

    private static Attempt refused(SignInException.Reason reason, String message, Instant lockedUntil) {
        return new Attempt(null, new SignInException(reason, message, lockedUntil));
    }

    private static String wrongCredentials() {
        return "The user name or the password is not right. After " + SignInPolicy.MAX_FAILURES
                + " failures in a row the account locks for " + SignInPolicy.LOCKOUT.toMinutes() + " minutes.";
    }

    private String lockedMessage(Instant until) {
        return "Too many failed sign-ins: the account is locked until "
                + TIME.format(until.atZone(zone())) + ". An administrator can unlock it sooner.";
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /**
     * Changes the signed-in person's own password (also the forced change after a reset).
     *
     * @throws ValidationException naming {@link #CURRENT_PASSWORD} (not right) or {@link #PASSWORD} (too
     *         short, same as before, …); nothing is written
     */
    public void changePassword(Actor actor, char[] current, char[] next) {
        List<String> problems = SignInPolicy.problemsWith(next, actor.userName());
        if (!problems.isEmpty()) {
            throw new ValidationException(PASSWORD, String.join(" ", problems));
        }
        if (current != null && Arrays.equals(current, next)) {
            throw new ValidationException(PASSWORD, "The new password must differ from the current one.");
        }
        String hash = PasswordHasher.hashOf(next);
        database.useTransaction(h -> {
            AccountDao accounts = h.attach(AccountDao.class);
            Account account = accounts.findByUserName(actor.userName())
                    .orElseThrow(() -> new IllegalStateException("No account " + actor.userName()));
            if (current == null || !PasswordHasher.matches(current, accounts.passwordHash(account.id()).orElseThrow())) {
                throw new ValidationException(CURRENT_PASSWORD, "The current password is not right.");
            }
            accounts.setPassword(account.id(), hash, false);
            AuditLog.record(h, actor, "CHANGE_PASSWORD", ENTITY, account.id(), "", "");
        });
    }

    /** Every account, by user name (administrators). */
    public List<Account> accounts(Actor actor) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        return database.withHandle(h -> h.attach(AccountDao.class).findAll());
    }

    /**
     * Creates an account with a temporary password that must be changed at the first sign-in.
     *
     * @throws ValidationException naming {@link #USER_NAME} (invalid or taken), {@link #DISPLAY_NAME},
     *         {@link #ROLE} or {@link #PASSWORD}; nothing is written
     */
    public Account createAccount(Actor actor, String userName, String displayName, Role role, char[] temporaryPassword) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        if (role == null) {
            throw new ValidationException(ROLE, "Choose the account's role.");
        }
        String name = checkNewAccount(userName, displayName, temporaryPassword);
        String hash = PasswordHasher.hashOf(temporaryPassword);
        return database.inTransaction(h -> {
            AccountDao accounts = h.attach(AccountDao.class);
            if (accounts.findByUserName(name).isPresent()) {
                throw new ValidationException(USER_NAME, "There is already an account " + name + ".");
            }
            long id = accounts.insert(name, displayName.strip(), role, hash, true, clock.instant());
            Account account = accounts.findById(id).orElseThrow();
            AuditLog.record(h, actor, "CREATE", ENTITY, id, "", describe(account));
            return account;
        });
    }

    /** Sets a temporary password (to be changed at the next sign-in) and lifts any lock. */
    public void resetPassword(Actor actor, long accountId, char[] temporaryPassword) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        Account target = database.withHandle(h -> h.attach(AccountDao.class).findById(accountId))
                .orElseThrow(() -> new ValidationException(USER_NAME, "There is no such account any more."));
        List<String> problems = SignInPolicy.problemsWith(temporaryPassword, target.userName());
        if (!problems.isEmpty()) {
            throw new ValidationException(PASSWORD, String.join(" ", problems));
        }
        String hash = PasswordHasher.hashOf(temporaryPassword);
        database.useTransaction(h -> {
            AccountDao accounts = h.attach(AccountDao.class);
            Account before = accounts.findById(accountId).orElseThrow();
            accounts.setPassword(accountId, hash, true);
            AuditLog.record(h, actor, "RESET_PASSWORD", ENTITY, accountId, lockState(before),
                    "must_change_password=true; failed_attempts=0; locked_until=");
        });
    }

    /** Lifts a lockout before its 15 minutes are over. */
    public void unlock(Actor actor, long accountId) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        database.useTransaction(h -> {
            AccountDao accounts = h.attach(AccountDao.class);
            Account before = accounts.findById(accountId)
                    .orElseThrow(() -> new ValidationException(USER_NAME, "There is no such account any more."));
            accounts.unlock(accountId);
            AuditLog.record(h, actor, "UNLOCK", ENTITY, accountId, lockState(before), "failed_attempts=0; locked_until=");
        });
    }

    /**
     * Changes an account's display name, role or active flag, if nobody changed it since {@code version}.
     * The last active administrator cannot be demoted or deactivated.
     *
     * @throws ConcurrentChangeException when the account changed since it was read
     * @throws ValidationException naming {@link #DISPLAY_NAME} or {@link #ROLE}
     */
    public Account update(Actor actor, long accountId, String displayName, Role role, boolean active, int version) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
            throw new ValidationException(DISPLAY_NAME, "The display name is needed (at most 100 characters).");
        }
        if (role == null) {
            throw new ValidationException(ROLE, "Choose the account's role.");
        }
        return database.inTransaction(h -> {
            AccountDao accounts = h.attach(AccountDao.class);
            Account before = accounts.findById(accountId)
                    .orElseThrow(() -> new ValidationException(USER_NAME, "There is no such account any more."));
            boolean losesAdmin = before.role() == Role.ADMIN && before.active() && (role != Role.ADMIN || !active);
            if (losesAdmin && accounts.countActiveAdmins() <= 1) {
                throw new ValidationException(ROLE, before.userName()
                        + " is the last active administrator: make another account administrator first.");
            }
            if (accounts.update(accountId, displayName.strip(), role, active, version) == 0) {
                throw new ConcurrentChangeException("The account " + before.userName()
                        + " was changed by someone else since you opened it — reload and try again.");
            }
            Account after = accounts.findById(accountId).orElseThrow();
            AuditLog.record(h, actor, "UPDATE", ENTITY, accountId, describe(before), describe(after));
            return after;
        });
    }

    /** Minutes of no keyboard or mouse input after which the window locks (default 15). */
    public int idleMinutes() {
        return database.withHandle(h -> h.attach(SettingsDao.class).find(IDLE_SETTING))
                .flatMap(AccountService::parseInt).orElse(SignInPolicy.DEFAULT_IDLE_MINUTES);
    }

    /**
     * Sets the idle time before the session locks.
     *
     * @throws ValidationException naming {@link #IDLE_MINUTES} outside 1–240
     */
    public void setIdleMinutes(Actor actor, int minutes) {
        actor.require(Permission.CHANGE_SETTINGS);
        if (minutes < SignInPolicy.MIN_IDLE_MINUTES || minutes > SignInPolicy.MAX_IDLE_MINUTES) {
            throw new ValidationException(IDLE_MINUTES, "The session lock needs " + SignInPolicy.MIN_IDLE_MINUTES
                    + " to " + SignInPolicy.MAX_IDLE_MINUTES + " idle minutes (not " + minutes + ").");
        }
        database.useTransaction(h -> {
            SettingsDao settings = h.attach(SettingsDao.class);
            String before = settings.find(IDLE_SETTING).orElse(Integer.toString(SignInPolicy.DEFAULT_IDLE_MINUTES));
            settings.put(IDLE_SETTING, Integer.toString(minutes));
            AuditLog.record(h, actor, "UPDATE", "setting", IDLE_SETTING, "value=" + before, "value=" + minutes);
        });
    }

    /**
     * Creates accounts without a signed-in administrator, for the demo districts (documented demo accounts)
     * and tests; in the caller's transaction, audited as {@code auditUser}.
     */
    public static long createUnchecked(Handle h, String auditUser, String userName, String displayName, Role role,
                                       char[] password, Instant now) {
        String name = SignInPolicy.normalizeUserName(userName);
        long id = h.attach(AccountDao.class).insert(name, displayName, role, PasswordHasher.hashOf(password), false, now);
        AuditLog.record(h, auditUser, "CREATE", ENTITY, id, "",
                describe(h.attach(AccountDao.class).findById(id).orElseThrow()));
        return id;
    }

    private static String checkNewAccount(String userName, String displayName, char[] password) {
        String name = SignInPolicy.normalizeUserName(userName);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (!SignInPolicy.isValidUserName(name)) {
            errors.add(new ValidationException.FieldError(USER_NAME,
                    "The user name needs 2–50 letters, digits, dots, dashes or underscores (no spaces)."));
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
            errors.add(new ValidationException.FieldError(DISPLAY_NAME,
                    "The display name is needed (at most 100 characters)."));
        }
        List<String> problems = SignInPolicy.problemsWith(password, name);
        if (!problems.isEmpty()) {
            errors.add(new ValidationException.FieldError(PASSWORD, String.join(" ", problems)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return name;
    }

    private static Actor actorOf(Account account) {
        return new Actor(account.userName(), account.displayName(), account.role());
    }

    private static String describe(Account account) {
        return AuditLog.state("user_name", account.userName(), "display_name", account.displayName(),
                "role", account.role(), "active", account.active());
    }

    private static String lockState(Account account) {
        return AuditLog.state("failed_attempts", account.failedAttempts(), "locked_until", account.lockedUntil());
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
