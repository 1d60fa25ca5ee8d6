package org.srodesk.ui.compliance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.srodesk.ui.common.Fxml;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.compliance.LogState;
import org.srodesk.domain.compliance.MeetingRule;
import org.srodesk.domain.compliance.OverdueItem;
import org.srodesk.domain.compliance.TrainingCourse;
import org.srodesk.domain.compliance.TrainingStanding;
import org.srodesk.domain.compliance.TrainingState;
import org.srodesk.service.Actor;
import org.srodesk.service.compliance.LogRow;
import org.srodesk.service.compliance.MeetingRow;
import org.srodesk.service.compliance.TrainingMatrix;
import org.srodesk.ui.common.OfficerNames;
import org.srodesk.ui.common.RoleGate;

/** Controller of ComplianceView.fxml: bindings to {@link ComplianceViewModel} only. */
public final class ComplianceView {

    @FXML private Parent root;
    @FXML private Label summaryLabel;
    @FXML private ComboBox<org.srodesk.domain.compliance.SchoolYear> reviewYear;
    @FXML private Button reviewButton;
    @FXML private Button courseButton;
    @FXML private TextField searchField;
    @FXML private ComboBox<OfficerRole> roleFilter;
    @FXML private ComboBox<TrainingState> stateFilter;
    @FXML private Button csvButton;
    @FXML private Button trainingButton;
    @FXML private TableView<TrainingMatrix.Row> matrixTable;
    @FXML private ComboBox<java.time.YearMonth> monthChoice;
    @FXML private Label logsSummary;
    @FXML private Button logButton;
    @FXML private TableView<LogRow> logTable;
    @FXML private Label meetingRule;
    @FXML private Button moveButton;
    @FXML private Button attendanceButton;
    @FXML private Button addMeetingsButton;
    @FXML private TableView<MeetingRow> meetingTable;
    @FXML private Label overdueTitle;
    @FXML private Label overdueCounts;
    @FXML private ListView<OverdueItem> overdueList;
    @FXML private Label messageLabel;

    private final ComplianceViewModel viewModel;

