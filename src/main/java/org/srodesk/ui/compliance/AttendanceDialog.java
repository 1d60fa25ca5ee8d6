package org.srodesk.ui.compliance;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.srodesk.domain.compliance.AttendanceRate;
import org.srodesk.service.compliance.MeetingService;
import org.srodesk.ui.common.BaseDialog;
import org.srodesk.ui.common.OfficerNames;

/** The attendance sheet of one unit meeting: Present / Absent with the reason, per officer. */
final class AttendanceDialog extends BaseDialog<AttendanceRate> {

    private final GridPane sheet = new GridPane();
    private final AttendanceDialogViewModel vm;

    AttendanceDialog(Window owner, AttendanceDialogViewModel vm) {
        super(owner, "Attendance — " + vm.meeting().title() + ", " + vm.meeting().date(), "Record attendance");
        this.vm = vm;
        sheet.getStyleClass().add("sro-form");
        vm.lines().addListener((ListChangeListener<AttendanceDialogViewModel.Line>) c -> build());
        build();
        Button allPresent = new Button("Mark the rest present");
        allPresent.setOnAction(e -> vm.markRestPresent());
        Label meetingError = new Label();
        meetingError.setId("error-meeting");
        meetingError.getStyleClass().add("sro-field-error");
        meetingError.setWrapText(true);
        vm.fieldErrors().addListener((MapChangeListener<String, String>) c -> Platform.runLater(() -> {
            meetingError.setText(vm.errorFor(MeetingService.MEETING));
            build();
        }));
        ScrollPane scroll = new ScrollPane(sheet);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(360);
        setContent(new VBox(8, allPresent, scroll, meetingError, ComplianceForm.problemLabel(vm.problemProperty())));
        getDialogPane().getStyleClass().add("sro-wide-dialog");
        submitOnPrimary(vm::submit);
    }

    private void build() {
        sheet.getChildren().clear();
        int row = 0;
        for (AttendanceDialogViewModel.Line line : vm.lines()) {
            ToggleGroup group = new ToggleGroup();
            RadioButton present = new RadioButton("Present");
            RadioButton absent = new RadioButton("Absent");
            present.setToggleGroup(group);
            absent.setToggleGroup(group);
            Boolean attended = line.attendedProperty().get();
            present.setSelected(Boolean.TRUE.equals(attended));
            absent.setSelected(Boolean.FALSE.equals(attended));
            present.setOnAction(e -> line.attendedProperty().set(true));
            absent.setOnAction(e -> line.attendedProperty().set(false));
            line.attendedProperty().addListener((obs, old, now) -> {
                present.setSelected(Boolean.TRUE.equals(now));
                absent.setSelected(Boolean.FALSE.equals(now));
            });
            TextField reason = new TextField();
            reason.setPromptText("Reason for the absence");
            reason.setPrefColumnCount(16);
            present.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            absent.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            reason.textProperty().bindBidirectional(line.reasonProperty());
            reason.disableProperty().bind(line.attendedProperty().isNotEqualTo(Boolean.FALSE));
            Label name = new Label(OfficerNames.withBadge(line.officer()));
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            sheet.add(name, 0, row);
            sheet.add(new HBox(10, present, absent), 1, row);
            sheet.add(reason, 2, row);
            String error = vm.errorFor(line.field());
            if (!error.isEmpty()) {
                Label message = new Label(error);
                message.getStyleClass().add("sro-field-error");
                sheet.add(message, 2, row + 1);
            }
            row += 2;
        }
    }
}
