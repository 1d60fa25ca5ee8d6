package org.srodesk.ui.account;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import org.srodesk.domain.account.Account;
import org.srodesk.domain.account.Role;
import org.srodesk.ui.common.BaseDialog;

/** New account: user name, display name, role, temporary password twice. */
final class NewAccountDialog extends BaseDialog<Account> {

    NewAccountDialog(Window owner, NewAccountViewModel vm) {
        super(owner, "New account", "Create account");
        getDialogPane().setId("new-account-dialog");
        GridPane form = AccountForms.form();
        int line = 0;
        TextField user = AccountForms.text("account-user", vm.userNameProperty());
        user.setPromptText("e.g. sgt.olson");
        line = AccountForms.row(form, line, "User name", user,
                AccountForms.fieldError("account-user-error", vm.userNameErrorProperty()));
        line = AccountForms.row(form, line, "Display name", AccountForms.text("account-name", vm.displayNameProperty()),
                AccountForms.fieldError("account-name-error", vm.displayNameErrorProperty()));
        ComboBox<Role> role = RoleChoice.of("account-role", vm.roleProperty());
        line = AccountForms.row(form, line, "Role", role,
                AccountForms.fieldError("account-role-error", vm.roleErrorProperty()));
        Label may = AccountForms.hint("");
        may.textProperty().bind(Bindings.createStringBinding(() -> RoleChoice.mayText(vm.roleProperty().get()),
                vm.roleProperty()));
        form.add(may, 1, line++);
        line = AccountForms.row(form, line, "Temporary password",
                AccountForms.password("account-password", vm.passwordProperty()),
                AccountForms.fieldError("account-password-error", vm.passwordErrorProperty()));
        line = AccountForms.row(form, line, "Repeat", AccountForms.password("account-repeat", vm.repeatProperty()),
                AccountForms.fieldError("account-repeat-error", vm.repeatErrorProperty()));
        form.add(AccountForms.hint(vm.policyHint() + " The person chooses their own at the first sign-in."), 1, line++);
        form.add(new HBox(8, AccountForms.progress(vm.savingProperty()),
                AccountForms.problem("account-problem", vm.problemProperty())), 0, line, 2, 1);
        setContent(form);
        primaryButton().setId("account-create");
        disablePrimaryWhen(vm.savingProperty());
        submitOnPrimary(vm::submit);
        Platform.runLater(user::requestFocus);
    }
}
