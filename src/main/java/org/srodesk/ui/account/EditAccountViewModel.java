package org.srodesk.ui.account;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.srodesk.domain.account.Account;
import org.srodesk.domain.account.Role;
import org.srodesk.service.Actor;
import org.srodesk.service.ConcurrentChangeException;
import org.srodesk.service.ValidationException;
import org.srodesk.service.account.AccountService;
import org.srodesk.ui.common.TaskRunner;

/**
 * Changing an account's display name, role or active flag, as of the version read: when someone else
 * changed it meanwhile, the dialog says so ({@link ConcurrentChangeException}) and {@link #staleProperty()}
 * tells the screen to reload.
 */
public final class EditAccountViewModel {

    private final AccountService accounts;
    private final TaskRunner tasks;
    private final Actor actor;
    private final Account account;
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ReadOnlyStringWrapper displayNameError = new ReadOnlyStringWrapper(this, "displayNameError", "");
    private final ReadOnlyStringWrapper roleError = new ReadOnlyStringWrapper(this, "roleError", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", false);

    public EditAccountViewModel(AccountService accounts, TaskRunner tasks, Actor actor, Account account) {
        this.accounts = Objects.requireNonNull(accounts);
        this.tasks = Objects.requireNonNull(tasks);
        this.actor = Objects.requireNonNull(actor);
        this.account = Objects.requireNonNull(account);
        displayName.set(account.displayName());
        role.set(account.role());
        active.set(account.active());
        displayName.addListener((obs, old, now) -> displayNameError.set(""));
        role.addListener((obs, old, now) -> roleError.set(""));
    }

    public void submit(Consumer<Account> onSaved) {
        if (saving.get()) {
            return;
        }
        problem.set("");
        String name = displayName.get();
        Role chosen = role.get();
        boolean isActive = active.get();
        saving.set(true);
        tasks.run("Saving " + account.userName() + "…",
                () -> accounts.update(actor, account.id(), name, chosen, isActive, account.version()), saved -> {
                    saving.set(false);
                    onSaved.accept(saved);
                }, error -> {
                    saving.set(false);
                    if (error instanceof ConcurrentChangeException) {
                        stale.set(true);
                        problem.set(error.getMessage());
                    } else if (error instanceof ValidationException refused) {
                        Map<String, String> fields = refused.byField();
                        displayNameError.set(fields.getOrDefault(AccountService.DISPLAY_NAME, ""));
                        roleError.set(fields.getOrDefault(AccountService.ROLE, ""));
                        if (fields.containsKey(AccountService.USER_NAME)) {
                            problem.set(fields.get(AccountService.USER_NAME));
                        }
                    } else {
                        problem.set("Not saved: " + error.getMessage());
                    }
                });
    }

    public Account account() { return account; }
    public StringProperty displayNameProperty() { return displayName; }
    public ObjectProperty<Role> roleProperty() { return role; }
    public BooleanProperty activeProperty() { return active; }
    public ReadOnlyStringProperty displayNameErrorProperty() { return displayNameError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty roleErrorProperty() { return roleError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    /** True once the save was refused because someone else changed the account: reload before editing again. */
    public ReadOnlyBooleanProperty staleProperty() { return stale.getReadOnlyProperty(); }
}
