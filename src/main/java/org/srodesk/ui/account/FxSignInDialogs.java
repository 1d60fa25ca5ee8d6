package org.srodesk.ui.account;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.Dialog;
import javafx.stage.Window;

import org.srodesk.service.account.SignIn;

/** {@link SignInDialogs} with real dialogs owned by the main window. */
public final class FxSignInDialogs implements SignInDialogs {

    private final Supplier<Window> owner;
    private final Supplier<String> where;
    private final Consumer<Dialog<?>> onShown;

    /**
     * @param where   a line under the title saying which database is signed in to
     * @param onShown told when a first-admin or sign-in dialog is on screen (start-up timing)
     */
    public FxSignInDialogs(Supplier<Window> owner, Supplier<String> where, Consumer<Dialog<?>> onShown) {
        this.owner = Objects.requireNonNull(owner);
        this.where = Objects.requireNonNull(where);
        this.onShown = Objects.requireNonNull(onShown);
    }

    @Override
    public Optional<SignIn> showFirstAdmin(FirstAdminViewModel viewModel) {
        FirstAdminDialog dialog = new FirstAdminDialog(owner.get(), viewModel);
        dialog.setOnShown(e -> onShown.accept(dialog));
        return dialog.showAndWait();
    }

    @Override
    public Optional<SignIn> showSignIn(SignInViewModel viewModel) {
        SignInDialog dialog = new SignInDialog(owner.get(), viewModel, where.get());
        dialog.setOnShown(e -> onShown.accept(dialog));
        return dialog.showAndWait();
    }

    @Override
    public boolean showChangePassword(ChangePasswordViewModel viewModel) {
        return new ChangePasswordDialog(owner.get(), viewModel).showAndWait().orElse(false);
    }
}
