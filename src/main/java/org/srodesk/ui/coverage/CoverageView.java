package org.srodesk.ui.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.srodesk.domain.account.Permission;
import org.srodesk.service.Actor;
import org.srodesk.service.CoverageService;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.RoleGate;
import org.srodesk.ui.common.TaskRunner;

/** The coverage planner screen's controller: FXML fields and bindings to {@link CoverageViewModel}, nothing else. */
public final class CoverageView {

    @FXML private VBox root;
    @FXML private Label periodLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label busyLabel;
    @FXML private Button previousButton;
    @FXML private Button thisMonthButton;
    @FXML private Button nextButton;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private Button replanButton;
    @FXML private Spinner<Integer> kSpinner;
    @FXML private Spinner<Integer> rSpinner;
    @FXML private CheckBox perZoneCheck;
    @FXML private Button applySettingsButton;
    @FXML private Button pinButton;
    @FXML private Button clearPinButton;
    @FXML private Button addNeedButton;
    @FXML private Button removeNeedButton;
    @FXML private Label totalsLabel;
    @FXML private Button acceptButton;
    @FXML private TreeTableView<CoverageRow> table;
    @FXML private TreeTableColumn<CoverageRow, String> needColumn;
    @FXML private TreeTableColumn<CoverageRow, String> datesColumn;
    @FXML private TreeTableColumn<CoverageRow, String> roverColumn;
    @FXML private TreeTableColumn<CoverageRow, String> sourceColumn;
    @FXML private TreeTableColumn<CoverageRow, String> whyColumn;
    @FXML private VBox conflictBox;
    @FXML private Label conflictTitle;
    @FXML private ListView<String> conflictList;
    @FXML private ListView<ReserveTile> reserveList;
    @FXML private Label statusLabel;
    @FXML private HBox otherDeskBar;
    @FXML private Label otherDeskLabel;
    @FXML private Button otherDeskReloadButton;

    private CoverageViewModel viewModel;
    /** Kept so the bidirectional spinner bindings (weak) stay alive. */
    private ObjectProperty<Integer> kValue;
    private ObjectProperty<Integer> rValue;

    /** The screen on {@code service}, planning the current month on first show. */
    public static Parent create(CoverageService service, TaskRunner tasks, DialogService dialogs, Actor actor) {
        CoverageView[] view = new CoverageView[1];
        FxCoveragePrompts prompts = new FxCoveragePrompts(() -> view[0].root.getScene() == null ? null
                : view[0].root.getScene().getWindow());
        view[0] = load(new CoverageViewModel(service, tasks, dialogs, prompts, actor, LocalDate::now));
        view[0].viewModel.replan();
        return view[0].root;
    }

    /** Loads the FXML and binds it to {@code viewModel}. */
    public static CoverageView load(CoverageViewModel viewModel) {
        FXMLLoader loader = new FXMLLoader(CoverageView.class.getResource("CoverageView.fxml"));
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CoverageView view = loader.getController();
        view.root.getStylesheets().add(Objects.requireNonNull(CoverageView.class.getResource("coverage.css")).toExternalForm());
        view.bind(viewModel);
        return view;
    }

    public Parent root() {
        return root;
    }

    /** The view model of a screen {@link #create}d or {@link #load}ed, for refreshing it on other desks' commits. */
    public static CoverageViewModel viewModelOf(Parent root) {
        return (CoverageViewModel) root.getProperties().get(CoverageViewModel.class);
    }

    public CoverageViewModel viewModel() {
        return viewModel;
    }

