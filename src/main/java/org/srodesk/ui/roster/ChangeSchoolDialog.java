package org.srodesk.ui.roster;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.srodesk.domain.Officer;
import org.srodesk.domain.School;
import org.srodesk.ui.common.BaseDialog;
import org.srodesk.ui.common.OfficerNames;

/** Asks for a primary SRO's new school and the first day there. The view model does the change. */
final class ChangeSchoolDialog extends BaseDialog<ChangeSchoolDialog.Choice> {

    /** The sergeant's answer. */
    record Choice(School school, LocalDate from) {
    }

    final ComboBox<School> school = new ComboBox<>();
    final DatePicker from = new DatePicker();

    ChangeSchoolDialog(Window owner, Officer officer, List<School> schools, School current, LocalDate firstDay) {
        super(owner, "Change primary school", "Change school");
        setHeaderText("Post " + OfficerNames.formal(officer) + " to another school"
                + (current == null ? "" : " (now " + current.name() + ", " + current.code() + ")"));
        school.setId("newSchool");
        from.setId("changeFrom");
        school.getItems().setAll(schools);
        school.setConverter(new StringConverter<>() {
            @Override
            public String toString(School s) {
                return s == null ? "" : s.code() + " — " + s.name() + " (" + s.level().label() + ")";
            }

            @Override
            public School fromString(String text) {
                return null;
            }
        });
        school.setPromptText("Choose a school");
        school.setMaxWidth(Double.MAX_VALUE);
        from.setValue(firstDay);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, new Label("New school"), school);
        form.addRow(1, new Label("From"), from);
        Label note = new Label("The current posting ends the day before; its history is kept.");
        note.setWrapText(true);
        form.add(note, 0, 2, 2, 1);
        setContent(form);
        disablePrimaryWhen(Bindings.createBooleanBinding(
                () -> school.getValue() == null || from.getValue() == null || school.getValue().equals(current),
                school.valueProperty(), from.valueProperty()));
        setResultConverter(button -> button == primaryButtonType() ? new Choice(school.getValue(), from.getValue()) : null);
    }
}
