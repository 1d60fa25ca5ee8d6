package org.srodesk.ui.account;

import java.util.Optional;

import org.srodesk.service.account.SignIn;

/**
 * The dialogs of signing in, opened only through this interface so {@link SignInFlow} is tested without a
 * window. Production: {@link FxSignInDialogs}. Call on the JavaFX thread; each blocks until answered.
 */
public interface SignInDialogs {

    /** "Create the first administrator"; the sign-in once created, empty when the user quits. */
    Optional<SignIn> showFirstAdmin(FirstAdminViewModel viewModel);

    /** User name and password; the sign-in once right, empty when the user quits. */
    Optional<SignIn> showSignIn(SignInViewModel viewModel);

    /** The (forced or chosen) password change; true once changed, false when cancelled. */
    boolean showChangePassword(ChangePasswordViewModel viewModel);
}