    private void bind(CoverageViewModel vm) {
        this.viewModel = vm;
        TaskRunner tasks = vm.tasks();
        BooleanBinding busy = Bindings.createBooleanBinding(tasks::isBusy, tasks.busyProperty());
        busyIndicator.visibleProperty().bind(busy);
        busyLabel.textProperty().bind(tasks.messageProperty());
        periodLabel.textProperty().bind(vm.periodLabelProperty());
        totalsLabel.textProperty().bind(vm.totalsProperty());
        statusLabel.textProperty().bind(vm.statusProperty());
        fromPicker.valueProperty().bindBidirectional(vm.fromProperty());
        toPicker.valueProperty().bindBidirectional(vm.toProperty());

        kSpinner.setValueFactory(new IntegerSpinnerValueFactory(1, 30, vm.minBlockDaysProperty().get()));
        rSpinner.setValueFactory(new IntegerSpinnerValueFactory(0, 50, vm.reserveRoversProperty().get()));
        kValue = vm.minBlockDaysProperty().asObject();
        rValue = vm.reserveRoversProperty().asObject();
        kSpinner.getValueFactory().valueProperty().bindBidirectional(kValue);
        rSpinner.getValueFactory().valueProperty().bindBidirectional(rValue);
        perZoneCheck.selectedProperty().bindBidirectional(vm.reservePerZoneProperty());
        applySettingsButton.disableProperty().bind(busy.or(vm.settingsChangedBinding().not()));

        for (Button b : List.of(previousButton, thisMonthButton, nextButton, replanButton, addNeedButton)) {
            b.disableProperty().bind(busy);
        }
        ObjectProperty<CoverageRow> selected = vm.selectedProperty();
        pinButton.disableProperty().bind(busy.or(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().kind() == CoverageRow.Kind.SCHOOL, selected)));
        clearPinButton.disableProperty().bind(busy.or(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().isPinned(), selected)));
        removeNeedButton.disableProperty().bind(busy.or(Bindings.createBooleanBinding(
                () -> !CoverageViewModel.isManual(selected.get()), selected)));
        acceptButton.disableProperty().bind(busy.or(vm.plannedProperty().isNull()));

        bindTable(vm);
        bindOtherDesks(vm);
        reserveList.setItems(vm.reserves());
        reserveList.setCellFactory(list -> new ReserveCell());
        conflictList.setItems(vm.conflicts());
        conflictBox.visibleProperty().bind(Bindings.isNotEmpty(vm.conflicts()));
        conflictBox.managedProperty().bind(conflictBox.visibleProperty());
        conflictTitle.textProperty().bind(Bindings.size(vm.conflicts()).asString("Pins and accepted coverage that cannot hold (%d)"));
        gateByRole(vm.actor());
    }

    /** What the signed-in role may not start is disabled, with the reason as its tooltip. */
    private void gateByRole(Actor actor) {
        for (Control control : List.of(acceptButton, pinButton, clearPinButton, addNeedButton, removeNeedButton,
                kSpinner, rSpinner, perZoneCheck, applySettingsButton)) {
            RoleGate.disable(control, actor, Permission.SCHEDULE);
        }
        RoleGate.showBannerIfReadOnly(root, actor, Permission.SCHEDULE);
    }

    private void bindTable(CoverageViewModel vm) {
        column(needColumn, CoverageRow::label, Mark.NONE);
        column(datesColumn, CoverageRow::dates, Mark.NONE);
        column(roverColumn, CoverageRow::rover, Mark.ROVER);
        column(sourceColumn, CoverageRow::source, Mark.SOURCE);
        column(whyColumn, CoverageRow::why, Mark.WHY);
        table.setRoot(new TreeItem<>());
        table.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(CoverageRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("coverage-school", "coverage-block", "coverage-day");
                if (!empty && item != null) {
                    getStyleClass().add("coverage-" + item.kind().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        vm.rows().addListener((ListChangeListener<CoverageRow>) c -> fillTable(vm.rows()));
        fillTable(vm.rows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                vm.selectedProperty().set(item == null ? null : item.getValue()));
        vm.selectedProperty().addListener((obs, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            }
        });
    }

    /**
     * Another desk's change (issue 13): the notice with its Reload while this desk has unsaved edits, and
     * the row the view model selects again after a reload selected in the table.
     */
    private void bindOtherDesks(CoverageViewModel vm) {
        root.getProperties().put(CoverageViewModel.class, vm);
        otherDeskBar.visibleProperty().bind(vm.otherDeskNoticeProperty().isNotEmpty());
        otherDeskBar.managedProperty().bind(otherDeskBar.visibleProperty());
        otherDeskLabel.textProperty().bind(vm.otherDeskNoticeProperty().concat(" —"));
        otherDeskReloadButton.disableProperty().bind(vm.tasks().busyProperty());
        vm.selectedProperty().addListener((obs, old, row) -> {
            TreeItem<CoverageRow> shown = table.getSelectionModel().getSelectedItem();
            if (row != null && (shown == null || shown.getValue() != row)) {
                find(table.getRoot(), row).ifPresent(item -> {
                    table.getSelectionModel().select(item);
                    table.scrollTo(Math.max(0, table.getRow(item) - 3));
                });
            }
        });
    }

    private static java.util.Optional<TreeItem<CoverageRow>> find(TreeItem<CoverageRow> item, CoverageRow row) {
        if (item == null) {
            return java.util.Optional.empty();
        }
        if (item.getValue() == row) {
            return java.util.Optional.of(item);
        }
        for (TreeItem<CoverageRow> child : item.getChildren()) {
            var found = find(child, row);
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    private void fillTable(List<CoverageRow> rows) {
        TreeItem<CoverageRow> top = new TreeItem<>();
        for (CoverageRow school : rows) {
            top.getChildren().add(item(school));
        }
        table.setRoot(top);
    }

    private static TreeItem<CoverageRow> item(CoverageRow row) {
        TreeItem<CoverageRow> item = new TreeItem<>(row);
        item.setExpanded(true);
        for (CoverageRow child : row.children()) {
            item.getChildren().add(item(child));
        }
        return item;
    }

    private enum Mark { NONE, ROVER, SOURCE, WHY }

    private static void column(TreeTableColumn<CoverageRow, String> column, Function<CoverageRow, String> text, Mark mark) {
        column.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getValue() == null ? ""
                : text.apply(f.getValue().getValue())));
        column.setCellFactory(c -> new CoverageCell(mark));
    }

    /** A cell that marks 911 days, covering rovers and the source of a decision with style classes. */
    private static final class CoverageCell extends TreeTableCell<CoverageRow, String> {
        private static final List<String> MARKS = List.of("coverage-no-sro", "coverage-covering",
                "coverage-source-pinned", "coverage-source-accepted", "coverage-group-uncovered");

        private final Mark mark;

        CoverageCell(Mark mark) {
            this.mark = mark;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().removeAll(MARKS);
            setText(empty ? null : text);
            setTooltip(null);
            CoverageRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                return;
            }
            boolean day = row.kind() == CoverageRow.Kind.DAY;
            if (mark == Mark.ROVER && day) {
                getStyleClass().add(row.uncovered() ? "coverage-no-sro" : "coverage-covering");
            } else if (mark == Mark.WHY && !day && row.uncovered()) {
                getStyleClass().add("coverage-group-uncovered");
            } else if (mark == Mark.SOURCE && day) {
                if (CoverageRow.SOURCE_PINNED.equals(row.source())) {
                    getStyleClass().add("coverage-source-pinned");
                } else if (CoverageRow.SOURCE_ACCEPTED.equals(row.source())) {
                    getStyleClass().add("coverage-source-accepted");
                }
            }
            if ((mark == Mark.NONE || mark == Mark.WHY) && text != null && text.length() > 60) {
                setTooltip(new Tooltip(text));
            }
        }
    }

    /** One day of the reserve strip. */
    private static final class ReserveCell extends ListCell<ReserveTile> {
        @Override
        protected void updateItem(ReserveTile tile, boolean empty) {
            super.updateItem(tile, empty);
            setText(null);
            if (empty || tile == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label day = new Label(tile.day());
            day.getStyleClass().add("reserve-day");
            Label duty = new Label(tile.onDuty() + " on duty · " + tile.covering() + " covering");
            duty.getStyleClass().add("reserve-line");
            Label free = new Label(tile.free() + " free · " + tile.required() + " required");
            free.getStyleClass().add(tile.atMinimum() ? "reserve-warning" : "reserve-line");
            VBox box = new VBox(day, duty, free);
            box.getStyleClass().add("reserve-tile");
            if (tile.atMinimum()) {
                box.getStyleClass().add("reserve-at-minimum");
            }
            setGraphic(box);
            setTooltip(new Tooltip(tile.summary() + (tile.atMinimum() ? " — reserve at its minimum" : "")));
        }
    }

    // ---- actions: straight to the view model

    @FXML private void previousMonth() {
        viewModel.previousMonth();
    }

    @FXML private void nextMonth() {
        viewModel.nextMonth();
    }

    @FXML private void thisMonth() {
        viewModel.thisMonth();
    }

    @FXML private void replan() {
        viewModel.replan();
    }

    @FXML private void applySettings() {
        viewModel.applySettings();
    }

    @FXML private void pin() {
        viewModel.pinSelected();
    }

    @FXML private void clearPin() {
        viewModel.clearPinOfSelected();
    }

    @FXML private void addNeed() {
        viewModel.addManualNeed();
    }

    @FXML private void removeNeed() {
        viewModel.removeSelectedManualNeed();
    }

    @FXML private void accept() {
        viewModel.accept();
    }

    @FXML private void reloadAfterOtherDesk() {
        viewModel.reloadAfterOtherDesk();
    }
}
