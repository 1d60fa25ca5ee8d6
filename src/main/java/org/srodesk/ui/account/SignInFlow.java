package org.srodesk.ui.account;

import java.util.Objects;
import java.util.function.Consumer;

import org.srodesk.service.Actor;
import org.srodesk.service.account.AccountService;
import org.srodesk.service.account.SignIn;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.TaskRunner;

/**
 * From an open database to a signed-in person: on a database without accounts "Create the first
 * administrator", otherwise the sign-in dialog; then, when the password was set by an administrator,
 * the forced password change (declining it goes back to signing in). Quitting any of them ends the app.
 * Every check runs through the {@link TaskRunner}.
 */
public final class SignInFlow {

    private final AccountService accounts;
    private final TaskRunner tasks;
    private final SignInDialogs dialogs;
    private final DialogService messages;

    public SignInFlow(AccountService accounts, TaskRunner tasks, SignInDialogs dialogs, DialogService messages) {
        this.accounts = Objects.requireNonNull(accounts);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.messages = Objects.requireNonNull(messages);
    }

    /**
     * Starts signing in; exactly one of {@code onSignedIn} (with the signed-in person) or {@code onQuit}
     * is called, on the JavaFX thread.
     */
    public void start(Consumer<Actor> onSignedIn, Runnable onQuit) {
        tasks.run("Checking accounts…", accounts::needsFirstAdmin, needsFirstAdmin -> {
            if (needsFirstAdmin) {
                dialogs.showFirstAdmin(new FirstAdminViewModel(accounts, tasks))
                        .ifPresentOrElse(signIn -> onSignedIn.accept(signIn.actor()), onQuit);
            } else {
                signIn(onSignedIn, onQuit);
            }
        }, error -> {
            messages.showError("Accounts cannot be read", "SRO Desk could not read the accounts of this database: "
                    + error.getMessage(), error);
            onQuit.run();
        });
    }

    private void signIn(Consumer<Actor> onSignedIn, Runnable onQuit) {
        while (true) {
            SignIn signIn = dialogs.showSignIn(new SignInViewModel(accounts, tasks)).orElse(null);
            if (signIn == null) {
                onQuit.run();
                return;
            }
            if (!signIn.mustChangePassword()
                    || dialogs.showChangePassword(new ChangePasswordViewModel(accounts, tasks, signIn.actor(), true))) {
                onSignedIn.accept(signIn.actor());
                return;
            }
            // Declined the forced change: that session ends before it began; sign in again.
            Actor declined = signIn.actor();
            tasks.run("Signing out…", () -> {
                accounts.recordSignOut(declined);
                return declined;
            }, done -> { }, error -> { });
        }
    }
}
