package org.srodesk.ui.account;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.Window;

import org.srodesk.domain.account.Account;

/** {@link AccountDialogs} with real dialogs owned by the main window. */
public final class FxAccountDialogs implements AccountDialogs {

    private final Supplier<Window> owner;

    public FxAccountDialogs(Supplier<Window> owner) {
        this.owner = Objects.requireNonNull(owner);
    }

    @Override
    public Optional<Account> showNewAccount(NewAccountViewModel viewModel) {
        return new NewAccountDialog(owner.get(), viewModel).showAndWait();
    }

    @Override
    public Optional<Account> showEditAccount(EditAccountViewModel viewModel) {
        return new EditAccountDialog(owner.get(), viewModel).showAndWait();
    }

    @Override
    public boolean showResetPassword(ResetPasswordViewModel viewModel) {
        return new ResetPasswordDialog(owner.get(), viewModel).showAndWait().orElse(false);
    }

    /** Account → Change password… (not forced). */
    public static boolean showChangePassword(Window owner, ChangePasswordViewModel viewModel) {
        return new ChangePasswordDialog(owner, viewModel).showAndWait().orElse(false);
    }
}
