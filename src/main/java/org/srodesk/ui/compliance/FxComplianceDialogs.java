package org.srodesk.ui.compliance;

import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import org.controlsfx.control.SearchableComboBox;
import org.srodesk.domain.Officer;
import org.srodesk.domain.UnitEvent;
import org.srodesk.domain.compliance.AttendanceRate;
import org.srodesk.domain.compliance.MonthlyLog;
import org.srodesk.domain.compliance.TrainingCompletion;
import org.srodesk.domain.compliance.TrainingCourse;
import org.srodesk.service.compliance.CompletionDraft;
import org.srodesk.service.compliance.LogDraft;
import org.srodesk.service.compliance.MeetingService;
import org.srodesk.ui.common.BaseDialog;
import org.srodesk.ui.common.OfficerNames;

/** {@link ComplianceDialogs} with real windows owned by the main window. */
public final class FxComplianceDialogs implements ComplianceDialogs {

    private final Supplier<Window> owner;

    public FxComplianceDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<TrainingCompletion> showCompletionDialog(CompletionDialogViewModel viewModel) {
        return new CompletionDialog(owner.get(), viewModel).showAndWait();
    }

    @Override
    public Optional<MonthlyLog> showLogDialog(LogDialogViewModel viewModel) {
        return new LogDialog(owner.get(), viewModel).showAndWait();
    }

    @Override
    public Optional<UnitEvent> showRescheduleDialog(RescheduleDialogViewModel viewModel) {
        return new RescheduleDialog(owner.get(), viewModel).showAndWait();
    }

    @Override
    public Optional<AttendanceRate> showAttendanceDialog(AttendanceDialogViewModel viewModel) {
        return new AttendanceDialog(owner.get(), viewModel).showAndWait();
    }

    @Override
    public Optional<TrainingCourse> showCourseDialog(CourseDialogViewModel viewModel) {
        return new CourseDialog(owner.get(), viewModel).showAndWait();
    }