    private ComplianceView(ComplianceViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Loads the view, binds it to {@code viewModel} and starts loading the data. */
    public static Parent create(ComplianceViewModel viewModel) {
        ComplianceView view = Fxml.load(new ComplianceView(viewModel), "ComplianceView.fxml");
        viewModel.load();
        return view.root;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(ComplianceView.class.getResource("compliance.css").toExternalForm());
        trainingButton.setGraphic(new FontIcon(Material2OutlinedAL.ADD));
        trainingButton.getStyleClass().add("accent");
        logButton.setGraphic(new FontIcon(Material2OutlinedMZ.POST_ADD));
        logButton.getStyleClass().add("accent");
        csvButton.setGraphic(new FontIcon(Material2OutlinedMZ.SAVE_ALT));
        reviewButton.setGraphic(new FontIcon(Material2OutlinedMZ.PICTURE_AS_PDF));
        courseButton.setGraphic(new FontIcon(Material2OutlinedMZ.SCHOOL));
        attendanceButton.setGraphic(new FontIcon(Material2OutlinedAL.HOW_TO_REG));
        moveButton.setGraphic(new FontIcon(Material2OutlinedAL.EVENT));

        reviewYear.setItems(viewModel.reviewYears());
        reviewYear.setConverter(ComplianceCells.yearConverter());
        if (!viewModel.reviewYears().isEmpty()) {
            reviewYear.setValue(viewModel.reviewYears().get(0));
        }
        bindMatrix();
        bindLogs();
        bindMeetings();
        bindOverdue();
        messageLabel.textProperty().bind(viewModel.messageProperty());
        gateByRole(viewModel.actor());
    }

    /** What the signed-in role may not start is disabled, with the reason as its tooltip. */
    private void gateByRole(Actor actor) {
        for (Button edit : List.of(courseButton, trainingButton, logButton, addMeetingsButton, moveButton,
                attendanceButton)) {
            RoleGate.disable(edit, actor, Permission.SCHEDULE);
        }
        RoleGate.disable(csvButton, actor, Permission.EXPORT);
        RoleGate.disable(reviewButton, actor, Permission.EXPORT);
        RoleGate.showBannerIfReadOnly(root, actor, Permission.SCHEDULE);
    }

    private void bindMatrix() {
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        roleFilter.setItems(withAll(OfficerRole.values()));
        roleFilter.setConverter(ComplianceCells.roleConverter());
        roleFilter.valueProperty().bindBidirectional(viewModel.roleFilterProperty());
        stateFilter.setItems(withAll(TrainingState.values()));
        stateFilter.setConverter(ComplianceCells.stateConverter());
        stateFilter.valueProperty().bindBidirectional(viewModel.stateFilterProperty());
        matrixTable.setItems(viewModel.rows());
        matrixTable.setPlaceholder(new Label("No officer matches the filters."));
        viewModel.matrixProperty().addListener((obs, old, matrix) -> {
            if (matrix != null && (old == null || !old.courses().equals(matrix.courses()))) {
                matrixColumns(matrix.courses());
            }
        });
        matrixTable.setRowFactory(t -> {
            TableRow<TrainingMatrix.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && viewModel.canSchedule()) {
                    viewModel.recordTraining(row.getItem().officer());
                }
            });
            return row;
        });
        summaryLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            TrainingMatrix matrix = viewModel.matrixProperty().get();
            if (matrix == null) {
                return "Reading training records…";
            }
            long behind = matrix.rows().stream().filter(TrainingMatrix.Row::anyBehind).count();
            return matrix.rows().size() + " officers · " + behind + " behind on training · as of " + matrix.asOf();
        }, viewModel.matrixProperty()));
    }

    private void matrixColumns(List<TrainingCourse> courses) {
        TableColumn<TrainingMatrix.Row, String> officer = new TableColumn<>("Officer");
        officer.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().officer().sortName()));
        officer.setPrefWidth(128);
        TableColumn<TrainingMatrix.Row, String> post = new TableColumn<>("Post");
        post.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().school()));
        post.setPrefWidth(96);
        matrixTable.getColumns().setAll(List.of(officer, post));
        for (int i = 0; i < courses.size(); i++) {
            int index = i;
            TrainingCourse course = courses.get(i);
            TableColumn<TrainingMatrix.Row, TrainingStanding> column = new TableColumn<>(course.name());
            column.setId("course-" + course.code());
            Label header = new Label(course.name());
            header.setTooltip(new javafx.scene.control.Tooltip(course.name() + ": renewed every "
                    + course.renewalMonths() + " months. The date is the renewal day: the last day a completion"
                    + " is current (\"Overdue\": that day has passed)."));
            header.getStyleClass().add("sro-course-header");
            header.setWrapText(true);
            header.maxWidthProperty().bind(column.widthProperty().subtract(8));
            column.setText(null);
            column.setGraphic(header);
            column.setPrefWidth(170);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().standings().get(index)));
            column.setCellFactory(c -> ComplianceCells.stateCell(ComplianceCells::describe,
                    s -> ComplianceCells.styleClass(s.state())));
            matrixTable.getColumns().add(column);
        }
    }

    private void bindLogs() {
        LogsViewModel logs = viewModel.logs();
        monthChoice.setItems(logs.months());
        monthChoice.setConverter(ComplianceCells.monthConverter());
        monthChoice.valueProperty().bindBidirectional(logs.monthProperty());
        logTable.setItems(logs.rows());
        logTable.setPlaceholder(new Label("No officers."));
        logTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<LogRow, String> officer = new TableColumn<>("Officer");
        officer.setCellValueFactory(c -> new ReadOnlyStringWrapper(OfficerNames.withBadge(c.getValue().officer())));
        officer.setPrefWidth(175);
        TableColumn<LogRow, LogState> state = new TableColumn<>("Log");
        state.setId("log-state");
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().state()));
        state.setCellFactory(c -> ComplianceCells.stateCell(LogState::label, ComplianceCells::styleClass));
        state.setPrefWidth(120);
        TableColumn<LogRow, String> received = new TableColumn<>("Arrived");
        received.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().log()
                .map(l -> l.receivedOn().toString()).orElse("")));
        received.setPrefWidth(100);
        logTable.getColumns().setAll(List.of(officer, state, received,
                count("Sess.", r -> r.counts().totalSessions()), count("Gangs", r -> r.counts().gangs()),
                count("Drugs", r -> r.counts().drugs()), count("Cyber", r -> r.counts().cyberBullying()),
                count("Sext.", r -> r.counts().sexting()), count("Justice", r -> r.counts().criminalJustice()),
                count("PPC", r -> r.counts().ppcMeetings()), count("PTA", r -> r.counts().ptaMeetings()),
                count("Rep.", r -> r.counts().reportsTaken())));
        logTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> logs.selectedProperty().set(row));
        logTable.setRowFactory(t -> {
            TableRow<LogRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && viewModel.canSchedule()) {
                    logs.recordSelected();
                }
            });
            return row;
        });
        logsSummary.textProperty().bind(Bindings.createStringBinding(() -> {
            Map<LogState, Long> counts = new EnumMap<>(LogState.class);
            logs.rows().forEach(r -> counts.merge(r.state(), 1L, Long::sum));
            long arrived = counts.getOrDefault(LogState.RECEIVED, 0L) + counts.getOrDefault(LogState.RECEIVED_LATE, 0L);
            return arrived + " of " + logs.rows().size() + " received"
                    + (counts.containsKey(LogState.OVERDUE) ? " · " + counts.get(LogState.OVERDUE) + " overdue" : "");
        }, logs.rows()));
    }

    private static TableColumn<LogRow, String> count(String title,
                                                     java.util.function.ToIntFunction<org.srodesk.domain.compliance.MonthlyLog> value) {
        TableColumn<LogRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().log()
                .map(l -> Integer.toString(value.applyAsInt(l))).orElse("")));
        column.setPrefWidth(56);
        column.setGraphic(null);
        column.setStyle("-fx-alignment: center-right;");
        return column;
    }

    private void bindMeetings() {
        MeetingsViewModel meetings = viewModel.meetings();
        meetingRule.textProperty().bind(Bindings.createStringBinding(() -> "School year "
                + (meetings.yearProperty().get() == null ? "" : meetings.yearProperty().get().label()) + " · default "
                + MeetingRule.DEFAULT.describe() + ", or the next school day", meetings.yearProperty()));
        meetingRule.setTooltip(new javafx.scene.control.Tooltip("Monthly unit meetings are mandatory for all SROs."
                + " Move any month's meeting with Move…; time-off requests on a meeting day get a warning."));
        meetingTable.setItems(meetings.rows());
        meetingTable.setPlaceholder(new Label("No unit meeting is planned for this school year."));
        meetingTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<MeetingRow, String> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().meeting().date().format(java.time.format.DateTimeFormatter.ofPattern("EEE yyyy-MM-dd",
                        java.util.Locale.US))));
        date.setPrefWidth(140);
        TableColumn<MeetingRow, String> time = new TableColumn<>("Time");
        time.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().meeting().startTime())));
        TableColumn<MeetingRow, String> title = new TableColumn<>("Meeting");
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().meeting().title()));
        title.setPrefWidth(220);
        TableColumn<MeetingRow, String> present = new TableColumn<>("Present / absent");
        present.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().attendance().recorded() == 0
                ? "not recorded" : c.getValue().attendance().present() + " / " + c.getValue().attendance().absent()));
        present.setPrefWidth(130);
        TableColumn<MeetingRow, String> rate = new TableColumn<>("Attendance");
        rate.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().attendance().percent()));
        meetingTable.getColumns().setAll(List.of(date, time, title, present, rate));
        meetingTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, row) -> meetings.selectedProperty().set(row));
        moveButton.disableProperty().bind(meetings.selectedProperty().isNull());
        attendanceButton.disableProperty().bind(meetings.selectedProperty().isNull());
    }

    private void bindOverdue() {
        overdueList.setItems(viewModel.overdue());
        overdueList.setPlaceholder(new Label("Nothing is overdue."));
        overdueList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(OverdueItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label officer = new Label(item.officerName());
                officer.getStyleClass().add("sro-overdue-officer");
                Label kind = new Label(item.kind().label());
                kind.getStyleClass().add("sro-overdue-kind");
                Label what = new Label(item.what());
                what.getStyleClass().add("sro-overdue-what");
                what.setWrapText(true);
                what.prefWidthProperty().bind(overdueList.widthProperty().subtract(36));
                what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                setGraphic(new VBox(1, officer, kind, what));
                setText(null);
            }
        });
        overdueTitle.textProperty().bind(Bindings.createStringBinding(
                () -> "Overdue (" + viewModel.overdue().size() + ")", viewModel.overdue()));
        overdueCounts.textProperty().bind(Bindings.createStringBinding(() -> {
            Map<OverdueItem.Kind, Long> counts = new EnumMap<>(OverdueItem.Kind.class);
            viewModel.overdue().forEach(i -> counts.merge(i.kind(), 1L, Long::sum));
            return ComplianceCells.count(counts.getOrDefault(OverdueItem.Kind.MISSING_LOG, 0L), "missing log", "missing logs")
                    + " · " + ComplianceCells.count(counts.getOrDefault(OverdueItem.Kind.TRAINING_OVERDUE, 0L)
                    + counts.getOrDefault(OverdueItem.Kind.TRAINING_MISSING, 0L), "course behind", "courses behind")
                    + " · " + ComplianceCells.count(counts.getOrDefault(OverdueItem.Kind.MEETING_ABSENCE, 0L),
                    "meeting absence", "meeting absences") + " this school year";
        }, viewModel.overdue()));
    }

    private static <T> ObservableList<T> withAll(T[] values) {
        ObservableList<T> items = FXCollections.observableArrayList(values);
        items.add(0, null);
        return items;
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

    @FXML
    private void addCourse() {
        viewModel.addCourse();
    }

    @FXML
    private void exportCsv() {
        viewModel.exportMatrixCsv();
    }

    @FXML
    private void recordTraining() {
        TrainingMatrix.Row selected = matrixTable.getSelectionModel().getSelectedItem();
        viewModel.recordTraining(selected == null ? null : selected.officer());
    }

    @FXML
    private void recordLog() {
        viewModel.logs().recordSelected();
    }

    @FXML
    private void addMissingMeetings() {
        viewModel.meetings().addMissingMeetings();
    }

    @FXML
    private void moveMeeting() {
        viewModel.meetings().rescheduleSelected();
    }

    @FXML
    private void takeAttendance() {
        viewModel.meetings().takeAttendance();
    }

    @FXML
    private void exportReview() {
        viewModel.exportReview(reviewYear.getValue());
    }
}
