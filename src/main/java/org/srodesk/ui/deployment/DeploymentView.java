package org.srodesk.ui.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.srodesk.domain.Officer;
import org.srodesk.domain.School;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.deployment.DeploymentChange;
import org.srodesk.domain.deployment.DeploymentTotals;
import org.srodesk.domain.deployment.OfficerFigures;
import org.srodesk.domain.deployment.RoverFigures;
import org.srodesk.domain.deployment.SchoolFigures;
import org.srodesk.domain.deployment.WhatIfComparison;
import org.srodesk.service.Actor;
import org.srodesk.service.DeploymentReview;
import org.srodesk.service.DeploymentService;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.RoleGate;
import org.srodesk.ui.common.TaskRunner;

/** The deployment review screen's controller: FXML fields and bindings to {@link DeploymentViewModel}. */
public final class DeploymentView {

    @FXML private VBox root;
    @FXML private Label periodLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label busyLabel;
    @FXML private Label readOnlyBadge;
    @FXML private ComboBox<PeriodKind> periodKindBox;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private Button reviewButton;
    @FXML private ProgressBar importProgress;
    @FXML private Button importButton;
    @FXML private Button exportSchoolsButton;
    @FXML private Button exportOfficersButton;
    @FXML private Button exportRoversButton;
    @FXML private HBox tiles;
    @FXML private BarChart<String, Number> callsChart;
    @FXML private StackedBarChart<String, Number> weeklyChart;
    @FXML private StackedBarChart<String, Number> zoneChart;
    @FXML private TextField schoolFilterField;
    @FXML private ComboBox<String> levelBox;
    @FXML private Label schoolCountLabel;
    @FXML private TableView<SchoolFigures> schoolTable;
    @FXML private TextField officerFilterField;
    @FXML private TableView<OfficerFigures> officerTable;
    @FXML private TableView<RoverFigures> roverTable;
    @FXML private Tab whatIfTab;
    @FXML private Spinner<Integer> removeSpinner;
    @FXML private Spinner<Integer> addSpinner;
    @FXML private ComboBox<String> zoneBox;
    @FXML private ComboBox<Officer> moveOfficerBox;
    @FXML private ComboBox<School> moveToBox;
    @FXML private ComboBox<School> dropBox;
    @FXML private ListView<DeploymentChange> changeList;
    @FXML private Button removeChangeButton;
    @FXML private Button runButton;
    @FXML private Label whatIfSummary;
    @FXML private TableView<ComparisonRow> comparisonTable;
    @FXML private ListView<String> noteList;
    @FXML private BarChart<String, Number> whatIfChart;
    @FXML private TextField scenarioNameField;
    @FXML private Button saveButton;
    @FXML private Button exportWhatIfButton;
    @FXML private ComboBox<org.srodesk.domain.deployment.SavedScenario> savedBox;
    @FXML private Button loadSavedButton;
    @FXML private Label statusLabel;

    private DeploymentViewModel viewModel;
    private WhatIfViewModel whatIf;
    /** Kept so the bidirectional spinner bindings (weak) stay alive. */
    private ObjectProperty<Integer> removeValue;
    private ObjectProperty<Integer> addValue;

    /** The screen on {@code service}, reviewing the current month on first show. */
    public static Parent create(DeploymentService service, TaskRunner tasks, DialogService dialogs, Actor actor) {
        DeploymentView view = load(new DeploymentViewModel(service, tasks, dialogs, actor, LocalDate::now, Platform::runLater));
        view.viewModel.load();
        return view.root;
    }

    /** Loads the FXML and binds it to {@code viewModel}. */
    public static DeploymentView load(DeploymentViewModel viewModel) {
        FXMLLoader loader = new FXMLLoader(DeploymentView.class.getResource("DeploymentView.fxml"));
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DeploymentView view = loader.getController();
        view.root.getStylesheets().add(Objects.requireNonNull(DeploymentView.class.getResource("deployment.css")).toExternalForm());
        view.bind(viewModel);
        return view;
    }

    public Parent root() {
        return root;
    }

    public DeploymentViewModel viewModel() {
        return viewModel;
    }