    static SearchableComboBox<Officer> officerBox(javafx.collections.ObservableList<Officer> officers,
                                                  javafx.beans.property.ObjectProperty<Officer> value, String id) {
        SearchableComboBox<Officer> box = new SearchableComboBox<>(officers);
        box.setId(id);
        box.setConverter(ComplianceCells.converter(o -> o == null ? "" : OfficerNames.withBadge(o)));
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** Record a training completion. */
    static final class CompletionDialog extends BaseDialog<TrainingCompletion> {
        CompletionDialog(Window owner, CompletionDialogViewModel vm) {
            super(owner, "Record training", "Record");
            ComboBox<TrainingCourse> course = new ComboBox<>(vm.courses());
            course.setId("completion-course");
            course.setConverter(ComplianceCells.converter(c -> c == null ? "" : c.name()));
            course.valueProperty().bindBidirectional(vm.courseProperty());
            course.setMaxWidth(Double.MAX_VALUE);
            DatePicker date = new DatePicker();
            date.setId("completion-date");
            date.valueProperty().bindBidirectional(vm.dateProperty());
            TextField hours = new TextField();
            hours.setId("completion-hours");
            hours.setPrefColumnCount(5);
            hours.textProperty().bindBidirectional(vm.hoursProperty());
            TextField provider = new TextField();
            provider.setId("completion-provider");
            provider.textProperty().bindBidirectional(vm.providerProperty());
            TextField reference = new TextField();
            reference.setId("completion-reference");
            reference.setPromptText("Certificate number or note");
            reference.textProperty().bindBidirectional(vm.referenceProperty());
            CheckBox onRoster = new CheckBox("Show the day on the roster (approved training)");
            onRoster.setId("completion-on-roster");
            onRoster.selectedProperty().bindBidirectional(vm.onRosterProperty());
            ComplianceForm form = new ComplianceForm(vm.fieldErrors(), vm::errorFor)
                    .add("Officer", officerBox(vm.officers(), vm.officerProperty(), "completion-officer"), CompletionDraft.OFFICER)
                    .add("Course", course, CompletionDraft.COURSE)
                    .add("Completed on", date, CompletionDraft.DATE)
                    .add("Hours", hours, CompletionDraft.HOURS)
                    .add("Provider", provider, CompletionDraft.PROVIDER)
                    .add("Certificate / note", reference, null)
                    .add("Roster", onRoster, null)
                    .span(ComplianceForm.problemLabel(vm.problemProperty()));
            setContent(form.grid());
            getDialogPane().getStyleClass().add("sro-wide-dialog");
            submitOnPrimary(vm::submit);
        }
    }

    /** Record or correct a monthly log. */
    static final class LogDialog extends BaseDialog<MonthlyLog> {
        LogDialog(Window owner, LogDialogViewModel vm) {
            super(owner, vm.isCorrection() ? "Correct monthly log" : "Record monthly log", "Record");
            ComboBox<java.time.YearMonth> month = new ComboBox<>(vm.months());
            month.setId("log-month");
            month.setConverter(ComplianceCells.monthConverter());
            month.valueProperty().bindBidirectional(vm.monthProperty());
            DatePicker received = new DatePicker();
            received.setId("log-received");
            received.valueProperty().bindBidirectional(vm.receivedProperty());
            ComplianceForm form = new ComplianceForm(vm.fieldErrors(), vm::errorFor)
                    .add("Officer", officerBox(vm.officers(), vm.officerProperty(), "log-officer"), LogDraft.OFFICER)
                    .add("Month", month, LogDraft.MONTH)
                    .add("Arrived on", received, LogDraft.RECEIVED);
            int[] index = {0};
            LogDialogViewModel.COUNT_LABELS.forEach((field, label) -> {
                if (index[0] == 0 || index[0] == 5) {
                    Label section = new Label(index[0] == 0 ? "Informational sessions for staff and students, by topic"
                            : "Meetings attended and reports");
                    section.getStyleClass().add("sro-section-title");
                    form.span(section);
                }
                index[0]++;
                TextField count = new TextField();
                count.setId("log-" + field);
                count.setPrefColumnCount(5);
                count.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                count.textProperty().bindBidirectional(vm.countProperty(field));
                form.add(label, count, field);
            });
            TextArea note = new TextArea();
            note.setId("log-note");
            note.setPrefRowCount(2);
            note.setWrapText(true);
            note.textProperty().bindBidirectional(vm.noteProperty());
            form.add("Note", note, null).span(ComplianceForm.problemLabel(vm.problemProperty()));
            setContent(form.grid());
            getDialogPane().getStyleClass().add("sro-wide-dialog");
            submitOnPrimary(vm::submit);
        }
    }

    /** Add a department course. */
    static final class CourseDialog extends BaseDialog<TrainingCourse> {
        CourseDialog(Window owner, CourseDialogViewModel vm) {
            super(owner, "Add a required course", "Add course");
            TextField code = new TextField();
            code.setId("course-code");
            code.setPromptText("e.g. CIT");
            code.textProperty().bindBidirectional(vm.codeProperty());
            TextField name = new TextField();
            name.setId("course-name");
            name.textProperty().bindBidirectional(vm.nameProperty());
            TextField renewal = new TextField();
            renewal.setId("course-renewal");
            renewal.setPrefColumnCount(5);
            renewal.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            renewal.textProperty().bindBidirectional(vm.renewalProperty());
            Label hint = new Label("Every officer must keep the course current; it joins the matrix and the review.");
            hint.getStyleClass().add("sro-hint");
            hint.setWrapText(true);
            ComplianceForm form = new ComplianceForm(vm.fieldErrors(), vm::errorFor)
                    .add("Code", code, "code")
                    .add("Name", name, "name")
                    .add("Renewed every (months)", renewal, "renewal")
                    .span(hint)
                    .span(ComplianceForm.problemLabel(vm.problemProperty()));
            setContent(form.grid());
            submitOnPrimary(vm::submit);
        }
    }

    /** Move one month's meeting. */
    static final class RescheduleDialog extends BaseDialog<UnitEvent> {
        RescheduleDialog(Window owner, RescheduleDialogViewModel vm) {
            super(owner, "Move the unit meeting", "Move");
            DatePicker date = new DatePicker();
            date.setId("meeting-date");
            date.valueProperty().bindBidirectional(vm.dateProperty());
            TextField time = new TextField();
            time.setId("meeting-time");
            time.setPrefColumnCount(5);
            time.textProperty().bindBidirectional(vm.timeProperty());
            Label hint = new Label("Time-off requests that fall on the new day will show the unit-meeting warning.");
            hint.getStyleClass().add("sro-hint");
            hint.setWrapText(true);
            ComplianceForm form = new ComplianceForm(vm.fieldErrors(), vm::errorFor)
                    .add("Day", date, MeetingService.DATE)
                    .add("Starts at", time, MeetingService.TIME)
                    .span(hint)
                    .span(ComplianceForm.problemLabel(vm.problemProperty()));
            setContent(form.grid());
            submitOnPrimary(vm::submit);
        }
    }
}
