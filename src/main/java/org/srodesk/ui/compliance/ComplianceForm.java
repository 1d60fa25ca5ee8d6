package org.srodesk.ui.compliance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * A two-column form whose fields show their error right under them (label id {@code error-<field>})
 * and are marked by ControlsFX validation, both driven by a dialog view model's field errors.
 */
final class ComplianceForm {

    private final GridPane grid = new GridPane();
    private final Map<String, Label> messages = new LinkedHashMap<>();
    private final ValidationSupport validation = new ValidationSupport();
    private final Function<String, String> errorFor;
    private int row;

    ComplianceForm(ObservableMap<String, String> errors, Function<String, String> errorFor) {
        this.errorFor = errorFor;
        grid.getStyleClass().add("sro-form");
        // labels keep their whole text (the theme's .sro-form-label only sets a minimum of 90)
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        errors.addListener((MapChangeListener<String, String>) change -> Platform.runLater(this::refresh));
    }

    /** Adds a labelled field; {@code field} names it in the view model's errors (null: never refused). */
    ComplianceForm add(String label, Node node, String field) {
        Label caption = new Label(label);
        caption.getStyleClass().add("sro-form-label");
        grid.add(caption, 0, row);
        grid.add(node, 1, row);
        if (field != null) {
            Label message = new Label();
            message.setId("error-" + field);
            message.getStyleClass().add("sro-field-error");
            message.setWrapText(true);
            message.managedProperty().bind(message.textProperty().isNotEmpty());
            grid.add(message, 1, row + 1);
            messages.put(field, message);
            if (node instanceof Control control) {
                validation.registerValidator(control, false, (Control c, Object value) ->
                        ValidationResult.fromMessageIf(c, errorFor.apply(field), Severity.ERROR,
                                !errorFor.apply(field).isEmpty()));
            }
        }
        row += 2;
        return this;
    }

    /** A line across both columns (hints, the problem line). */
    ComplianceForm span(Node node) {
        grid.add(node, 0, row++, 2, 1);
        return this;
    }

    void refresh() {
        messages.forEach((field, label) -> label.setText(errorFor.apply(field)));
        validation.revalidate();
    }

    GridPane grid() {
        return grid;
    }

    static Label problemLabel(javafx.beans.value.ObservableValue<String> problem) {
        Label label = new Label();
        label.getStyleClass().add("sro-form-problem");
        label.setWrapText(true);
        label.textProperty().bind(problem);
        return label;
    }
}
