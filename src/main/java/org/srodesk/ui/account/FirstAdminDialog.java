package org.srodesk.ui.account;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.srodesk.service.account.SignIn;
import org.srodesk.ui.common.BaseDialog;

/** The first start on a database without accounts: the first administrator, who then creates the others. */
final class FirstAdminDialog extends BaseDialog<SignIn> {

    FirstAdminDialog(Window owner, FirstAdminViewModel vm) {
        super(owner, "Create the first administrator", "Create and sign in");
        getDialogPane().getButtonTypes().set(1, new ButtonType(SignInDialog.QUIT, ButtonData.CANCEL_CLOSE));
        getDialogPane().setId("first-admin-dialog");
        setGraphic(new FontIcon(Material2OutlinedAL.ADMIN_PANEL_SETTINGS));
        GridPane form = AccountForms.form();
        int line = 0;
        form.add(AccountForms.intro("This database has no accounts yet. The first account is an administrator: it "
                + "creates the accounts of the sergeant, the commander and the others, and does no scheduling itself."),
                0, line++, 2, 1);
        TextField user = AccountForms.text("first-admin-user", vm.userNameProperty());
        user.setPromptText("e.g. lt.admin");
        line = AccountForms.row(form, line, "User name", user,
                AccountForms.fieldError("first-admin-user-error", vm.userNameErrorProperty()));
        TextField name = AccountForms.text("first-admin-name", vm.displayNameProperty());
        name.setPromptText("e.g. Lt. Morgan");
        line = AccountForms.row(form, line, "Display name", name,
                AccountForms.fieldError("first-admin-name-error", vm.displayNameErrorProperty()));
        PasswordField password = AccountForms.password("first-admin-password", vm.passwordProperty());
        line = AccountForms.row(form, line, "Password", password,
                AccountForms.fieldError("first-admin-password-error", vm.passwordErrorProperty()));
        PasswordField repeat = AccountForms.password("first-admin-repeat", vm.repeatProperty());
        line = AccountForms.row(form, line, "Repeat", repeat,
                AccountForms.fieldError("first-admin-repeat-error", vm.repeatErrorProperty()));
        form.add(AccountForms.hint(vm.policyHint()), 1, line++);
        form.add(new HBox(8, AccountForms.progress(vm.checkingProperty()),
                AccountForms.problem("first-admin-problem", vm.problemProperty())), 0, line, 2, 1);
        form.disableProperty().bind(vm.checkingProperty());
        setContent(form);
        primaryButton().setId("first-admin-submit");
        disablePrimaryWhen(vm.checkingProperty());
        submitOnPrimary(vm::submit);
        Platform.runLater(user::requestFocus);
    }
}
