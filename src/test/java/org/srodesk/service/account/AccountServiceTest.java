package org.srodesk.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.srodesk.domain.account.Account;
import org.srodesk.domain.account.AuditEntry;
import org.srodesk.domain.account.Role;
import org.srodesk.persistence.AuditDao;
import org.srodesk.persistence.Database;
import org.srodesk.service.AccessDeniedException;
import org.srodesk.service.Actor;
import org.srodesk.service.ValidationException;
import org.srodesk.testing.Backend;
import org.srodesk.testing.TestDatabases;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class AccountServiceTest {

    private static final char[] ADMIN_PASSWORD = "correct horse battery".toCharArray();
    private static final char[] TEMPORARY = "temporary-pass-1".toCharArray();

    private final Database database;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T14:00:00Z"));
    private final AccountService service;

    AccountServiceTest(Backend backend) {
        database = TestDatabases.open(backend, "accounts");
        service = new AccountService(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<AuditEntry> audit() {
        List<AuditEntry> newestFirst = database.withHandle(h -> h.attach(AuditDao.class).find(null, null, null, null, 1000));
        return java.util.stream.IntStream.range(0, newestFirst.size())
                .mapToObj(i -> newestFirst.get(newestFirst.size() - 1 - i)).toList();
    }

    private Actor firstAdmin() {
        return service.createFirstAdmin("Admin", "Lt. Admin", ADMIN_PASSWORD).actor();
    }

    @Test
    void anEmptyDatabaseAsksForTheFirstAdministratorOnce() {
        assertTrue(service.needsFirstAdmin());
        Actor admin = firstAdmin();
        assertEquals("admin", admin.userName());
        assertEquals(Role.ADMIN, admin.role());
        assertFalse(service.needsFirstAdmin());
        assertThrows(IllegalStateException.class, () -> service.createFirstAdmin("other", "Other", ADMIN_PASSWORD));
        assertEquals(List.of("CREATE_FIRST_ADMIN", "SIGN_IN"), audit().stream().map(AuditEntry::action).toList());
    }

    @Test
    void passwordsShorterThanTwelveCharactersAreRefusedByField() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> service.createFirstAdmin("admin", "Admin", "short-pass".toCharArray()));
        assertTrue(refused.byField().get(AccountService.PASSWORD).contains("at least 12"), refused.getMessage());
        assertTrue(service.needsFirstAdmin());
        assertTrue(audit().isEmpty());
    }

    @Test
    void theHashIsArgon2idAndNeverThePassword() {
        firstAdmin();
        String hash = database.withHandle(h -> h.createQuery("SELECT password_hash FROM app_user")
                .mapTo(String.class).one());
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertFalse(hash.contains("correct horse"));
    }

    @Test
    void signingInReturnsTheAccountsRoleAndAuditsIt() {
        Actor admin = firstAdmin();
        service.createAccount(admin, "sgt.olson", "Sgt. Olson", Role.SERGEANT, TEMPORARY);
        SignIn signIn = service.signIn("SGT.OLSON ", TEMPORARY);
        assertEquals(new Actor("sgt.olson", "Sgt. Olson", Role.SERGEANT), signIn.actor());
        assertTrue(signIn.mustChangePassword(), "a new account changes its temporary password first");
        AuditEntry last = audit().get(audit().size() - 1);
        assertEquals("SIGN_IN", last.action());
        assertEquals("sgt.olson", last.userName());
    }

    @Test
    void fiveFailuresLockFor15MinutesEvenForTheRightPasswordThenItOpensAgain() {
        Actor admin = firstAdmin();
        service.createAccount(admin, "sgt.olson", "Sgt. Olson", Role.SERGEANT, TEMPORARY);
        for (int i = 1; i <= 4; i++) {
            SignInException wrong = assertThrows(SignInException.class,
                    () -> service.signIn("sgt.olson", "wrong-password-x".toCharArray()));
            assertEquals(SignInException.Reason.WRONG_CREDENTIALS, wrong.reason());
        }
        SignInException fifth = assertThrows(SignInException.class,
                () -> service.signIn("sgt.olson", "wrong-password-x".toCharArray()));
        assertEquals(SignInException.Reason.LOCKED, fifth.reason());
        assertEquals(clock.instant().plus(Duration.ofMinutes(15)), fifth.lockedUntil());
        Account locked = service.accounts(admin).stream().filter(a -> a.userName().equals("sgt.olson")).findFirst().orElseThrow();
        assertEquals(5, locked.failedAttempts(), "the Accounts screen shows the five failures next to the lock");

        clock.advance(Duration.ofMinutes(14));
        SignInException stillLocked = assertThrows(SignInException.class, () -> service.signIn("sgt.olson", TEMPORARY));
        assertEquals(SignInException.Reason.LOCKED, stillLocked.reason());

        clock.advance(Duration.ofMinutes(1));
        assertEquals("sgt.olson", service.signIn("sgt.olson", TEMPORARY).actor().userName());
        List<String> actions = audit().stream().filter(e -> e.userName().equals("sgt.olson"))
                .map(AuditEntry::action).toList();
        assertEquals(List.of("SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                "LOCKOUT", "SIGN_IN_FAILED", "SIGN_IN"), actions);
    }

    @Test
    void anAdministratorUnlocksALockedAccountAtOnce() {
        Actor admin = firstAdmin();
        Account sergeant = service.createAccount(admin, "sgt.olson", "Sgt. Olson", Role.SERGEANT, TEMPORARY);
        for (int i = 0; i < 5; i++) {
            assertThrows(SignInException.class, () -> service.signIn("sgt.olson", "wrong-password-x".toCharArray()));
        }
        service.unlock(admin, sergeant.id());
        assertEquals("sgt.olson", service.signIn("sgt.olson", TEMPORARY).actor().userName());
    }

    @Test
    void aLockRunOutStartsAFreshCount() {
        Actor admin = firstAdmin();
        service.createAccount(admin, "sgt.olson", "Sgt. Olson", Role.SERGEANT, TEMPORARY);
        for (int i = 0; i < 5; i++) {
            assertThrows(SignInException.class, () -> service.signIn("sgt.olson", "wrong-password-x".toCharArray()));
        }
        clock.advance(Duration.ofMinutes(16));
        SignInException once = assertThrows(SignInException.class,
                () -> service.signIn("sgt.olson", "wrong-password-x".toCharArray()));
        assertEquals(SignInException.Reason.WRONG_CREDENTIALS, once.reason(), "one failure after a lock is not a lock");
    }

    @Test
    void anUnknownUserNameGetsTheSameMessageAsAWrongPasswordAndIsAudited() {
        firstAdmin();
        SignInException unknown = assertThrows(SignInException.class, () -> service.signIn("nobody", ADMIN_PASSWORD));
        SignInException wrong = assertThrows(SignInException.class,
                () -> service.signIn("admin", "wrong-password-x".toCharArray()));
        assertEquals(wrong.getMessage(), unknown.getMessage());
        assertTrue(audit().stream().anyMatch(e -> e.userName().equals("nobody") && e.action().equals("SIGN_IN_FAILED")));
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndClearsTheForcedChange() {
        Actor admin = firstAdmin();
        service.createAccount(admin, "sgt.olson", "Sgt. Olson", Role.SERGEANT, TEMPORARY);
        Actor sergeant = service.signIn("sgt.olson", TEMPORARY).actor();
        ValidationException wrongCurrent = assertThrows(ValidationException.class,
                () -> service.changePassword(sergeant, "not-the-current".toCharArray(), "a-new-long-password".toCharArray()));
        assertTrue(wrongCurrent.byField().containsKey(AccountService.CURRENT_PASSWORD));
        service.changePassword(sergeant, TEMPORARY, "a-new-long-password".toCharArray());
        assertThrows(SignInException.class, () -> service.signIn("sgt.olson", TEMPORARY));
        assertFalse(service.signIn("sgt.olson", "a-new-long-password".toCharArray()).mustChangePassword());
    }

    @Test
    void anAdminResetForcesAChangeAtTheNextSignIn() {
        Actor admin = firstAdmin();
        Account account = service.createAccount(admin, "sgt.olson", "Sgt. Olson", Role.SERGEANT, TEMPORARY);
        Actor sergeant = service.signIn("sgt.olson", TEMPORARY).actor();
        service.changePassword(sergeant, TEMPORARY, "a-new-long-password".toCharArray());
        service.resetPassword(admin, account.id(), "reset-by-admin-7".toCharArray());
        assertTrue(service.signIn("sgt.olson", "reset-by-admin-7".toCharArray()).mustChangePassword());
    }

    @Test
    void onlyAnAdministratorManagesAccounts() {
        Actor admin = firstAdmin();
        Account account = service.createAccount(admin, "sgt.olson", "Sgt. Olson", Role.SERGEANT, TEMPORARY);
        for (Role role : List.of(Role.SERGEANT, Role.COMMANDER, Role.VIEWER)) {
            Actor other = new Actor("someone", "Someone", role);
            int auditRows = audit().size();
            assertThrows(AccessDeniedException.class,
                    () -> service.createAccount(other, "x.new", "X", Role.ADMIN, TEMPORARY), role.name());
            assertThrows(AccessDeniedException.class, () -> service.unlock(other, account.id()), role.name());
            assertThrows(AccessDeniedException.class,
                    () -> service.resetPassword(other, account.id(), TEMPORARY), role.name());
            assertThrows(AccessDeniedException.class, () -> service.update(other, account.id(), "X", Role.ADMIN, true,
                    account.version()), role.name());
            assertThrows(AccessDeniedException.class, () -> service.setIdleMinutes(other, 5), role.name());
            assertThrows(AccessDeniedException.class, () -> service.accounts(other), role.name());
            assertEquals(auditRows, audit().size(), "a refused write leaves no audit row");
        }
    }

    @Test
    void theLastActiveAdministratorCannotBeDemotedOrDeactivated() {
        Actor admin = firstAdmin();
        Account self = service.accounts(admin).get(0);
        assertThrows(ValidationException.class, () -> service.update(admin, self.id(), "Lt. Admin", Role.SERGEANT, true,
                self.version()));
        assertThrows(ValidationException.class, () -> service.update(admin, self.id(), "Lt. Admin", Role.ADMIN, false,
                self.version()));
    }

    @Test
    void aRoleChangeIsAuditedWithBeforeAndAfter() {
        Actor admin = firstAdmin();
        Account account = service.createAccount(admin, "sgt.olson", "Sgt. Olson", Role.SERGEANT, TEMPORARY);
        service.update(admin, account.id(), "Sgt. Karen Olson", Role.COMMANDER, true, account.version());
        AuditEntry last = audit().get(audit().size() - 1);
        assertEquals("UPDATE", last.action());
        assertEquals("admin", last.userName());
        assertEquals(Long.toString(account.id()), last.entityId());
        assertEquals("user_name=sgt.olson; display_name=Sgt. Olson; role=SERGEANT; active=true", last.before());
        assertEquals("user_name=sgt.olson; display_name=Sgt. Karen Olson; role=COMMANDER; active=true", last.after());
    }

    @Test
    void aStaleAccountEditIsRefused() {
        Actor admin = firstAdmin();
        Account account = service.createAccount(admin, "sgt.olson", "Sgt. Olson", Role.SERGEANT, TEMPORARY);
        service.update(admin, account.id(), "Sgt. Karen Olson", Role.SERGEANT, true, account.version());
        assertThrows(org.srodesk.service.ConcurrentChangeException.class,
                () -> service.update(admin, account.id(), "Other", Role.VIEWER, true, account.version()));
    }

    @Test
    void theIdleMinutesSettingDefaultsTo15AndRefusesNonsense() {
        Actor admin = firstAdmin();
        assertEquals(15, service.idleMinutes());
        service.setIdleMinutes(admin, 5);
        assertEquals(5, service.idleMinutes());
        ValidationException refused = assertThrows(ValidationException.class, () -> service.setIdleMinutes(admin, 0));
        assertTrue(refused.byField().containsKey(AccountService.IDLE_MINUTES));
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("America/Chicago");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
