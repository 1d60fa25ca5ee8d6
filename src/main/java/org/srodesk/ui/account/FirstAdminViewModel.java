package org.srodesk.ui.account;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.srodesk.service.ValidationException;
import org.srodesk.service.account.AccountService;
import org.srodesk.service.account.SignIn;
import org.srodesk.ui.common.TaskRunner;

/**
 * "Create the first administrator" on a database without accounts: user name, display name, the
 * password twice. The service checks the policy; its refusals land next to their fields.
 */
public final class FirstAdminViewModel {

    private final AccountService accounts;
    private final TaskRunner tasks;
    private final StringProperty userName = new SimpleStringProperty(this, "userName", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final NewPassword password = new NewPassword(this, "password");
    private final ReadOnlyStringWrapper userNameError = new ReadOnlyStringWrapper(this, "userNameError", "");
    private final ReadOnlyStringWrapper displayNameError = new ReadOnlyStringWrapper(this, "displayNameError", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking", false);

    public FirstAdminViewModel(AccountService accounts, TaskRunner tasks) {
        this.accounts = Objects.requireNonNull(accounts);
        this.tasks = Objects.requireNonNull(tasks);
        userName.addListener((obs, old, now) -> userNameError.set(""));
        displayName.addListener((obs, old, now) -> displayNameError.set(""));
    }

    /** Creates the administrator and signs it in; {@code onCreated} receives the sign-in. */
    public void submit(Consumer<SignIn> onCreated) {
        if (checking.get()) {
            return;
        }
        problem.set("");
        if (!password.typedTwiceAlike()) {
            return;
        }
        String name = userName.get();
        String display = displayName.get();
        char[] typed = password.chars();
        checking.set(true);
        tasks.run("Creating the administrator…", () -> accounts.createFirstAdmin(name, display, typed), signIn -> {
            Arrays.fill(typed, '\0');
            checking.set(false);
            password.clear();
            onCreated.accept(signIn);
        }, error -> {
            Arrays.fill(typed, '\0');
            checking.set(false);
            if (error instanceof ValidationException refused) {
                Map<String, String> fields = refused.byField();
                userNameError.set(fields.getOrDefault(AccountService.USER_NAME, ""));
                displayNameError.set(fields.getOrDefault(AccountService.DISPLAY_NAME, ""));
                password.refused(fields.get(AccountService.PASSWORD));
            } else {
                problem.set("Not created: " + error.getMessage());
            }
        });
    }

    public String policyHint() { return PasswordRules.HINT; }
    public StringProperty userNameProperty() { return userName; }
    public StringProperty displayNameProperty() { return displayName; }
    public StringProperty passwordProperty() { return password.passwordProperty(); }
    public StringProperty repeatProperty() { return password.repeatProperty(); }
    public ReadOnlyStringProperty userNameErrorProperty() { return userNameError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty displayNameErrorProperty() { return displayNameError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty passwordErrorProperty() { return password.passwordErrorProperty(); }
    public ReadOnlyStringProperty repeatErrorProperty() { return password.repeatErrorProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty checkingProperty() { return checking.getReadOnlyProperty(); }
}
