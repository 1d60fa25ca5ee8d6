package org.srodesk.ui.reassign;

import java.util.HashMap;
import java.util.Map;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.srodesk.domain.Officer;
import org.srodesk.domain.School;
import org.srodesk.domain.reassign.ReassignmentConflict;
import org.srodesk.domain.reassign.SchoolGap;
import org.srodesk.service.ReassignmentDraft;
import org.srodesk.service.ReassignmentOutcome;
import org.srodesk.service.ReassignmentService;
import org.srodesk.ui.common.BaseDialog;

/**
 * Record or change a reassignment: officer, days (or open-ended), destination school or named duty,
 * who ordered it, order reference, reason. Below the form, the conflicts and what the reassignment
 * leaves uncovered, checked as the input changes; with conflicts, saving needs the confirm box
 * (recorded in the history), and a covering rover's coverage can be released. Errors show next to
 * each field; nothing is written until the input is right.
 */
final class ReassignmentDialog extends BaseDialog<ReassignmentOutcome> {

    private final ValidationSupport validation = new ValidationSupport();
    private final Map<String, Label> messages = new HashMap<>();
    private final VBox checkBox = new VBox(8);
    private final PauseTransition checkLater = new PauseTransition(Duration.millis(250));

    ReassignmentDialog(Window owner, ReassignmentDialogViewModel vm) {
        super(owner, vm.isEditing() ? "Change reassignment" : "Record reassignment",
                vm.isEditing() ? "Save changes" : "Record");
        setHeaderText(vm.isEditing() ? "Change reassignment #" + vm.editing().orElseThrow().id()
                : "Record a reassignment ordered by command staff");
        SearchableComboBox<Officer> officer = new SearchableComboBox<>(vm.officers());
        officer.setId("reassign-officer");
        officer.setConverter(ReassignmentCells.officerConverter(""));
        officer.valueProperty().bindBidirectional(vm.officerProperty());
        officer.setMaxWidth(Double.MAX_VALUE);
        DatePicker start = new DatePicker();
        start.setId("reassign-start");
        start.valueProperty().bindBidirectional(vm.startDateProperty());
        DatePicker end = new DatePicker();
        end.setId("reassign-end");
        end.valueProperty().bindBidirectional(vm.endDateProperty());
        end.disableProperty().bind(vm.openEndedProperty());
        CheckBox open = new CheckBox("Open-ended");
        open.setId("reassign-open");
        open.selectedProperty().bindBidirectional(vm.openEndedProperty());
        open.setTooltip(new javafx.scene.control.Tooltip("Until further notice: no last day yet"));
        start.setPrefWidth(170);
        end.setPrefWidth(170);
        HBox endRow = new HBox(12, end, open);
        endRow.getStyleClass().add("sro-form-row");

        ToggleGroup destinationKind = new ToggleGroup();
        RadioButton toDuty = new RadioButton("Named duty");
        toDuty.setId("reassign-to-duty");
        RadioButton toSchool = new RadioButton("Another school");
        toSchool.setId("reassign-to-school");
        toDuty.setToggleGroup(destinationKind);
        toSchool.setToggleGroup(destinationKind);
        (vm.toSchoolProperty().get() ? toSchool : toDuty).setSelected(true);
        toSchool.selectedProperty().addListener((obs, old, now) -> vm.toSchoolProperty().set(now));
        ComboBox<String> duty = new ComboBox<>(FXCollections.observableArrayList(ReassignmentService.DUTIES));
        duty.setId("reassign-duty");
        duty.setEditable(true);
        duty.setPromptText("Patrol, Special event, …");
        duty.getEditor().setText(vm.dutyProperty().get());
        duty.getEditor().textProperty().addListener((obs, old, now) -> vm.dutyProperty().set(now));
        duty.valueProperty().addListener((obs, old, now) -> vm.dutyProperty().set(now == null ? "" : now));
        duty.visibleProperty().bind(vm.toSchoolProperty().not());
        duty.managedProperty().bind(duty.visibleProperty());
        duty.setMaxWidth(Double.MAX_VALUE);
        SearchableComboBox<School> school = new SearchableComboBox<>(vm.schools());
        school.setId("reassign-school");
        school.setConverter(ReassignmentCells.schoolConverter());
        school.valueProperty().bindBidirectional(vm.schoolProperty());
        school.visibleProperty().bind(vm.toSchoolProperty());
        school.managedProperty().bind(school.visibleProperty());
        school.setMaxWidth(Double.MAX_VALUE);
        HBox kinds = new HBox(16, toDuty, toSchool);
        VBox destination = new VBox(6, kinds, duty, school);

        ComboBox<String> rank = new ComboBox<>(FXCollections.observableArrayList(ReassignmentDialogViewModel.RANKS));
        rank.setId("reassign-rank");
        rank.setEditable(true);
        rank.setPromptText("Rank");
        rank.setPrefWidth(170);
        rank.getEditor().setText(vm.orderedByRankProperty().get());
        rank.getEditor().textProperty().addListener((obs, old, now) -> vm.orderedByRankProperty().set(now));
        rank.valueProperty().addListener((obs, old, now) -> vm.orderedByRankProperty().set(now == null ? "" : now));
        TextField orderedBy = new TextField();
        orderedBy.setId("reassign-ordered-by");
        orderedBy.setPromptText("Name of the command staff member");
        orderedBy.textProperty().bindBidirectional(vm.orderedByNameProperty());
        HBox.setHgrow(orderedBy, Priority.ALWAYS);
        HBox orderRow = new HBox(8, rank, orderedBy);
        TextField reference = new TextField();
        reference.setId("reassign-reference");
        reference.setPromptText("e.g. General order 26-114");
        reference.textProperty().bindBidirectional(vm.referenceProperty());
        TextArea reason = new TextArea();
        reason.setId("reassign-reason");
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(vm.reasonProperty());

        GridPane form = new GridPane();
        form.getStyleClass().add("sro-form");
        int row = 0;
        row = addRow(form, row, "Officer", officer, ReassignmentDraft.OFFICER);
        row = addRow(form, row, "First day", start, ReassignmentDraft.START);
        row = addRow(form, row, "Last day", endRow, ReassignmentDraft.END);
        row = addRow(form, row, "Destination", destination, ReassignmentDraft.DESTINATION);
        row = addRow(form, row, "Ordered by", orderRow, ReassignmentDraft.ORDERED_BY);
        row = addRow(form, row, "Order reference", reference, ReassignmentDraft.REFERENCE);
        addRow(form, row, "Reason", reason, ReassignmentDraft.REASON);

        Label checkTitle = new Label("Conflicts and coverage");
        checkTitle.getStyleClass().add("sro-section-title");
        checkBox.setId("reassign-check");
        CheckBox confirm = new CheckBox("Save despite the conflicts (recorded with your name)");
        confirm.setId("reassign-confirm");
        confirm.selectedProperty().bindBidirectional(vm.confirmProperty());
        confirm.setWrapText(true);
        TextField note = new TextField();
        note.setId("reassign-confirm-note");
        note.setPromptText("Why (optional, recorded with the confirmation)");
        note.textProperty().bindBidirectional(vm.confirmNoteProperty());
        note.disableProperty().bind(vm.confirmProperty().not());
        CheckBox release = new CheckBox("Release this rover's accepted coverage on these days (from today on)"
                + " and flag the coverage for re-planning");
        release.setId("reassign-release");
        release.setWrapText(true);
        release.selectedProperty().bindBidirectional(vm.releaseCoverageProperty());
        release.visibleProperty().bind(vm.releasableProperty());
        release.managedProperty().bind(release.visibleProperty());
        Label confirmError = new Label();
        confirmError.setId("error-confirm");
        confirmError.getStyleClass().add("sro-field-error");
        confirmError.managedProperty().bind(confirmError.textProperty().isNotEmpty());
        messages.put(ReassignmentDraft.CONFIRM, confirmError);
        VBox confirmation = new VBox(6, confirm, note, release, confirmError);
        confirmation.getStyleClass().add("sro-confirmation");
        confirmation.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.conflicts()));
        confirmation.managedProperty().bind(confirmation.visibleProperty());
        Label problem = new Label();
        problem.getStyleClass().add("sro-form-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        javafx.scene.layout.ColumnConstraints captions = new javafx.scene.layout.ColumnConstraints();
        captions.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(380);
        form.getColumnConstraints().setAll(captions, fields);
        VBox checkColumn = new VBox(10, checkTitle, checkBox, confirmation, problem);
        checkColumn.getStyleClass().add("sro-reassign-check");
        checkColumn.setPrefWidth(440);
        checkColumn.setMinWidth(400);
        HBox content = new HBox(24, form, checkColumn);
        HBox.setHgrow(form, Priority.ALWAYS);
        content.getStyleClass().add("sro-reassign-dialog");
        setContent(content);
        getDialogPane().setPrefWidth(1040);
        getDialogPane().getStylesheets().add(ReassignmentDialog.class.getResource("reassignments.css").toExternalForm());
        showCheck(vm);

        validation.setValidationDecorator(new StyleClassValidationDecoration());
        register(officer, vm, ReassignmentDraft.OFFICER);
        register(start, vm, ReassignmentDraft.START);
        register(end, vm, ReassignmentDraft.END);
        register(duty, vm, ReassignmentDraft.DESTINATION);
        register(orderedBy, vm, ReassignmentDraft.ORDERED_BY);
        vm.fieldErrors().addListener((MapChangeListener<String, String>) change -> Platform.runLater(() -> {
            validation.revalidate();
            showMessages(vm);
        }));
        vm.conflicts().addListener((ListChangeListener<ReassignmentConflict>) c -> showCheck(vm));
        vm.gaps().addListener((ListChangeListener<SchoolGap>) c -> showCheck(vm));
        vm.checkedProperty().addListener((obs, old, now) -> showCheck(vm));
        checkLater.setOnFinished(e -> vm.check());
        for (javafx.beans.Observable input : new javafx.beans.Observable[] {vm.officerProperty(), vm.startDateProperty(),
                vm.endDateProperty(), vm.openEndedProperty(), vm.toSchoolProperty(), vm.schoolProperty(),
                vm.dutyProperty()}) {
            input.addListener(o -> {
                showMessages(vm);
                checkLater.playFromStart();
            });
        }
        primaryButton().setId("reassign-save");
        primaryButton().addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            vm.submit(outcome -> {
                setResult(outcome);
                close();
            });
            showMessages(vm);
        });
        setResultConverter(button -> null);
        setOnShown(e -> Platform.runLater(this::centreOnOwner));
        Platform.runLater(officer::requestFocus);
    }

    /** The dialog is laid out wider than it was measured when first placed: centre it over the main window. */
    private void centreOnOwner() {
        Window window = getDialogPane().getScene().getWindow();
        Window main = getOwner();
        if (main == null) {
            return;
        }
        window.sizeToScene();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(main.getX(), main.getY(),
                main.getWidth(), main.getHeight()).stream().findFirst().orElse(javafx.stage.Screen.getPrimary())
                .getVisualBounds();
        double x = main.getX() + (main.getWidth() - window.getWidth()) / 2;
        double y = main.getY() + (main.getHeight() - window.getHeight()) / 2;
        window.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - window.getWidth())));
        window.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - window.getHeight())));
    }

    private int addRow(GridPane form, int row, String label, Node field, String key) {
        Label caption = new Label(label);
        caption.getStyleClass().add("sro-form-label");
        form.add(caption, 0, row);
        form.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        Label message = new Label();
        message.setId("error-" + key);
        message.getStyleClass().add("sro-field-error");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        form.add(message, 1, row + 1);
        messages.put(key, message);
        return row + 2;
    }

    private void register(Control control, ReassignmentDialogViewModel vm, String field) {
        validation.registerValidator(control, false, (Control c, Object value) -> {
            String error = vm.errorFor(field);
            return ValidationResult.fromMessageIf(c, error, Severity.ERROR, !error.isEmpty() && shown(field, vm));
        });
    }

    /** Required-field messages wait until the user tried to save; the order of the days shows at once. */
    private static boolean shown(String field, ReassignmentDialogViewModel vm) {
        return vm.fieldErrors().containsKey(field) || ReassignmentDraft.END.equals(field)
                && vm.startDateProperty().get() != null && vm.endDateProperty().get() != null;
    }

    private void showMessages(ReassignmentDialogViewModel vm) {
        messages.forEach((field, label) -> {
            String error = ReassignmentDraft.CONFIRM.equals(field) ? vm.fieldErrors().getOrDefault(field, "")
                    : vm.errorFor(field);
            label.setText(!error.isEmpty() && shown(field, vm) ? error : "");
        });
    }

    private void showCheck(ReassignmentDialogViewModel vm) {
        checkBox.getChildren().clear();
        if (!vm.checkedProperty().get()) {
            checkBox.getChildren().add(hint("Choose the officer, the days and the destination to see conflicts and"
                    + " what the reassignment leaves uncovered."));
        } else {
            if (vm.conflicts().isEmpty()) {
                checkBox.getChildren().add(line(Material2OutlinedAL.CHECK_CIRCLE, "No conflict",
                        "No approved time off, no other reassignment and no rover coverage on these days.",
                        "sro-finding-info", "conflict-none"));
            }
            for (ReassignmentConflict conflict : vm.conflicts()) {
                checkBox.getChildren().add(line(Material2OutlinedMZ.WARNING, conflict.type().label(), conflict.sentence(),
                        "sro-finding-warning", "conflict-" + conflict.type().name().toLowerCase()));
            }
            if (vm.gaps().isEmpty()) {
                checkBox.getChildren().add(line(Material2OutlinedAL.INFO, "Leaves uncovered: nothing",
                        "No school loses its officer on a school day.", "sro-finding-info", "gap-none"));
            }
            for (SchoolGap gap : vm.gaps()) {
                String detail = gap.school().name() + (gap.school().isHigh()
                        ? gap.uncoveredDays().isEmpty() ? ": every day is covered."
                        : ": the coverage planner will look for a rover; days nobody covers are 911 days."
                        : ": the unit's rovers answer its calls.");
                checkBox.getChildren().add(line(Material2OutlinedAL.INFO, "Leaves uncovered: " + gap.sentence(), detail,
                        "sro-finding-info", "gap-" + gap.school().code()));
            }
        }
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null
                && getDialogPane().getScene().getWindow().isShowing()) {
            // Grow around the centre, so the dialog stays over the main window.
            Window window = getDialogPane().getScene().getWindow();
            double centreX = window.getX() + window.getWidth() / 2;
            double centreY = window.getY() + window.getHeight() / 2;
            window.sizeToScene();
            window.setX(centreX - window.getWidth() / 2);
            window.setY(Math.max(0, centreY - window.getHeight() / 2));
        }
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sro-hint");
        label.setWrapText(true);
        return label;
    }

    private static Node line(org.kordamp.ikonli.Ikon icon, String title, String sentence, String style, String id) {
        Label heading = new Label(title);
        heading.getStyleClass().add("sro-finding-title");
        Label text = new Label(sentence);
        text.setWrapText(true);
        text.setPrefWidth(380);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.getStyleClass().add("sro-finding-sentence");
        VBox words = new VBox(2, heading, text);
        HBox box = new HBox(10, new FontIcon(icon), words);
        HBox.setHgrow(words, Priority.ALWAYS);
        box.getStyleClass().addAll("sro-finding", style);
        box.setId(id);
        return box;
    }
}
