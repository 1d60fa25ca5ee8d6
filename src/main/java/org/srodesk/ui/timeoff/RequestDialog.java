package org.srodesk.ui.timeoff;

import java.util.Map;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.srodesk.domain.Officer;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.service.DecisionOutcome;
import org.srodesk.service.TimeOffDraft;
import org.srodesk.ui.common.BaseDialog;

/**
 * New time-off request: officer, kind, first and last day or a partial day with hours, note. Each
 * field shows what is wrong next to it (ControlsFX validation, the service's refusals included);
 * the dialog stays open and nothing is written until the input is right.
 */
final class RequestDialog extends BaseDialog<DecisionOutcome> {

    private final ValidationSupport validation = new ValidationSupport();
    private final Map<String, Label> messages = new java.util.HashMap<>();

    RequestDialog(Window owner, RequestDialogViewModel vm) {
        super(owner, "Request time off", "Enter request");
        SearchableComboBox<Officer> officer = new SearchableComboBox<>(vm.officers());
        officer.setId("request-officer");
        officer.setConverter(TimeOffCells.officerConverter());
        officer.valueProperty().bindBidirectional(vm.officerProperty());
        officer.setMaxWidth(Double.MAX_VALUE);
        ComboBox<TimeOffKind> kind = new ComboBox<>(FXCollections.observableArrayList(TimeOffKind.values()));
        kind.setId("request-kind");
        kind.setConverter(TimeOffCells.kindConverter());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        DatePicker start = new DatePicker();
        start.setId("request-start");
        start.valueProperty().bindBidirectional(vm.startDateProperty());
        DatePicker end = new DatePicker();
        end.setId("request-end");
        end.valueProperty().bindBidirectional(vm.endDateProperty());
        end.disableProperty().bind(vm.partialDayProperty());
        CheckBox partial = new CheckBox("Part of a day");
        partial.setId("request-partial");
        partial.selectedProperty().bindBidirectional(vm.partialDayProperty());
        TextField from = new TextField();
        from.setId("request-from");
        from.setPrefColumnCount(5);
        from.textProperty().bindBidirectional(vm.fromTimeProperty());
        TextField to = new TextField();
        to.setId("request-to");
        to.setPrefColumnCount(5);
        to.textProperty().bindBidirectional(vm.toTimeProperty());
        HBox hours = new HBox(8, partial, new Label("from"), from, new Label("to"), to);
        hours.getStyleClass().add("sro-form-row");
        from.disableProperty().bind(vm.partialDayProperty().not());
        to.disableProperty().bind(vm.partialDayProperty().not());
        TextArea note = new TextArea();
        note.setId("request-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.noteProperty());

        GridPane form = new GridPane();
        form.getStyleClass().add("sro-form");
        int row = 0;
        row = addRow(form, row, "Officer", officer, TimeOffDraft.OFFICER);
        row = addRow(form, row, "Kind", kind, TimeOffDraft.KIND);
        row = addRow(form, row, "First day", start, TimeOffDraft.START);
        row = addRow(form, row, "Last day", end, TimeOffDraft.END);
        row = addRow(form, row, "Hours", hours, TimeOffDraft.HOURS);
        addRow(form, row, "Note", note, TimeOffDraft.NOTE);
        Label sickHint = new Label("Sick leave is recorded as approved at once, and the principal's notice follows.");
        sickHint.getStyleClass().add("sro-hint");
        sickHint.setWrapText(true);
        sickHint.visibleProperty().bind(vm.kindProperty().isEqualTo(TimeOffKind.SICK));
        sickHint.managedProperty().bind(sickHint.visibleProperty());
        form.add(sickHint, 1, 19);
        Label problem = new Label();
        problem.getStyleClass().add("sro-form-problem");
        problem.textProperty().bind(vm.problemProperty());
        form.add(problem, 0, 20, 2, 1);
        setContent(form);
        getDialogPane().getStyleClass().add("sro-wide-dialog");

        validation.setValidationDecorator(new StyleClassValidationDecoration());
        register(officer, vm, TimeOffDraft.OFFICER);
        register(kind, vm, TimeOffDraft.KIND);
        register(start, vm, TimeOffDraft.START);
        register(end, vm, TimeOffDraft.END);
        register(from, vm, TimeOffDraft.HOURS);
        register(to, vm, TimeOffDraft.HOURS);
        vm.fieldErrors().addListener((MapChangeListener<String, String>) change -> Platform.runLater(() -> {
            validation.revalidate();
            showMessages(vm);
        }));
        vm.partialDayProperty().addListener((obs, old, now) -> showMessages(vm));

        primaryButton().addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            vm.submit(outcome -> {
                setResult(outcome);
                close();
            });
            showMessages(vm);
        });
        setResultConverter(button -> null);
        Platform.runLater(officer::requestFocus);
    }

    private int addRow(GridPane form, int row, String label, javafx.scene.Node field, String key) {
        Label caption = new Label(label);
        caption.getStyleClass().add("sro-form-label");
        form.add(caption, 0, row);
        form.add(field, 1, row);
        Label message = new Label();
        message.setId("error-" + key);
        message.getStyleClass().add("sro-field-error");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        form.add(message, 1, row + 1);
        messages.put(key, message);
        return row + 2;
    }

    private void register(Control control, RequestDialogViewModel vm, String field) {
        validation.registerValidator(control, false, (Control c, Object value) -> {
            showMessages(vm);
            String error = vm.errorFor(field);
            return ValidationResult.fromMessageIf(c, error, Severity.ERROR, !error.isEmpty()
                    && (vm.fieldErrors().containsKey(field) || isTouched(field, vm)));
        });
    }

    /** Required-field messages wait until the user tried to submit; order and hours show at once. */
    private static boolean isTouched(String field, RequestDialogViewModel vm) {
        return TimeOffDraft.END.equals(field) && vm.startDateProperty().get() != null && vm.endDateProperty().get() != null
                || TimeOffDraft.HOURS.equals(field) && vm.partialDayProperty().get();
    }

    private void showMessages(RequestDialogViewModel vm) {
        messages.forEach((field, label) -> {
            String error = vm.errorFor(field);
            label.setText(!error.isEmpty() && (vm.fieldErrors().containsKey(field) || isTouched(field, vm)) ? error : "");
        });
    }
}
