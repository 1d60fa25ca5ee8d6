package org.srodesk.ui.account;

import java.util.Optional;

import org.srodesk.domain.account.Account;

/**
 * The Accounts screen's dialogs, opened only through this interface so that {@link AccountsViewModel} is
 * tested without a window. Production: {@link FxAccountDialogs}. Call on the JavaFX thread.
 */
public interface AccountDialogs {

    /** New account…; the account once created, empty when closed. */
    Optional<Account> showNewAccount(NewAccountViewModel viewModel);

    /** Edit…; the account as saved, empty when closed (also after a refused, stale save). */
    Optional<Account> showEditAccount(EditAccountViewModel viewModel);

    /** Reset password…; true once reset. */
    boolean showResetPassword(ResetPasswordViewModel viewModel);
}
