package org.srodesk.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a password (the database server's, at start): the answer is returned as characters and
 * the field is cleared, so it stays only as long as the caller keeps it. Nothing is remembered.
 */
public final class PasswordDialog extends BaseDialog<char[]> {

    private final PasswordField field = new PasswordField();

    public PasswordDialog(Window owner, String title, String message) {
        super(owner, title, "Connect");
        field.setId("password");
        field.setPromptText("Password");
        Label explanation = new Label(message);
        explanation.setWrapText(true);
        explanation.setMaxWidth(420);
        setContent(new VBox(10, explanation, field));
        disablePrimaryWhen(field.textProperty().isEmpty());
        setResultConverter(button -> {
            char[] typed = button == primaryButtonType() ? field.getText().toCharArray() : null;
            field.clear();
            return typed;
        });
        Platform.runLater(field::requestFocus);
    }
}