    private void bind(DeploymentViewModel vm) {
        this.viewModel = vm;
        this.whatIf = vm.whatIf();
        TaskRunner tasks = vm.tasks();
        BooleanBinding busy = Bindings.createBooleanBinding(tasks::isBusy, tasks.busyProperty());
        busyIndicator.visibleProperty().bind(busy);
        busyLabel.textProperty().bind(tasks.messageProperty());
        periodLabel.textProperty().bind(vm.periodLabelProperty());
        statusLabel.textProperty().bind(vm.statusProperty());
        periodKindBox.getItems().setAll(PeriodKind.values());
        periodKindBox.valueProperty().bindBidirectional(vm.periodKindProperty());
        fromPicker.valueProperty().bindBidirectional(vm.fromProperty());
        toPicker.valueProperty().bindBidirectional(vm.toProperty());
        BooleanBinding custom = vm.periodKindProperty().isEqualTo(PeriodKind.CUSTOM);
        fromPicker.disableProperty().bind(busy.or(custom.not()));
        toPicker.disableProperty().bind(busy.or(custom.not()));
        for (Button b : List.of(previousButton, nextButton, reviewButton, importButton)) {
            b.disableProperty().bind(busy);
        }
        importProgress.progressProperty().bind(vm.importProgressProperty());
        importProgress.visibleProperty().bind(vm.importingProperty());

        callsChart.getStyleClass().addAll("deployment-chart", "calls-chart");
        weeklyChart.getStyleClass().addAll("deployment-chart", "days-chart");
        zoneChart.getStyleClass().addAll("deployment-chart", "days-chart");
        whatIfChart.getStyleClass().addAll("deployment-chart", "whatif-chart");
        DeploymentTables.schools(schoolTable);
        DeploymentTables.officers(officerTable);
        DeploymentTables.rovers(roverTable);
        schoolTable.setItems(vm.schools());
        vm.schools().comparatorProperty().bind(schoolTable.comparatorProperty());
        officerTable.setItems(vm.officers());
        vm.officers().comparatorProperty().bind(officerTable.comparatorProperty());
        roverTable.setItems(vm.rovers());
        vm.rovers().comparatorProperty().bind(roverTable.comparatorProperty());
        schoolFilterField.textProperty().bindBidirectional(vm.schoolFilterProperty());
        officerFilterField.textProperty().bindBidirectional(vm.officerFilterProperty());
        levelBox.getItems().setAll(DeploymentViewModel.levelChoices());
        levelBox.valueProperty().bindBidirectional(vm.levelFilterProperty());
        schoolCountLabel.textProperty().bind(Bindings.size(vm.schools()).asString("%d schools"));

        vm.reviewProperty().addListener((o, old, review) -> showReview(review));
        bindWhatIf(busy);
    }

    private void showReview(DeploymentReview review) {
        if (review == null) {
            return;
        }
        DeploymentTotals t = review.figures().totals();
        tiles.getChildren().setAll(
                tile("911 days, high schools", t.noSroHighSchoolDays(),
                        "no SRO · " + percent(t.noSroHighSchoolDays(), t.highSchoolDays()) + " of " + count(t.highSchoolDays()),
                        "tile-alarm"),
                tile("Covered by a rover", t.roverCoveredHighSchoolDays(), "high-school days", "tile-covering"),
                tile("Calls for service", t.calls(), count(t.schools()) + " schools", "tile-calls"),
                tile("Calls with no officer", t.callsWithoutOfficer(),
                        percent(t.callsWithoutOfficer(), t.calls()) + " of all calls", "tile-alarm"),
                tile("Rover days covering", t.roverCoveringDays(),
                        count(t.roverReserveDays()) + " in reserve · " + t.rovers() + " rovers", "tile-rover"));
        show(callsChart, DeploymentCharts.callsAgainstSroDays(review.figures()));
        show(weeklyChart, DeploymentCharts.weekly(review.figures()));
        show(zoneChart, DeploymentCharts.zones(review.figures()));
    }

