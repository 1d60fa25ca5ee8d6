package org.srodesk.ui.reassign;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
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
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.srodesk.ui.common.Fxml;
import org.srodesk.domain.Officer;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.reassign.ReassignmentEvent;
import org.srodesk.domain.timeoff.PolicyWords;
import org.srodesk.service.Actor;
import org.srodesk.service.ReassignmentRow;
import org.srodesk.service.ReassignmentTiming;
import org.srodesk.ui.common.OfficerNames;
import org.srodesk.ui.common.RoleGate;

/** Controller of ReassignmentsView.fxml: bindings to {@link ReassignmentsViewModel} only. */
public final class ReassignmentsView {

    @FXML private Parent root;
    @FXML private Label summaryLabel;
    @FXML private Button newButton;
    @FXML private Button editButton;
    @FXML private Button endButton;
    @FXML private Button cancelButton;
    @FXML private HBox replanBanner;
    @FXML private Label replanLabel;
    @FXML private Button replanButton;
    @FXML private ComboBox<ReassignmentTiming> timingFilter;
    @FXML private ComboBox<Officer> officerFilter;
    @FXML private TextField destinationFilter;
    @FXML private DatePicker fromFilter;
    @FXML private DatePicker toFilter;
    @FXML private TableView<ReassignmentRow> table;
    @FXML private TableColumn<ReassignmentRow, ReassignmentTiming> timingColumn;
    @FXML private TableColumn<ReassignmentRow, String> officerColumn;
    @FXML private TableColumn<ReassignmentRow, String> homeColumn;
    @FXML private TableColumn<ReassignmentRow, String> destinationColumn;
    @FXML private TableColumn<ReassignmentRow, String> periodColumn;
    @FXML private TableColumn<ReassignmentRow, String> orderedByColumn;
    @FXML private TableColumn<ReassignmentRow, ReassignmentRow> uncoveredColumn;
    @FXML private Label historyLabel;
    @FXML private Label detailsLabel;
    @FXML private ListView<ReassignmentEvent> historyList;
    @FXML private Label messageLabel;

    private final ReassignmentsViewModel viewModel;

