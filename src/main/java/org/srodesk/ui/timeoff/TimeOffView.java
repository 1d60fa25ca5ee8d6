package org.srodesk.ui.timeoff;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.srodesk.ui.common.Fxml;
import org.srodesk.domain.Officer;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.timeoff.PrincipalNotice;
import org.srodesk.service.Actor;
import org.srodesk.service.TimeOffRow;
import org.srodesk.ui.common.OfficerNames;
import org.srodesk.ui.common.RoleGate;

/** Controller of TimeOffView.fxml: bindings to {@link TimeOffViewModel} only. */
public final class TimeOffView {

    @FXML private Parent root;
    @FXML private Label summaryLabel;
    @FXML private Button settingsButton;
    @FXML private Button decideButton;
    @FXML private Button newButton;
    @FXML private Button clearButton;
    @FXML private ComboBox<TimeOffStatus> statusFilter;
    @FXML private ComboBox<TimeOffKind> kindFilter;
    @FXML private ComboBox<Officer> officerFilter;
    @FXML private DatePicker fromFilter;
    @FXML private DatePicker toFilter;
    @FXML private TableView<TimeOffRow> table;
    @FXML private TableColumn<TimeOffRow, TimeOffStatus> statusColumn;
    @FXML private TableColumn<TimeOffRow, String> officerColumn;
    @FXML private TableColumn<TimeOffRow, String> schoolColumn;
    @FXML private TableColumn<TimeOffRow, String> kindColumn;
    @FXML private TableColumn<TimeOffRow, String> periodColumn;
    @FXML private TableColumn<TimeOffRow, String> decidedColumn;
    @FXML private TableColumn<TimeOffRow, String> commentColumn;
    @FXML private Label outboxLabel;
    @FXML private Label folderLabel;
    @FXML private Button sendButton;
    @FXML private ListView<PrincipalNotice> outboxList;
    @FXML private Label messageLabel;

    private final TimeOffViewModel viewModel;