    private static VBox tile(String caption, long value, String detail, String style) {
        Label number = new Label(count(value));
        number.getStyleClass().add("tile-value");
        Label title = new Label(caption);
        title.getStyleClass().add("tile-caption");
        title.setWrapText(true);
        Label more = new Label(detail);
        more.getStyleClass().add("tile-detail");
        more.setWrapText(true);
        VBox box = new VBox(number, title, more);
        box.getStyleClass().addAll("deployment-tile", style);
        HBox.setHgrow(box, javafx.scene.layout.Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(200);
        return box;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "0 %" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }

    private void bindWhatIf(BooleanBinding busy) {
        removeSpinner.setValueFactory(new IntegerSpinnerValueFactory(1, 500, whatIf.removeCountProperty().get()));
        addSpinner.setValueFactory(new IntegerSpinnerValueFactory(1, 500, whatIf.addCountProperty().get()));
        removeValue = whatIf.removeCountProperty().asObject();
        addValue = whatIf.addCountProperty().asObject();
        removeSpinner.getValueFactory().valueProperty().bindBidirectional(removeValue);
        addSpinner.getValueFactory().valueProperty().bindBidirectional(addValue);
        zoneBox.setItems(whatIf.zones());
        zoneBox.valueProperty().bindBidirectional(whatIf.addZoneProperty());
        moveOfficerBox.setItems(whatIf.primaries());
        moveOfficerBox.setConverter(converter(Officer::sortName));
        moveOfficerBox.valueProperty().bindBidirectional(whatIf.moveOfficerProperty());
        StringConverter<School> schoolNames = converter(s -> s.code() + " · " + s.name());
        moveToBox.setItems(whatIf.schools());
        moveToBox.setConverter(schoolNames);
        moveToBox.valueProperty().bindBidirectional(whatIf.moveToProperty());
        dropBox.setItems(whatIf.schools());
        dropBox.setConverter(schoolNames);
        dropBox.valueProperty().bindBidirectional(whatIf.dropSchoolProperty());
        changeList.setItems(whatIf.changes());
        changeList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DeploymentChange item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : whatIf.describe(item));
            }
        });
        removeChangeButton.disableProperty().bind(changeList.getSelectionModel().selectedItemProperty().isNull());
        runButton.disableProperty().bind(busy.or(Bindings.isEmpty(whatIf.changes())).or(viewModel.reviewProperty().isNull()));
        whatIfSummary.textProperty().bind(whatIf.summaryProperty());
        WhatIfComparisonTable.columns(comparisonTable);
        comparisonTable.setFixedCellSize(30);
        comparisonTable.setPrefHeight(30 * 6 + 42);
        comparisonTable.setMinHeight(30 * 6 + 42);
        comparisonTable.setItems(whatIf.rows());
        noteList.setItems(whatIf.notes());
        scenarioNameField.textProperty().bindBidirectional(whatIf.scenarioNameProperty());
        BooleanBinding noResult = whatIf.comparisonProperty().isNull();
        saveButton.disableProperty().bind(busy.or(noResult).or(whatIf.scenarioNameProperty().isEmpty()));
        exportWhatIfButton.disableProperty().bind(busy.or(noResult));
        whatIf.comparisonProperty().addListener((o, old, c) -> showComparison(c));
        savedBox.setItems(whatIf.savedScenarios());
        savedBox.setConverter(converter(WhatIfViewModel::describe));
        savedBox.valueProperty().bindBidirectional(whatIf.selectedScenarioProperty());
        loadSavedButton.disableProperty().bind(busy.or(whatIf.selectedScenarioProperty().isNull()));
        gateByRole(viewModel.actor());
    }

    /**
     * What the signed-in role may not start is disabled, with the reason as its tooltip. Running a what-if
     * writes nothing and stays open to every role; saving it is the commander's.
     */
    private void gateByRole(Actor actor) {
        RoleGate.disable(importButton, actor, Permission.SCHEDULE);
        for (Button export : List.of(exportSchoolsButton, exportOfficersButton, exportRoversButton, exportWhatIfButton)) {
            RoleGate.disable(export, actor, Permission.EXPORT);
        }
        RoleGate.disable(scenarioNameField, actor, Permission.DEPLOYMENT_WHAT_IF);
        RoleGate.disable(saveButton, actor, Permission.DEPLOYMENT_WHAT_IF);
        RoleGate.showBannerIfReadOnly(root, actor, Permission.SCHEDULE, Permission.DEPLOYMENT_WHAT_IF);
    }

    private void showComparison(WhatIfComparison c) {
        if (c == null) {
            whatIfChart.getData().clear();
            return;
        }
        show(whatIfChart, DeploymentCharts.whatIfWeekly(c.current().figures(), c.whatIf().figures()));
    }

    /**
     * Replaces a chart's series and sets its categories in the series' order: an auto-ranging
     * category axis keeps the order of categories it saw before, so a new period would be drawn in
     * the old one's order.
     */
    private static void show(javafx.scene.chart.XYChart<String, Number> chart,
                             List<javafx.scene.chart.XYChart.Series<String, Number>> series) {
        chart.getData().clear();
        javafx.scene.chart.CategoryAxis axis = (javafx.scene.chart.CategoryAxis) chart.getXAxis();
        List<String> categories = series.isEmpty() ? List.of()
                : series.get(0).getData().stream().map(javafx.scene.chart.XYChart.Data::getXValue).toList();
        axis.setAutoRanging(false);
        axis.setCategories(javafx.collections.FXCollections.observableArrayList(categories));
        axis.invalidateRange(categories); // lays the tick labels out again for the new categories
        chart.getData().setAll(series);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    @FXML private void previous() {
        viewModel.previous();
    }

    @FXML private void next() {
        viewModel.next();
    }

    @FXML private void review() {
        viewModel.load();
    }

    @FXML private void importCalls() {
        viewModel.importCalls();
    }

    @FXML private void exportSchools() {
        viewModel.exportSchools();
    }

    @FXML private void exportOfficers() {
        viewModel.exportOfficers();
    }

    @FXML private void exportRovers() {
        viewModel.exportRovers();
    }

    @FXML private void addRemove() {
        whatIf.addRemoveRovers();
    }

    @FXML private void addAdd() {
        whatIf.addAddRovers();
    }

    @FXML private void addMove() {
        whatIf.addMove();
    }

    @FXML private void addDrop() {
        whatIf.addDrop();
    }

    @FXML private void removeChange() {
        DeploymentChange selected = changeList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            whatIf.removeChange(selected);
        }
    }

    @FXML private void clearChanges() {
        whatIf.clearChanges();
    }

    @FXML private void runWhatIf() {
        whatIf.run();
    }

    @FXML private void saveScenario() {
        whatIf.save();
    }

    @FXML private void loadSaved() {
        whatIf.loadSelectedScenario();
    }

    @FXML private void exportWhatIf() {
        whatIf.export();
    }
}
