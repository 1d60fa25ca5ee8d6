package org.srodesk.ui.account;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.srodesk.ui.common.BaseDialog;

/** The current password and the new one twice; forced after a temporary password ("Sign out" instead of Cancel). */
final class ChangePasswordDialog extends BaseDialog<Boolean> {

    static final String SIGN_OUT = "Sign out";

    ChangePasswordDialog(Window owner, ChangePasswordViewModel vm) {
        super(owner, vm.isForced() ? "Choose your own password" : "Change password", "Change password");
        if (vm.isForced()) {
            getDialogPane().getButtonTypes().set(1, new ButtonType(SIGN_OUT, ButtonData.CANCEL_CLOSE));
        }
        getDialogPane().setId("change-password-dialog");
        setGraphic(new FontIcon(Material2OutlinedMZ.VPN_KEY));
        GridPane form = AccountForms.form();
        int line = 0;
        form.add(AccountForms.intro(vm.explanation()), 0, line++, 2, 1);
        PasswordField current = AccountForms.password("change-current", vm.currentProperty());
        line = AccountForms.row(form, line, vm.isForced() ? "Temporary password" : "Current password", current,
                AccountForms.fieldError("change-current-error", vm.currentErrorProperty()));
        PasswordField next = AccountForms.password("change-new", vm.nextProperty());
        line = AccountForms.row(form, line, "New password", next,
                AccountForms.fieldError("change-new-error", vm.nextErrorProperty()));
        PasswordField repeat = AccountForms.password("change-repeat", vm.repeatProperty());
        line = AccountForms.row(form, line, "Repeat", repeat,
                AccountForms.fieldError("change-repeat-error", vm.repeatErrorProperty()));
        form.add(AccountForms.hint(vm.policyHint()), 1, line++);
        form.add(new HBox(8, AccountForms.progress(vm.checkingProperty()),
                AccountForms.problem("change-problem", vm.problemProperty())), 0, line, 2, 1);
        form.disableProperty().bind(vm.checkingProperty());
        setContent(form);
        primaryButton().setId("change-submit");
        disablePrimaryWhen(vm.checkingProperty());
        submitOnPrimary(vm::submit);
        Platform.runLater(current::requestFocus);
    }
}
