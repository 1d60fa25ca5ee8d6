package org.srodesk.ui.account;

import java.util.Arrays;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.srodesk.service.Actor;
import org.srodesk.service.account.AccountService;
import org.srodesk.service.account.SignInException;
import org.srodesk.ui.common.TaskRunner;

/**
 * The locked session's prompt: the signed-in person's password again, checked by
 * {@link AccountService#unlockSession} off the JavaFX thread. Wrong passwords count towards the lockout;
 * once the account is locked (or deactivated) the only way on is to sign out.
 */
public final class LockViewModel {

    private final TaskRunner tasks;
    private AccountService accounts;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking", false);
    private final ReadOnlyBooleanWrapper signOutOnly = new ReadOnlyBooleanWrapper(this, "signOutOnly", false);
    private Actor actor;

    public LockViewModel(TaskRunner tasks) {
        this.tasks = Objects.requireNonNull(tasks);
    }

    /** A new lock of {@code who}'s session (signed in to {@code accounts}' database): an empty prompt. */
    public void locked(Actor who, AccountService accounts) {
        this.actor = Objects.requireNonNull(who);
        this.accounts = Objects.requireNonNull(accounts);
        heading.set("Locked — " + who.displayName() + ". Enter your password");
        password.set("");
        message.set("");
        signOutOnly.set(false);
    }

    /** Something to say under the prompt (e.g. the lock could not be written to the audit log). */
    void tell(String text) {
        message.set(text);
    }

    /** Checks the password; {@code onUnlocked} runs when it is right. */
    public void submit(Runnable onUnlocked) {
        if (checking.get() || signOutOnly.get() || actor == null) {
            return;
        }
        if (password.get() == null || password.get().isEmpty()) {
            message.set("Enter your password to go on, or sign out.");
            return;
        }
        char[] typed = password.get().toCharArray();
        Actor who = actor;
        AccountService service = accounts;
        message.set("");
        checking.set(true);
        tasks.run("Unlocking…", () -> service.unlockSession(who, typed), signIn -> {
            Arrays.fill(typed, '\0');
            checking.set(false);
            password.set("");
            onUnlocked.run();
        }, error -> {
            Arrays.fill(typed, '\0');
            checking.set(false);
            password.set("");
            if (error instanceof SignInException refused) {
                message.set(refused.getMessage());
                if (refused.reason() != SignInException.Reason.WRONG_CREDENTIALS) {
                    signOutOnly.set(true);
                }
            } else {
                message.set("The password could not be checked: " + error.getMessage());
            }
        });
    }

    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public StringProperty passwordProperty() { return password; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty checkingProperty() { return checking.getReadOnlyProperty(); }
    /** True once the account is locked or deactivated: unlocking is not possible, only signing out. */
    public ReadOnlyBooleanProperty signOutOnlyProperty() { return signOutOnly.getReadOnlyProperty(); }
}