    private ReassignmentsView(ReassignmentsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Loads the view, binds it to {@code viewModel} and starts loading the data. */
    public static Parent create(ReassignmentsViewModel viewModel) {
        ReassignmentsView view = Fxml.load(new ReassignmentsView(viewModel), "ReassignmentsView.fxml");
        viewModel.load();
        return view.root;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(ReassignmentsView.class.getResource("reassignments.css").toExternalForm());
        newButton.setGraphic(new FontIcon(Material2OutlinedAL.ADD));
        newButton.getStyleClass().add("accent");
        editButton.setGraphic(new FontIcon(Material2OutlinedAL.EDIT));
        endButton.setGraphic(new FontIcon(Material2OutlinedAL.EVENT_AVAILABLE));
        cancelButton.setGraphic(new FontIcon(Material2OutlinedAL.BLOCK));
        replanBanner.getChildren().add(0, new FontIcon(Material2OutlinedMZ.WARNING));

        summaryLabel.textProperty().bind(Bindings.createStringBinding(this::summary, viewModel.rows()));
        ObservableList<ReassignmentTiming> timings = FXCollections.observableArrayList(ReassignmentTiming.values());
        timings.add(0, null);
        timingFilter.setItems(timings);
        timingFilter.setConverter(ReassignmentCells.timingConverter());
        timingFilter.valueProperty().bindBidirectional(viewModel.timingFilterProperty());
        ObservableList<Officer> officerChoices = FXCollections.observableArrayList();
        viewModel.officers().addListener((ListChangeListener<Officer>) c -> {
            officerChoices.setAll(viewModel.officers());
            officerChoices.add(0, null);
        });
        officerFilter.setItems(officerChoices);
        officerFilter.setConverter(ReassignmentCells.officerConverter("All officers"));
        officerFilter.valueProperty().bindBidirectional(viewModel.officerFilterProperty());
        destinationFilter.textProperty().bindBidirectional(viewModel.destinationFilterProperty());
        fromFilter.valueProperty().bindBidirectional(viewModel.fromFilterProperty());
        toFilter.valueProperty().bindBidirectional(viewModel.toFilterProperty());

        replanBanner.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.replanningProperty().get()
                .isPresent(), viewModel.replanningProperty()));
        replanBanner.managedProperty().bind(replanBanner.visibleProperty());
        replanLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.replanningProperty().get()
                .map(f -> "Coverage needs re-planning from " + PolicyWords.day(f.from()) + " on the Coverage screen.\n"
                        + f.note()).orElse(""), viewModel.replanningProperty()));

        table.setItems(viewModel.rows());
        table.setPlaceholder(new Label("No reassignment matches the filters."));
        timingColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().timing()));
        timingColumn.setCellFactory(column -> new TimingCell());
        officerColumn.setCellValueFactory(c -> text(c.getValue().officer() == null ? "?"
                : OfficerNames.withBadge(c.getValue().officer())));
        homeColumn.setCellValueFactory(c -> text(c.getValue().homeSchool().map(s -> s.code()).orElse("Rover")));
        destinationColumn.setCellValueFactory(c -> text(c.getValue().destination()));
        periodColumn.setCellValueFactory(c -> text(ReassignmentCells.period(c.getValue().reassignment())));
        orderedByColumn.setCellValueFactory(c -> text(c.getValue().reassignment().orderedBy()));
        orderedByColumn.setCellFactory(column -> new TextWithTooltipCell());
        destinationColumn.setCellFactory(column -> new TextWithTooltipCell());
        uncoveredColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        uncoveredColumn.setCellFactory(column -> new UncoveredCell());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        table.setRowFactory(t -> {
            TableRow<ReassignmentRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && viewModel.canRecordReassignments()) {
                    viewModel.editSelected();
                }
            });
            return row;
        });
        var notOpen = Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() == null
                || !viewModel.selectedProperty().get().timing().isOpen(), viewModel.selectedProperty());
        editButton.disableProperty().bind(notOpen);
        endButton.disableProperty().bind(notOpen);
        cancelButton.disableProperty().bind(notOpen);

        historyList.setItems(viewModel.history());
        historyList.setCellFactory(list -> new HistoryCell());
        historyLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selectedProperty().get() == null
                ? "History" : "Reassignment #" + viewModel.selectedProperty().get().reassignment().id() + ": order and history",
                viewModel.selectedProperty()));
        detailsLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selectedProperty().get() == null
                ? "" : ReassignmentCells.details(viewModel.selectedProperty().get()), viewModel.selectedProperty()));
        detailsLabel.managedProperty().bind(detailsLabel.textProperty().isNotEmpty());
        detailsLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label noHistory = new Label();
        noHistory.setWrapText(true);
        noHistory.textProperty().bind(Bindings.when(viewModel.selectedProperty().isNull())
                .then("Select a reassignment to see its order and history.")
                .otherwise("No history recorded: this reassignment was entered before SRO Desk kept history"
                        + " (imported or demo data)."));
        historyList.setPlaceholder(noHistory);
        messageLabel.textProperty().bind(viewModel.messageProperty());
        gateByRole(viewModel.actor());
    }

    /** What the signed-in role may not start is disabled, with the reason as its tooltip. */
    private void gateByRole(Actor actor) {
        for (Button button : List.of(newButton, editButton, endButton, cancelButton)) {
            RoleGate.disable(button, actor, Permission.RECORD_REASSIGNMENT);
        }
        RoleGate.disable(replanButton, actor, Permission.SCHEDULE);
        RoleGate.showBannerIfReadOnly(root, actor, Permission.RECORD_REASSIGNMENT);
    }

    private String summary() {
        long current = viewModel.rows().stream().filter(r -> r.timing() == ReassignmentTiming.CURRENT).count();
        long upcoming = viewModel.rows().stream().filter(r -> r.timing() == ReassignmentTiming.UPCOMING).count();
        return current + " current · " + upcoming + " upcoming · " + viewModel.rows().size() + " shown";
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }

    /** The timing as a word with its colour as a style class, never colour alone. */
    private static final class TimingCell extends TableCell<ReassignmentRow, ReassignmentTiming> {
        @Override
        protected void updateItem(ReassignmentTiming timing, boolean empty) {
            super.updateItem(timing, empty);
            getStyleClass().removeIf(s -> s.startsWith("sro-timing-"));
            setText(empty || timing == null ? null : timing.label());
            if (!empty && timing != null) {
                getStyleClass().add("sro-timing-" + timing.name().toLowerCase());
            }
        }
    }

    /** Plain text, whole in a tooltip when the column is too narrow. */
    private static final class TextWithTooltipCell extends TableCell<ReassignmentRow, String> {
        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty ? null : value);
            setTooltip(empty || value == null || value.isEmpty() ? null : new Tooltip(value));
        }
    }

    /** "CEN: 5 school days without its SRO", in the danger colour when some days nobody covers. */
    private static final class UncoveredCell extends TableCell<ReassignmentRow, ReassignmentRow> {
        @Override
        protected void updateItem(ReassignmentRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("sro-uncovered");
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(row.leavesUncoveredShort());
            setTooltip(new Tooltip(row.leavesUncovered()));
            if (row.uncoveredDays() > 0 && row.timing().isOpen()) {
                getStyleClass().add("sro-uncovered");
            }
        }
    }

    /** One step of the history: heading, then before → after, confirmation, released coverage. */
    private static final class HistoryCell extends ListCell<ReassignmentEvent> {
        @Override
        protected void updateItem(ReassignmentEvent event, boolean empty) {
            super.updateItem(event, empty);
            if (empty || event == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label heading = new Label(ReassignmentCells.eventHeading(event));
            heading.getStyleClass().add("sro-history-heading");
            Label details = new Label(ReassignmentCells.eventDetails(event));
            details.getStyleClass().add("sro-history-details");
            details.setWrapText(true);
            details.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
            details.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            setGraphic(new VBox(2, heading, details));
            setText(null);
        }
    }

    @FXML
    private void recordNew() {
        viewModel.recordNew();
    }

    @FXML
    private void editSelected() {
        viewModel.editSelected();
    }

    @FXML
    private void endSelected() {
        viewModel.endSelected();
    }

    @FXML
    private void cancelSelected() {
        viewModel.cancelSelected();
    }

    @FXML
    private void clearReplanning() {
        viewModel.clearReplanning();
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }
}
