package org.srodesk.ui.account;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.srodesk.service.account.AccountService;
import org.srodesk.service.account.SignIn;
import org.srodesk.service.account.SignInException;
import org.srodesk.ui.common.TaskRunner;

/**
 * The sign-in dialog: user name and password, checked by {@link AccountService#signIn} off the JavaFX
 * thread (Argon2id takes about 100 ms). A refusal leaves the dialog open with the service's sentence —
 * wrong name or password, locked until HH:mm, deactivated — and clears the password.
 */
public final class SignInViewModel {

    private final AccountService accounts;
    private final TaskRunner tasks;
    private final StringProperty userName = new SimpleStringProperty(this, "userName", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking", false);

    public SignInViewModel(AccountService accounts, TaskRunner tasks) {
        this.accounts = Objects.requireNonNull(accounts);
        this.tasks = Objects.requireNonNull(tasks);
    }

    /** Checks the password; {@code onSignedIn} receives the sign-in when it is right. */
    public void submit(Consumer<SignIn> onSignedIn) {
        if (checking.get()) {
            return;
        }
        String name = userName.get() == null ? "" : userName.get().strip();
        if (name.isEmpty()) {
            message.set("Enter your user name.");
            return;
        }
        if (password.get() == null || password.get().isEmpty()) {
            message.set("Enter your password.");
            return;
        }
        char[] typed = password.get().toCharArray();
        message.set("");
        checking.set(true);
        tasks.run("Signing in…", () -> accounts.signIn(name, typed), signIn -> {
            Arrays.fill(typed, '\0');
            checking.set(false);
            password.set("");
            onSignedIn.accept(signIn);
        }, error -> {
            Arrays.fill(typed, '\0');
            checking.set(false);
            password.set("");
            message.set(error instanceof SignInException refused ? refused.getMessage()
                    : "Signing in did not work: " + error.getMessage());
        });
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the last attempt was refused; "" before any attempt or while checking. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the password is being checked: the dialog disables its fields and shows progress. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }
}
