package org.srodesk.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.account.Role;
import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.account.AccountService;
import org.srodesk.service.account.SignIn;
import org.srodesk.testing.Backend;
import org.srodesk.testing.TestDatabases;
import org.srodesk.ui.common.DirectTaskRunner;
import org.srodesk.ui.common.RecordingDialogService;

/** The sign-in flow's decisions, without a window: scripted answers in the dialogs, a real H2 database. */
class SignInFlowTest {

    private final Database database = TestDatabases.open(Backend.H2, "sign-in-flow");
    private final AccountService accounts = new AccountService(database, Clock.systemDefaultZone());
    private final List<String> shown = new ArrayList<>();
    private final AtomicReference<Actor> signedIn = new AtomicReference<>();
    private final AtomicInteger quits = new AtomicInteger();

    @AfterEach
    void close() {
        database.close();
    }

    /** Dialogs that type what the test says and press the primary button, as often as the test allows. */
    private final class Scripted implements SignInDialogs {
        final List<String[]> signIns = new ArrayList<>();
        final List<String> signInMessages = new ArrayList<>();
        String[] firstAdmin;
        String[] change;

        @Override
        public Optional<SignIn> showFirstAdmin(FirstAdminViewModel vm) {
            shown.add("first-admin");
            if (firstAdmin == null) {
                return Optional.empty();
            }
            vm.userNameProperty().set(firstAdmin[0]);
            vm.displayNameProperty().set(firstAdmin[1]);
            vm.passwordProperty().set(firstAdmin[2]);
            vm.repeatProperty().set(firstAdmin[2]);
            AtomicReference<SignIn> result = new AtomicReference<>();
            vm.submit(result::set);
            return Optional.ofNullable(result.get());
        }

        @Override
        public Optional<SignIn> showSignIn(SignInViewModel vm) {
            shown.add("sign-in");
            while (!signIns.isEmpty()) {
                String[] attempt = signIns.remove(0);
                vm.userNameProperty().set(attempt[0]);
                vm.passwordProperty().set(attempt[1]);
                AtomicReference<SignIn> result = new AtomicReference<>();
                vm.submit(result::set);
                if (result.get() != null) {
                    return Optional.of(result.get());
                }
                signInMessages.add(vm.messageProperty().get());
            }
            return Optional.empty(); // Quit
        }

        @Override
        public boolean showChangePassword(ChangePasswordViewModel vm) {
            shown.add(vm.isForced() ? "forced-change" : "change");
            if (change == null) {
                return false;
            }
            vm.currentProperty().set(change[0]);
            vm.nextProperty().set(change[1]);
            vm.repeatProperty().set(change[1]);
            AtomicReference<Boolean> done = new AtomicReference<>(false);
            vm.submit(done::set);
            return done.get();
        }
    }

    private void start(Scripted dialogs) {
        new SignInFlow(accounts, new DirectTaskRunner(), dialogs, new RecordingDialogService())
                .start(signedIn::set, quits::incrementAndGet);
    }

    private void withAccounts() {
        Actor admin = accounts.createFirstAdmin("lt.morgan", "Lt. Morgan", "a long admin passphrase".toCharArray()).actor();
        accounts.createAccount(admin, "sgt.olson", "Sgt. Olson", Role.SERGEANT, "temporary pass 2026".toCharArray());
        database.useTransaction(h -> AccountService.createUnchecked(h, "test", "viewer.lee", "Lee", Role.VIEWER,
                "viewer reads everything".toCharArray(), Instant.now()));
    }

    private long auditRows(String action) {
        return database.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = :a")
                .bind("a", action).mapTo(Long.class).one());
    }

    @Test
    void anEmptyDatabaseAsksForTheFirstAdministratorWhoIsThenSignedIn() {
        Scripted dialogs = new Scripted();
        dialogs.firstAdmin = new String[] {"lt.morgan", "Lt. Morgan", "a long admin passphrase"};
        start(dialogs);
        assertEquals(List.of("first-admin"), shown);
        assertEquals(Role.ADMIN, signedIn.get().role());
        assertEquals(0, quits.get());
    }

    @Test
    void quittingTheFirstAdministratorQuits() {
        start(new Scripted());
        assertEquals(1, quits.get());
        assertEquals(null, signedIn.get());
    }

    @Test
    void aWrongPasswordIsSaidThenTheRightOneSignsIn() {
        withAccounts();
        Scripted dialogs = new Scripted();
        dialogs.signIns.add(new String[] {"viewer.lee", "wrong wrong wrong"});
        dialogs.signIns.add(new String[] {"", "x"});
        dialogs.signIns.add(new String[] {"viewer.lee", "viewer reads everything"});
        start(dialogs);
        assertTrue(dialogs.signInMessages.get(0).startsWith("The user name or the password is not right."));
        assertEquals("Enter your user name.", dialogs.signInMessages.get(1));
        assertEquals("viewer.lee", signedIn.get().userName());
        assertEquals(List.of("sign-in"), shown, "a user without a temporary password goes straight in");
    }

    @Test
    void aTemporaryPasswordIsChangedFirstAndDecliningGoesBackToSigningIn() {
        withAccounts();
        Scripted dialogs = new Scripted();
        dialogs.signIns.add(new String[] {"sgt.olson", "temporary pass 2026"});
        start(dialogs);
        assertEquals(List.of("sign-in", "forced-change", "sign-in"), shown);
        assertEquals(1, quits.get(), "then Quit");
        assertEquals(null, signedIn.get());
        assertEquals(1, auditRows("SIGN_OUT"), "the declined session is closed in the audit log");

        shown.clear();
        Scripted again = new Scripted();
        again.signIns.add(new String[] {"sgt.olson", "temporary pass 2026"});
        again.change = new String[] {"temporary pass 2026", "my own sergeant passphrase"};
        start(again);
        assertEquals(List.of("sign-in", "forced-change"), shown);
        assertEquals("sgt.olson", signedIn.get().userName());
        assertEquals(1, auditRows("CHANGE_PASSWORD"));
    }
}
