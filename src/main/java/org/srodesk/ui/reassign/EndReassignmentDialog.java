package org.srodesk.ui.reassign;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.srodesk.service.ReassignmentOutcome;
import org.srodesk.ui.common.BaseDialog;
import org.srodesk.ui.common.OfficerNames;

/** End a reassignment early (new last day) or cancel it, with a comment kept in its history. */
final class EndReassignmentDialog extends BaseDialog<ReassignmentOutcome> {

    EndReassignmentDialog(Window owner, EndReassignmentViewModel vm) {
        super(owner, vm.isCancelling() ? "Cancel reassignment" : "End reassignment early",
                vm.isCancelling() ? "Cancel reassignment" : "End early");
        var row = vm.row();
        setHeaderText((vm.isCancelling() ? "Cancel: " : "End early: ")
                + (row.officer() == null ? "?" : OfficerNames.formal(row.officer())) + " → " + row.destination()
                + ", " + ReassignmentCells.period(row.reassignment()));
        GridPane form = new GridPane();
        form.getStyleClass().add("sro-form");
        int line = 0;
        if (!vm.isCancelling()) {
            DatePicker last = new DatePicker();
            last.setId("end-last-day");
            last.valueProperty().bindBidirectional(vm.lastDayProperty());
            form.add(caption("New last day"), 0, line);
            form.add(last, 1, line++);
            Label error = new Label();
            error.setId("error-end");
            error.getStyleClass().add("sro-field-error");
            error.textProperty().bind(vm.lastDayErrorProperty());
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            form.add(error, 1, line++);
        } else {
            Label hint = new Label("The reassignment stays in the history but no longer changes the roster.");
            hint.getStyleClass().add("sro-hint");
            hint.setWrapText(true);
            form.add(hint, 0, line++, 2, 1);
        }
        TextArea comment = new TextArea();
        comment.setId("end-comment");
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(vm.commentProperty());
        form.add(caption("Comment"), 0, line);
        form.add(comment, 1, line++);
        Label problem = new Label();
        problem.getStyleClass().add("sro-form-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        form.add(problem, 0, line, 2, 1);
        setContent(form);
        getDialogPane().setPrefWidth(560);
        primaryButton().setId("end-confirm");
        submitOnPrimary(vm::submit);
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sro-form-label");
        return label;
    }
}
