package org.srodesk.ui.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.controlsfx.control.SearchableComboBox;
import org.srodesk.domain.DateRange;
import org.srodesk.ui.common.BaseDialog;

/** {@link CoveragePrompts} as dialogs built on {@link BaseDialog}, owned by the main window. */
final class FxCoveragePrompts implements CoveragePrompts {

    private final Supplier<Window> owner;

    FxCoveragePrompts(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Long> chooseRover(String title, String message, List<RoverChoice> choices) {
        return new RoverDialog(owner.get(), title, message, choices).showAndWait();
    }

    @Override
    public Optional<ManualNeedInput> askManualNeed(List<SchoolChoice> schools, LocalDate suggestedDate, DateRange period) {
        return new ManualNeedDialog(owner.get(), schools, suggestedDate, period).showAndWait();
    }

    private static final class RoverDialog extends BaseDialog<Long> {
        RoverDialog(Window owner, String title, String message, List<RoverChoice> choices) {
            super(owner, title, "Pin");
            Label text = new Label(message);
            text.setWrapText(true);
            ListView<RoverChoice> list = new ListView<>();
            list.setId("pin-rover-list");
            list.getItems().setAll(choices);
            list.setPrefHeight(Math.min(320, 28 * choices.size() + 8));
            list.getSelectionModel().selectFirst();
            list.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    primaryButton().fire();
                }
            });
            setContent(new VBox(10, text, list));
            disablePrimaryWhen(list.getSelectionModel().selectedItemProperty().isNull());
            setResultConverter(b -> b == primaryButtonType() && list.getSelectionModel().getSelectedItem() != null
                    ? list.getSelectionModel().getSelectedItem().roverId() : null);
        }
    }

    private static final class ManualNeedDialog extends BaseDialog<ManualNeedInput> {
        ManualNeedDialog(Window owner, List<SchoolChoice> schools, LocalDate suggested, DateRange period) {
            super(owner, "Add a need for a rover", "Add need");
            SearchableComboBox<SchoolChoice> school = new SearchableComboBox<>();
            school.setId("need-school");
            school.getItems().setAll(schools);
            school.setMaxWidth(Double.MAX_VALUE);
            DatePicker date = new DatePicker(suggested);
            date.setId("need-date");
            date.setDayCellFactory(p -> new DateCell() {
                @Override
                public void updateItem(LocalDate item, boolean empty) {
                    super.updateItem(item, empty);
                    setDisable(empty || item == null || !period.contains(item));
                }
            });
            TextField note = new TextField();
            note.setId("need-note");
            note.setPromptText("e.g. Graduation rehearsal");
            GridPane form = new GridPane();
            form.setHgap(10);
            form.setVgap(10);
            form.addRow(0, new Label("School"), school);
            form.addRow(1, new Label("Day"), date);
            form.addRow(2, new Label("Note"), note);
            Label hint = new Label("The need counts whatever the minimum absence length; it is saved with the data.");
            hint.setWrapText(true);
            hint.getStyleClass().add("text-muted");
            setContent(new VBox(12, form, hint));
            disablePrimaryWhen(Bindings.createBooleanBinding(
                    () -> school.getValue() == null || date.getValue() == null || !period.contains(date.getValue()),
                    school.valueProperty(), date.valueProperty()));
            setResultConverter(b -> b == primaryButtonType()
                    ? new ManualNeedInput(school.getValue().schoolId(), date.getValue(), note.getText().trim()) : null);
        }
    }
}