    private TimeOffView(TimeOffViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Loads the view, binds it to {@code viewModel} and starts loading the data. */
    public static Parent create(TimeOffViewModel viewModel) {
        TimeOffView view = Fxml.load(new TimeOffView(viewModel), "TimeOffView.fxml");
        viewModel.load();
        return view.root;
    }

    @FXML
    private void initialize() {
        newButton.setGraphic(new FontIcon(Material2OutlinedAL.ADD));
        newButton.getStyleClass().add("accent");
        decideButton.setGraphic(new FontIcon(Material2OutlinedMZ.RULE));
        settingsButton.setGraphic(new FontIcon(Material2OutlinedMZ.SETTINGS));
        sendButton.setGraphic(new FontIcon(Material2OutlinedMZ.SEND));
        root.getStylesheets().add(TimeOffView.class.getResource("time-off.css").toExternalForm());

        summaryLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            int pending = viewModel.pendingCountProperty().get();
            return (pending == 0 ? "No request waits for a decision" : pending == 1 ? "1 request waits for a decision"
                    : pending + " requests wait for a decision") + " · " + viewModel.rows().size() + " shown";
        }, viewModel.pendingCountProperty(), viewModel.rows()));

        statusFilter.setItems(withAll(TimeOffStatus.values()));
        statusFilter.setConverter(TimeOffCells.statusConverter());
        statusFilter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        kindFilter.setItems(withAll(TimeOffKind.values()));
        kindFilter.setConverter(TimeOffCells.kindConverter());
        kindFilter.valueProperty().bindBidirectional(viewModel.kindFilterProperty());
        ObservableList<Officer> officerChoices = FXCollections.observableArrayList();
        viewModel.officers().addListener((javafx.collections.ListChangeListener<Officer>) c -> {
            officerChoices.setAll(viewModel.officers());
            officerChoices.add(0, null);
        });
        officerFilter.setItems(officerChoices);
        officerFilter.setConverter(TimeOffCells.officerConverter());
        officerFilter.valueProperty().bindBidirectional(viewModel.officerFilterProperty());
        fromFilter.valueProperty().bindBidirectional(viewModel.fromFilterProperty());
        toFilter.valueProperty().bindBidirectional(viewModel.toFilterProperty());

        table.setItems(viewModel.rows());
        table.setPlaceholder(new Label("No time-off request matches the filters."));
        statusColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().request().status()));
        statusColumn.setCellFactory(column -> new StatusCell());
        officerColumn.setCellValueFactory(c -> text(c.getValue().officer() == null ? "?"
                : OfficerNames.withBadge(c.getValue().officer())));
        schoolColumn.setCellValueFactory(c -> text(c.getValue().school().map(s -> s.name()).orElse("—")));
        kindColumn.setCellValueFactory(c -> text(c.getValue().request().kind().label()));
        periodColumn.setCellValueFactory(c -> text(TimeOffCells.period(c.getValue().request())));
        decidedColumn.setCellValueFactory(c -> text(c.getValue().request().decidedBy() == null ? ""
                : c.getValue().request().decidedBy()));
        commentColumn.setCellValueFactory(c -> text(comment(c.getValue().request())));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        table.setRowFactory(t -> {
            TableRow<TimeOffRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && viewModel.canSchedule()) {
                    viewModel.decideSelected();
                }
            });
            return row;
        });
        decideButton.disableProperty().bind(viewModel.selectedProperty().isNull());

        outboxList.setItems(viewModel.outbox());
        outboxList.setPlaceholder(new Label("Every principal notice has gone out."));
        outboxList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PrincipalNotice notice, boolean empty) {
                super.updateItem(notice, empty);
                setText(empty || notice == null ? null : notice.status().label() + " · " + notice.recipient() + " · "
                        + notice.subject() + (notice.lastError().isBlank() ? "" : " — " + notice.lastError()));
            }
        });
        outboxLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.outbox().isEmpty()
                ? "Principal notices: outbox empty" : "Principal notices waiting: " + viewModel.outbox().size(),
                viewModel.outbox()));
        sendButton.disableProperty().bind(Bindings.isEmpty(viewModel.outbox()));
        folderLabel.setText(".eml folder: " + viewModel.notesFolder());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        gateByRole(viewModel.actor());
    }

    /** What the signed-in role may not start is disabled, with the reason as its tooltip. */
    private void gateByRole(Actor actor) {
        RoleGate.disable(newButton, actor, Permission.SCHEDULE);
        RoleGate.disable(decideButton, actor, Permission.SCHEDULE);
        RoleGate.disable(sendButton, actor, Permission.SCHEDULE);
        RoleGate.disable(settingsButton, actor, Permission.CHANGE_SETTINGS);
        RoleGate.showBannerIfReadOnly(root, actor, Permission.SCHEDULE, Permission.CHANGE_SETTINGS);
    }

    private static <T> ObservableList<T> withAll(T[] values) {
        ObservableList<T> items = FXCollections.observableArrayList(values);
        items.add(0, null);
        return items;
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }

    private static String comment(TimeOffRequest request) {
        if (!request.decisionComment().isBlank()) {
            return request.decisionComment();
        }
        return request.note();
    }

    /** The status as a word with its colour as a style class, never colour alone. */
    private static final class StatusCell extends TableCell<TimeOffRow, TimeOffStatus> {
        @Override
        protected void updateItem(TimeOffStatus status, boolean empty) {
            super.updateItem(status, empty);
            getStyleClass().removeIf(s -> s.startsWith("sro-status-"));
            if (empty || status == null) {
                setText(null);
                return;
            }
            setText(TimeOffCells.status(status));
            getStyleClass().add("sro-status-" + status.name().toLowerCase());
        }
    }

    @FXML
    private void newRequest() {
        viewModel.newRequest();
    }

    @FXML
    private void decide() {
        viewModel.decideSelected();
    }

    @FXML
    private void openSettings() {
        viewModel.openSettings();
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

    @FXML
    private void sendOutbox() {
        viewModel.sendOutbox();
    }
}
