package org.srodesk.ui.account;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

import org.srodesk.domain.account.Account;
import org.srodesk.service.Actor;
import org.srodesk.service.ValidationException;
import org.srodesk.service.account.AccountService;
import org.srodesk.ui.common.TaskRunner;

/** An administrator's reset: a temporary password, typed twice, to be changed at the next sign-in; lifts any lock. */
public final class ResetPasswordViewModel {

    private final AccountService accounts;
    private final TaskRunner tasks;
    private final Actor actor;
    private final Account account;
    private final NewPassword password = new NewPassword(this, "password");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);

    public ResetPasswordViewModel(AccountService accounts, TaskRunner tasks, Actor actor, Account account) {
        this.accounts = Objects.requireNonNull(accounts);
        this.tasks = Objects.requireNonNull(tasks);
        this.actor = Objects.requireNonNull(actor);
        this.account = Objects.requireNonNull(account);
    }

    public void submit(Consumer<Boolean> onReset) {
        if (saving.get()) {
            return;
        }
        problem.set("");
        if (!password.typedTwiceAlike()) {
            return;
        }
        char[] typed = password.chars();
        saving.set(true);
        tasks.run("Resetting the password of " + account.userName() + "…", () -> {
            accounts.resetPassword(actor, account.id(), typed);
            return Boolean.TRUE;
        }, done -> {
            Arrays.fill(typed, '\0');
            saving.set(false);
            password.clear();
            onReset.accept(done);
        }, error -> {
            Arrays.fill(typed, '\0');
            saving.set(false);
            if (error instanceof ValidationException refused && refused.byField().containsKey(AccountService.PASSWORD)) {
                password.refused(refused.byField().get(AccountService.PASSWORD));
            } else {
                problem.set("Not reset: " + error.getMessage());
            }
        });
    }

    public Account account() { return account; }
    public String policyHint() { return PasswordRules.HINT; }
    public StringProperty passwordProperty() { return password.passwordProperty(); }
    public StringProperty repeatProperty() { return password.repeatProperty(); }
    public ReadOnlyStringProperty passwordErrorProperty() { return password.passwordErrorProperty(); }
    public ReadOnlyStringProperty repeatErrorProperty() { return password.repeatErrorProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
}
