package org.srodesk.ui.account;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The pieces the account dialogs share: captions, fields bound to a view model, messages under fields. */
final class AccountForms {

    private AccountForms() {
    }

    static GridPane form() {
        GridPane form = new GridPane();
        form.getStyleClass().add("sro-form");
        // captions keep their whole text ("Display name" in bold is wider than the theme's minimum of 90)
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(captions, fields);
        return form;
    }

    static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sro-form-label");
        return label;
    }

    static TextField text(String id, StringProperty value) {
        return bound(new TextField(), id, value);
    }

    static PasswordField password(String id, StringProperty value) {
        return bound(new PasswordField(), id, value);
    }

    private static <T extends TextField> T bound(T field, String id, StringProperty value) {
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setPrefColumnCount(24);
        return field;
    }

    /** A red line under a field, taking no room while empty. */
    static Label fieldError(String id, ObservableStringValue message) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("sro-field-error");
        error.setWrapText(true);
        error.setMaxWidth(380);
        error.setMinHeight(Region.USE_PREF_SIZE); // wrap onto a second line rather than end in "…"
        error.textProperty().bind(message);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        return error;
    }

    /** The dialog-wide message (a refusal that is not about one field). */
    static Label problem(String id, ObservableStringValue message) {
        Label problem = fieldError(id, message);
        problem.getStyleClass().setAll("label", "sro-form-problem");
        return problem;
    }

    static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("sro-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(380);
        return hint;
    }

    /** A hint above the first field, across both columns, set a little apart from it. */
    static Label intro(String text) {
        Label intro = hint(text);
        GridPane.setMargin(intro, new Insets(0, 0, 6, 0));
        return intro;
    }

    static ProgressIndicator progress(ObservableBooleanValue running) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(22, 22);
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(running);
        return progress;
    }

    /** Adds a caption, a field and its error line to {@code form} from {@code line}; returns the next free line. */
    static int row(GridPane form, int line, String caption, javafx.scene.Node field, Label error) {
        form.add(caption(caption), 0, line);
        form.add(field, 1, line++);
        if (error != null) {
            form.add(error, 1, line++);
        }
        return line;
    }
}
