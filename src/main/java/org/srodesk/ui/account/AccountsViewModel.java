package org.srodesk.ui.account;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntConsumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.srodesk.domain.account.Account;
import org.srodesk.domain.account.SignInPolicy;
import org.srodesk.service.Actor;
import org.srodesk.service.ValidationException;
import org.srodesk.service.account.AccountService;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.TaskRunner;

/**
 * The Accounts screen (administrators): every account with its role, state and last sign-in; new
 * accounts with a temporary password, edits, password resets, unlocks; and the idle minutes after which
 * a session locks. Every read and write runs through the {@link TaskRunner}; the service checks the role.
 */
public final class AccountsViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final AccountService accounts;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AccountDialogs accountDialogs;
    private final Actor actor;
    private final IntConsumer idleMinutesChanged;
    private final Clock clock;
    private final ObservableList<Account> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty idleMinutes = new SimpleStringProperty(this, "idleMinutes", "");
    private final ReadOnlyStringWrapper idleError = new ReadOnlyStringWrapper(this, "idleError", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanBinding nothingSelected = selected.isNull();
    private final BooleanBinding selectedNotLocked;

    /**
     * @param idleMinutesChanged told (on the JavaFX thread) when the session-lock minutes were saved, so the
     *                           running session follows at once
     */
    public AccountsViewModel(AccountService accounts, TaskRunner tasks, DialogService dialogs,
                             AccountDialogs accountDialogs, Actor actor, IntConsumer idleMinutesChanged, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.accountDialogs = Objects.requireNonNull(accountDialogs);
        this.actor = Objects.requireNonNull(actor);
        this.idleMinutesChanged = Objects.requireNonNull(idleMinutesChanged);
        this.clock = Objects.requireNonNull(clock);
        this.selectedNotLocked = Bindings.createBooleanBinding(() -> selected.get() == null
                || (selected.get().lockedUntil() == null && selected.get().failedAttempts() == 0), selected);
        idleMinutes.addListener((obs, old, now) -> idleError.set(""));
    }

    private record Loaded(List<Account> accounts, int idleMinutes) {
    }

    /** Reads the accounts and the idle minutes; keeps the selected account selected. */
    public void load() {
        long keep = selected.get() == null ? -1 : selected.get().id();
        tasks.run("Reading accounts…", () -> new Loaded(accounts.accounts(actor), accounts.idleMinutes()), loaded -> {
            rows.setAll(loaded.accounts());
            idleMinutes.set(Integer.toString(loaded.idleMinutes()));
            select(keep);
        }, error -> message.set("The accounts could not be read: " + error.getMessage()));
    }

    private void select(long id) {
        selected.set(rows.stream().filter(a -> a.id() == id).findFirst().orElse(null));
    }

    /** New account…. */
    public void newAccount() {
        accountDialogs.showNewAccount(new NewAccountViewModel(accounts, tasks, actor)).ifPresent(account -> {
            message.set("Created " + account.userName() + " (" + account.role().label().toLowerCase(Locale.ROOT)
                    + "). Give them the temporary password in person: they choose their own at the first sign-in.");
            selected.set(account);
            load();
        });
    }

    /** Edit… the selected account. */
    public void editSelected() {
        Account account = selected.get();
        if (account == null) {
            return;
        }
        EditAccountViewModel edit = new EditAccountViewModel(accounts, tasks, actor, account);
        accountDialogs.showEditAccount(edit).ifPresentOrElse(saved -> {
            message.set("Saved " + saved.userName() + ".");
            load();
        }, () -> {
            if (edit.staleProperty().get()) {
                message.set("The account " + account.userName() + " was changed by someone else — reloaded; edit it again.");
                load();
            }
        });
    }

    /** Reset password… of the selected account. */
    public void resetSelected() {
        Account account = selected.get();
        if (account == null) {
            return;
        }
        if (accountDialogs.showResetPassword(new ResetPasswordViewModel(accounts, tasks, actor, account))) {
            message.set("The password of " + account.userName() + " was reset: they choose their own at the next "
                    + "sign-in. Any lock was lifted.");
            load();
        }
    }

    /** Unlock the selected account before its 15 minutes are over. */
    public void unlockSelected() {
        Account account = selected.get();
        if (account == null) {
            return;
        }
        tasks.run("Unlocking " + account.userName() + "…", () -> {
            accounts.unlock(actor, account.id());
            return account;
        }, done -> {
            message.set("Unlocked " + account.userName() + ".");
            load();
        }, error -> dialogs.showError("Not unlocked", error.getMessage()));
    }

    /** Saves the idle minutes after which a session locks. */
    public void saveIdleMinutes() {
        int minutes;
        try {
            minutes = Integer.parseInt(idleMinutes.get().strip());
        } catch (NumberFormatException e) {
            idleError.set("Enter whole minutes, " + SignInPolicy.MIN_IDLE_MINUTES + " to "
                    + SignInPolicy.MAX_IDLE_MINUTES + ".");
            return;
        }
        tasks.run("Saving the session lock…", () -> {
            accounts.setIdleMinutes(actor, minutes);
            return minutes;
        }, saved -> {
            message.set("Sessions now lock after " + saved + " idle minute" + (saved == 1 ? "" : "s") + ".");
            idleMinutesChanged.accept(saved);
        }, error -> {
            if (error instanceof ValidationException refused) {
                idleError.set(refused.getMessage());
            } else {
                idleError.set("Not saved: " + error.getMessage());
            }
        });
    }

    // --- what the table shows ---

    public String lockText(Account account) {
        Instant now = clock.instant();
        if (account.isLockedAt(now)) {
            var until = account.lockedUntil().atZone(clock.getZone());
            return "until " + (until.toLocalDate().equals(now.atZone(clock.getZone()).toLocalDate())
                    ? TIME.format(until) : WHEN.format(until));
        }
        return "";
    }

    public String lastSignInText(Account account) {
        return account.lastSignInAt() == null ? "never" : WHEN.format(account.lastSignInAt().atZone(clock.getZone()));
    }

    public static String stateText(Account account) {
        if (!account.active()) {
            return "deactivated";
        }
        return account.mustChangePassword() ? "active · must change password" : "active";
    }

    public ObservableList<Account> rows() { return rows; }
    public ObjectProperty<Account> selectedProperty() { return selected; }
    public StringProperty idleMinutesProperty() { return idleMinutes; }
    public ReadOnlyStringProperty idleErrorProperty() { return idleError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public BooleanBinding nothingSelectedProperty() { return nothingSelected; }
    /** True when Unlock has nothing to do: no selection, or the selected account has no failures and no lock. */
    public BooleanBinding selectedNotLockedProperty() { return selectedNotLocked; }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
    public Actor actor() { return actor; }
}
