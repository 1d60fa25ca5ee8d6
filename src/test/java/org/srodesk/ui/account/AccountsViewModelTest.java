package org.srodesk.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.account.Account;
import org.srodesk.domain.account.Role;
import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.account.AccountService;
import org.srodesk.testing.Actors;
import org.srodesk.testing.Backend;
import org.srodesk.testing.TestDatabases;
import org.srodesk.ui.common.DirectTaskRunner;
import org.srodesk.ui.common.RecordingDialogService;

/** The Accounts screen's model without a window: a real H2 database, dialogs that act as the test says. */
class AccountsViewModelTest {

    private final Database database = TestDatabases.open(Backend.H2, "accounts-vm");
    private final AccountService accounts = new AccountService(database, Clock.systemDefaultZone());
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Integer> idleChanges = new ArrayList<>();
    private final Actor admin = accounts.createFirstAdmin("lt.morgan", "Lt. Morgan",
            "a long admin passphrase".toCharArray()).actor();
    private Consumer<EditAccountViewModel> editing = vm -> { };

    @AfterEach
    void close() {
        database.close();
    }

    private final AccountDialogs accountDialogs = new AccountDialogs() {
        @Override
        public Optional<Account> showNewAccount(NewAccountViewModel vm) {
            return Optional.empty();
        }

        @Override
        public Optional<Account> showEditAccount(EditAccountViewModel vm) {
            editing.accept(vm);
            AtomicReference<Account> saved = new AtomicReference<>();
            vm.submit(saved::set);
            return Optional.ofNullable(saved.get());
        }

        @Override
        public boolean showResetPassword(ResetPasswordViewModel vm) {
            return false;
        }
    };

    private AccountsViewModel viewModel(Actor actor) {
        AccountsViewModel vm = new AccountsViewModel(accounts, new DirectTaskRunner(), dialogs, accountDialogs, actor,
                idleChanges::add, Clock.fixed(Instant.parse("2026-11-30T14:00:00Z"), ZoneOffset.UTC));
        vm.load();
        return vm;
    }

    private Account sergeant() {
        return accounts.createAccount(admin, "sgt.olson", "Sgt. Olson", Role.SERGEANT, "temporary pass 2026".toCharArray());
    }

    @Test
    void anEditOfAnAccountSomeoneElseChangedMeanwhileIsRefusedAndTheListReloads() {
        Account olson = sergeant();
        AccountsViewModel vm = viewModel(admin);
        vm.selectedProperty().set(vm.rows().stream().filter(a -> a.id() == olson.id()).findFirst().orElseThrow());
        AtomicReference<EditAccountViewModel> seen = new AtomicReference<>();
        editing = edit -> {
            seen.set(edit);
            // Another administrator's desk saves first.
            accounts.update(admin, olson.id(), "Sgt. M. Olson", Role.SERGEANT, true, olson.version());
            edit.roleProperty().set(Role.COMMANDER);
        };
        vm.editSelected();
        assertTrue(seen.get().staleProperty().get());
        assertTrue(seen.get().problemProperty().get().contains("changed by someone else"), seen.get().problemProperty().get());
        assertTrue(vm.messageProperty().get().contains("was changed by someone else — reloaded"), vm.messageProperty().get());
        Account now = vm.rows().stream().filter(a -> a.id() == olson.id()).findFirst().orElseThrow();
        assertEquals("Sgt. M. Olson", now.displayName(), "the other desk's change is shown");
        assertEquals(Role.SERGEANT, now.role(), "this desk's stale change was not written");
        assertEquals(now, vm.selectedProperty().get(), "still selected after the reload");
    }

    @Test
    void theLastAdministratorCannotBeDemotedAndTheRoleFieldSaysWhy() {
        AccountsViewModel vm = viewModel(admin);
        vm.selectedProperty().set(vm.rows().get(0));
        AtomicReference<EditAccountViewModel> seen = new AtomicReference<>();
        editing = edit -> {
            seen.set(edit);
            edit.roleProperty().set(Role.VIEWER);
        };
        vm.editSelected();
        assertTrue(seen.get().roleErrorProperty().get().contains("last active administrator"));
        assertEquals(Role.ADMIN, accounts.accounts(admin).get(0).role());
    }

    @Test
    void theTableSaysWhenAnAccountIsLockedAndWhenItLastSignedIn() {
        AccountsViewModel vm = viewModel(admin);
        Account account = vm.rows().get(0);
        assertEquals("", vm.lockText(account));
        assertTrue(vm.lastSignInText(account).matches("\\d{1,2} \\w{3} \\d{4} \\d\\d:\\d\\d"), vm.lastSignInText(account));
        Account locked = new Account(9, "x.y", "X", Role.VIEWER, true, 0, Instant.parse("2026-11-30T14:10:00Z"), false,
                Instant.EPOCH, null, 0);
        assertEquals("until 14:10", vm.lockText(locked), "a lock lasts 15 minutes: today's time is enough");
        Account overMidnight = new Account(9, "x.y", "X", Role.VIEWER, true, 0, Instant.parse("2026-12-01T00:05:00Z"),
                false, Instant.EPOCH, null, 0);
        assertEquals("until 1 Dec 2026 00:05", vm.lockText(overMidnight));
        assertEquals("never", vm.lastSignInText(locked));
        assertEquals("deactivated", AccountsViewModel.stateText(new Account(9, "x.y", "X", Role.VIEWER, false, 0, null,
                false, Instant.EPOCH, null, 0)));
    }

    @Test
    void idleMinutesAreCheckedByTheServiceAndTheSessionIsTold() {
        AccountsViewModel vm = viewModel(admin);
        assertEquals("15", vm.idleMinutesProperty().get());
        vm.idleMinutesProperty().set("0");
        vm.saveIdleMinutes();
        assertEquals("The session lock needs 1 to 240 idle minutes (not 0).", vm.idleErrorProperty().get());
        vm.idleMinutesProperty().set(" 30 ");
        vm.saveIdleMinutes();
        assertEquals(List.of(30), idleChanges);
        assertEquals(30, accounts.idleMinutes());
    }

    @Test
    void aRoleWithoutAccountsIsRefusedByTheService() {
        AccountsViewModel vm = viewModel(Actors.SERGEANT);
        assertTrue(vm.rows().isEmpty());
        assertEquals("The accounts could not be read: Sgt. Olson is signed in as sergeant and may not manage accounts.",
                vm.messageProperty().get());
    }
}
