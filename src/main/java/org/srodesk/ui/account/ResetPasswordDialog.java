package org.srodesk.ui.account;

import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import org.srodesk.ui.common.BaseDialog;

/** Reset password: a temporary password twice; the person chooses their own at the next sign-in. */
final class ResetPasswordDialog extends BaseDialog<Boolean> {

    ResetPasswordDialog(Window owner, ResetPasswordViewModel vm) {
        super(owner, "Reset password", "Reset password");
        setHeaderText("Reset the password of " + vm.account().userName());
        getDialogPane().setId("reset-password-dialog");
        GridPane form = AccountForms.form();
        int line = 0;
        form.add(AccountForms.intro(vm.account().displayName() + " signs in with this temporary password once and "
                + "then chooses their own. A lock on the account is lifted."), 0, line++, 2, 1);
        line = AccountForms.row(form, line, "Temporary password", AccountForms.password("reset-password",
                vm.passwordProperty()), AccountForms.fieldError("reset-password-error", vm.passwordErrorProperty()));
        line = AccountForms.row(form, line, "Repeat", AccountForms.password("reset-repeat", vm.repeatProperty()),
                AccountForms.fieldError("reset-repeat-error", vm.repeatErrorProperty()));
        form.add(AccountForms.hint(vm.policyHint()), 1, line++);
        form.add(new HBox(8, AccountForms.progress(vm.savingProperty()),
                AccountForms.problem("reset-problem", vm.problemProperty())), 0, line, 2, 1);
        setContent(form);
        primaryButton().setId("reset-submit");
        disablePrimaryWhen(vm.savingProperty());
        submitOnPrimary(vm::submit);
    }
}
