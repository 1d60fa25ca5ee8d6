package org.srodesk.ui.account;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.srodesk.service.account.SignIn;
import org.srodesk.ui.common.BaseDialog;

/** User name and password; "Sign in" checks them off the JavaFX thread, "Quit" ends the app. */
final class SignInDialog extends BaseDialog<SignIn> {

    static final String QUIT = "Quit";

    SignInDialog(Window owner, SignInViewModel vm, String where) {
        super(owner, "Sign in to SRO Desk", "Sign in");
        getDialogPane().getButtonTypes().set(1, new ButtonType(QUIT, ButtonData.CANCEL_CLOSE));
        getDialogPane().setId("sign-in-dialog");
        setGraphic(new FontIcon(Material2OutlinedAL.LOCK));
        GridPane form = AccountForms.form();
        TextField user = AccountForms.text("sign-in-user", vm.userNameProperty());
        PasswordField password = AccountForms.password("sign-in-password", vm.passwordProperty());
        int line = 0;
        if (where != null && !where.isBlank()) {
            form.add(AccountForms.intro(where), 0, line++, 2, 1);
        }
        line = AccountForms.row(form, line, "User name", user, null);
        line = AccountForms.row(form, line, "Password", password, null);
        Label message = AccountForms.problem("sign-in-message", vm.messageProperty());
        HBox status = new HBox(8, AccountForms.progress(vm.checkingProperty()), message);
        HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
        // "locked until 14:05" came out as "locked until..." in a dialog sized before the message: let it grow
        message.textProperty().addListener((obs, old, text) -> Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        form.add(status, 0, line, 2, 1);
        user.disableProperty().bind(vm.checkingProperty());
        password.disableProperty().bind(vm.checkingProperty());
        setContent(form);
        primaryButton().setId("sign-in-submit");
        disablePrimaryWhen(vm.checkingProperty());
        submitOnPrimary(vm::submit);
        Platform.runLater(() -> (vm.userNameProperty().get().isEmpty() ? user : password).requestFocus());
    }
}
