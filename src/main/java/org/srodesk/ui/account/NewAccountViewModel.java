package org.srodesk.ui.account;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.srodesk.domain.account.Account;
import org.srodesk.domain.account.Role;
import org.srodesk.service.Actor;
import org.srodesk.service.ValidationException;
import org.srodesk.service.account.AccountService;
import org.srodesk.ui.common.TaskRunner;

/**
 * A new account: user name, display name, role and a temporary password (typed twice) that the person
 * must change at their first sign-in. The administrator passes the temporary password on in person.
 */
public final class NewAccountViewModel {

    private final AccountService accounts;
    private final TaskRunner tasks;
    private final Actor actor;
    private final StringProperty userName = new SimpleStringProperty(this, "userName", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role", Role.SERGEANT);
    private final NewPassword password = new NewPassword(this, "password");
    private final ReadOnlyStringWrapper userNameError = new ReadOnlyStringWrapper(this, "userNameError", "");
    private final ReadOnlyStringWrapper displayNameError = new ReadOnlyStringWrapper(this, "displayNameError", "");
    private final ReadOnlyStringWrapper roleError = new ReadOnlyStringWrapper(this, "roleError", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);

    public NewAccountViewModel(AccountService accounts, TaskRunner tasks, Actor actor) {
        this.accounts = Objects.requireNonNull(accounts);
        this.tasks = Objects.requireNonNull(tasks);
        this.actor = Objects.requireNonNull(actor);
        userName.addListener((obs, old, now) -> userNameError.set(""));
        displayName.addListener((obs, old, now) -> displayNameError.set(""));
        role.addListener((obs, old, now) -> roleError.set(""));
    }

    public void submit(Consumer<Account> onCreated) {
        if (saving.get()) {
            return;
        }
        problem.set("");
        if (!password.typedTwiceAlike()) {
            return;
        }
        String name = userName.get();
        String display = displayName.get();
        Role chosen = role.get();
        char[] typed = password.chars();
        saving.set(true);
        tasks.run("Creating the account…", () -> accounts.createAccount(actor, name, display, chosen, typed), account -> {
            Arrays.fill(typed, '\0');
            saving.set(false);
            password.clear();
            onCreated.accept(account);
        }, error -> {
            Arrays.fill(typed, '\0');
            saving.set(false);
            if (error instanceof ValidationException refused) {
                Map<String, String> fields = refused.byField();
                userNameError.set(fields.getOrDefault(AccountService.USER_NAME, ""));
                displayNameError.set(fields.getOrDefault(AccountService.DISPLAY_NAME, ""));
                roleError.set(fields.getOrDefault(AccountService.ROLE, ""));
                password.refused(fields.get(AccountService.PASSWORD));
            } else {
                problem.set("Not created: " + error.getMessage());
            }
        });
    }

    public String policyHint() { return PasswordRules.HINT; }
    public StringProperty userNameProperty() { return userName; }
    public StringProperty displayNameProperty() { return displayName; }
    public ObjectProperty<Role> roleProperty() { return role; }
    public StringProperty passwordProperty() { return password.passwordProperty(); }
    public StringProperty repeatProperty() { return password.repeatProperty(); }
    public ReadOnlyStringProperty userNameErrorProperty() { return userNameError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty displayNameErrorProperty() { return displayNameError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty roleErrorProperty() { return roleError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty passwordErrorProperty() { return password.passwordErrorProperty(); }
    public ReadOnlyStringProperty repeatErrorProperty() { return password.repeatErrorProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
}
