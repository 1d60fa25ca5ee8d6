package org.srodesk.ui.account;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import org.srodesk.domain.account.Account;
import org.srodesk.ui.common.BaseDialog;

/** Edit an account: display name, role, active. A stale save says "changed by someone else — reload". */
final class EditAccountDialog extends BaseDialog<Account> {

    EditAccountDialog(Window owner, EditAccountViewModel vm) {
        super(owner, "Edit account", "Save");
        setHeaderText("Edit account " + vm.account().userName());
        getDialogPane().setId("edit-account-dialog");
        GridPane form = AccountForms.form();
        int line = 0;
        line = AccountForms.row(form, line, "Display name", AccountForms.text("edit-name", vm.displayNameProperty()),
                AccountForms.fieldError("edit-name-error", vm.displayNameErrorProperty()));
        line = AccountForms.row(form, line, "Role", RoleChoice.of("edit-role", vm.roleProperty()),
                AccountForms.fieldError("edit-role-error", vm.roleErrorProperty()));
        Label may = AccountForms.hint("");
        may.textProperty().bind(Bindings.createStringBinding(() -> RoleChoice.mayText(vm.roleProperty().get()),
                vm.roleProperty()));
        form.add(may, 1, line++);
        CheckBox active = new CheckBox("Active (may sign in)");
        active.setId("edit-active");
        active.selectedProperty().bindBidirectional(vm.activeProperty());
        form.add(active, 1, line++);
        form.add(new HBox(8, AccountForms.progress(vm.savingProperty()),
                AccountForms.problem("edit-problem", vm.problemProperty())), 0, line, 2, 1);
        setContent(form);
        primaryButton().setId("edit-save");
        disablePrimaryWhen(vm.savingProperty().or(vm.staleProperty()));
        submitOnPrimary(vm::submit);
    }
}
