package org.srodesk.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks at start for the passphrase of an encrypted database file, before it is opened. After a
 * wrong passphrase it is shown again with the reason above the field. The answer is returned as
 * characters and the field is cleared; the caller overwrites the array once the key is derived.
 * Cancel is labelled "Quit": without the passphrase there is nothing to open.
 */
public final class PassphraseDialog extends BaseDialog<char[]> {

    public static final String TITLE = "Passphrase of the encrypted database";

    private final PasswordField field = new PasswordField();

    /**
     * @param fileName the database file, as the user knows it
     * @param problem  why it is asked again (e.g. "The passphrase does not open …"), or null the first time
     */
    public PassphraseDialog(Window owner, String fileName, String problem) {
        super(owner, TITLE, "Open");
        field.setId("passphrase");
        field.setPromptText("Passphrase");
        Label explanation = new Label("The database " + fileName + " is encrypted. Type its passphrase to open it. "
                + "SRO Desk does not keep the passphrase; it uses it only to make the key.");
        explanation.setWrapText(true);
        explanation.setMaxWidth(440);
        VBox content = new VBox(10, explanation);
        if (problem != null) {
            Label wrong = new Label(problem);
            wrong.setId("passphrase-problem");
            wrong.setWrapText(true);
            wrong.setMaxWidth(440);
            wrong.getStyleClass().add("sro-form-problem");
            content.getChildren().add(wrong);
        }
        content.getChildren().add(field);
        setContent(content);
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setText("Quit");
        disablePrimaryWhen(field.textProperty().isEmpty());
        setResultConverter(button -> {
            char[] typed = button == primaryButtonType() ? field.getText().toCharArray() : null;
            field.clear();
            return typed;
        });
        Platform.runLater(field::requestFocus);
    }
}
