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

import org.srodesk.service.Actor;
import org.srodesk.service.ValidationException;
import org.srodesk.service.account.AccountService;
import org.srodesk.ui.common.TaskRunner;

/**
 * Changing one's own password: the current one, the new one twice. Forced after a first sign-in with a
 * temporary password (then the dialog says why and offers no way round it but signing in again).
 */
public final class ChangePasswordViewModel {

    private final AccountService accounts;
    private final TaskRunner tasks;
    private final Actor actor;
    private final boolean forced;
    private final StringProperty current = new SimpleStringProperty(this, "current", "");
    private final NewPassword next = new NewPassword(this, "next");
    private final ReadOnlyStringWrapper currentError = new ReadOnlyStringWrapper(this, "currentError", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking", false);

    /** @param forced true right after signing in with a temporary password */
    public ChangePasswordViewModel(AccountService accounts, TaskRunner tasks, Actor actor, boolean forced) {
        this.accounts = Objects.requireNonNull(accounts);
        this.tasks = Objects.requireNonNull(tasks);
        this.actor = Objects.requireNonNull(actor);
        this.forced = forced;
        current.addListener((obs, old, now) -> currentError.set(""));
    }

    /** Changes the password; {@code onChanged} is called once it is saved. */
    public void submit(Consumer<Boolean> onChanged) {
        if (checking.get()) {
            return;
        }
        problem.set("");
        if (current.get().isEmpty()) {
            currentError.set(forced ? "Enter the temporary password you signed in with." : "Enter your current password.");
            return;
        }
        if (!next.typedTwiceAlike()) {
            return;
        }
        char[] old = current.get().toCharArray();
        char[] chosen = next.chars();
        checking.set(true);
        tasks.run("Changing the password…", () -> {
            accounts.changePassword(actor, old, chosen);
            return Boolean.TRUE;
        }, done -> {
            clear(old, chosen);
            checking.set(false);
            current.set("");
            next.clear();
            onChanged.accept(done);
        }, error -> {
            clear(old, chosen);
            checking.set(false);
            if (error instanceof ValidationException refused) {
                Map<String, String> fields = refused.byField();
                currentError.set(fields.getOrDefault(AccountService.CURRENT_PASSWORD, ""));
                next.refused(fields.get(AccountService.PASSWORD));
            } else {
                problem.set("Not changed: " + error.getMessage());
            }
        });
    }

    private static void clear(char[] a, char[] b) {
        Arrays.fill(a, '\0');
        Arrays.fill(b, '\0');
    }

    /** What the dialog says above the fields. */
    public String explanation() {
        return forced
                ? actor.displayName() + ", your password was set by an administrator (or is new): choose your own "
                        + "before you go on."
                : "Choose a new password for " + actor.userName() + ".";
    }

    public boolean isForced() { return forced; }
    public String policyHint() { return PasswordRules.HINT; }
    public StringProperty currentProperty() { return current; }
    public StringProperty nextProperty() { return next.passwordProperty(); }
    public StringProperty repeatProperty() { return next.repeatProperty(); }
    public ReadOnlyStringProperty currentErrorProperty() { return currentError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty nextErrorProperty() { return next.passwordErrorProperty(); }
    public ReadOnlyStringProperty repeatErrorProperty() { return next.repeatErrorProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty checkingProperty() { return checking.getReadOnlyProperty(); }
}
