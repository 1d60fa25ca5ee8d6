package org.srodesk.ui.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

import org.srodesk.domain.Officer;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.roster.RosterRow;
import org.srodesk.service.Actor;
import org.srodesk.ui.common.RoleGate;

/**
 * Controller of RosterView.fxml: binds the controls to {@link RosterViewModel} and maps keys to its
 * commands. Keys on the grid: arrows move, Shift+arrows extend, Enter opens the details, Escape
 * hides them, Page Up / Page Down change the period, T goes to today; Ctrl+F anywhere in the
 * screen focuses the search.
 */
public final class RosterView {

    static final String TIME_OFF_PENDING = "Coming with issue #4: the time-off dialog is not connected in this build";
    static final String REASSIGN_PENDING = "Coming with issue #6: the reassignment dialog is not connected in this build";
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    @FXML private Parent root;
    @FXML private Button previousButton;
    @FXML private Button todayButton;
    @FXML private Button nextButton;
    @FXML private Label periodLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private ToggleButton weekToggle;
    @FXML private ToggleButton monthToggle;
    @FXML private DatePicker jumpPicker;
    @FXML private Button changeSchoolButton;
    @FXML private StackPane timeOffEntry;
    @FXML private Button timeOffButton;
    @FXML private StackPane reassignEntry;
    @FXML private Button reassignButton;
    @FXML private ToggleButton detailsToggle;
    @FXML private Button exportButton;
    @FXML private RosterFilterBar filterBar;
    @FXML private RosterGrid grid;
    @FXML private ScrollPane detailsScroll;
    @FXML private RosterDetailsPanel details;

    private final RosterViewModel viewModel;

    private RosterView(RosterViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    /** Loads the screen bound to {@code viewModel} and asks it for the period on show. */
    public static RosterView load(RosterViewModel viewModel) {
        FXMLLoader loader = new FXMLLoader(RosterView.class.getResource("RosterView.fxml"));
        RosterView view = new RosterView(viewModel);
        loader.setController(view);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load RosterView.fxml", e);
        }
        return view;
    }

    /** The screen's root node, for {@code ScreenRegistry.register(Screen.ROSTER, () -> RosterView.create(vm))}. */
    public static Parent create(RosterViewModel viewModel) {
        return load(viewModel).root();
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(Objects.requireNonNull(RosterView.class.getResource("roster.css")).toExternalForm());
        periodLabel.textProperty().bind(viewModel.periodTitleProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        previousButton.setOnAction(e -> viewModel.previousPeriod());
        nextButton.setOnAction(e -> viewModel.nextPeriod());
        todayButton.setOnAction(e -> viewModel.goToToday());
        weekToggle.setSelected(viewModel.periodKindProperty().get() == RosterPeriod.WEEK);
        monthToggle.setSelected(viewModel.periodKindProperty().get() == RosterPeriod.MONTH);
        weekToggle.selectedProperty().addListener((o, a, on) -> choosePeriod(on, RosterPeriod.WEEK, monthToggle));
        monthToggle.selectedProperty().addListener((o, a, on) -> choosePeriod(on, RosterPeriod.MONTH, weekToggle));
        jumpPicker.setOnAction(e -> {
            viewModel.jumpTo(jumpPicker.getValue());
            grid.requestFocus();
        });
        changeSchoolButton.disableProperty().bind(viewModel.canChangeSchoolBinding().not());
        changeSchoolButton.setOnAction(e -> changePrimarySchool());
        Tooltip timeOffTip = new Tooltip();
        timeOffTip.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.timeOffEntryProperty().isNull())
                .then("Request time off… — " + TIME_OFF_PENDING)
                .otherwise("Request time off… for the selected officer and days (Shift+arrows select days)"));
        Tooltip.install(timeOffEntry, timeOffTip);
        timeOffButton.disableProperty().bind(viewModel.canRequestTimeOffBinding().not());
        timeOffButton.setOnAction(e -> {
            viewModel.requestTimeOff();
            grid.requestFocus();
        });
        Tooltip reassignTip = new Tooltip();
        reassignTip.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.reassignmentEntryProperty().isNull())
                .then("Record reassignment… — " + REASSIGN_PENDING)
                .otherwise("Record reassignment… for the selected officer and days (Shift+arrows select days)"));
        Tooltip.install(reassignEntry, reassignTip);
        reassignButton.disableProperty().bind(viewModel.canRecordReassignmentBinding().not());
        reassignButton.setOnAction(e -> {
            viewModel.recordReassignment();
            grid.requestFocus();
        });
        exportButton.setOnAction(e -> viewModel.exportVisibleRoster());
        exportButton.disableProperty().bind(viewModel.modelProperty().isNull());
        filterBar.bind(viewModel);

        grid.setItems(viewModel.mutableRowsForGrid());
        grid.modelProperty().bind(viewModel.modelProperty());
        grid.selectionProperty().bind(viewModel.selectionProperty());
        grid.todayProperty().set(viewModel.today());
        grid.dayWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> viewModel.periodKindProperty().get().dayWidth(), viewModel.periodKindProperty()));
        grid.setOnCellPressed((row, column, extend, clicks) -> {
            viewModel.select(row, column, extend);
            if (clicks == 2) {
                viewModel.openDetails();
            }
        });
        grid.addEventFilter(KeyEvent.KEY_PRESSED, this::gridKey);
        grid.setRowContextMenu(contextMenu());
        viewModel.selectionProperty().addListener((o, a, b) -> grid.revealFocus());
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (FIND.match(event)) {
                filterBar.searchField().requestFocus();
                filterBar.searchField().selectAll();
                event.consume();
            }
        });

        details.show(viewModel.storyProperty().get());
        viewModel.storyProperty().addListener((o, a, story) -> details.show(story));
        detailsToggle.selectedProperty().bindBidirectional(viewModel.detailsShownProperty());
        for (var region : new javafx.scene.layout.Region[] {previousButton, todayButton, nextButton, periodLabel,
                weekToggle, monthToggle, changeSchoolButton, detailsToggle, exportButton}) {
            region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        detailsScroll.visibleProperty().bind(viewModel.detailsShownProperty());
        detailsScroll.managedProperty().bind(viewModel.detailsShownProperty());
        gateByRole();
        viewModel.load();
    }

    /** What the signed-in role may not start is disabled, with the reason as its tooltip. */
    private void gateByRole() {
        Actor actor = viewModel.actor();
        RoleGate.disable(changeSchoolButton, actor, Permission.SCHEDULE);
        RoleGate.disable(timeOffButton, actor, Permission.SCHEDULE);
        RoleGate.disable(reassignButton, actor, Permission.RECORD_REASSIGNMENT);
        RoleGate.disable(exportButton, actor, Permission.EXPORT);
        RoleGate.showBannerIfReadOnly(root, actor, Permission.SCHEDULE, Permission.RECORD_REASSIGNMENT);
    }

    private void choosePeriod(boolean selected, RosterPeriod period, ToggleButton other) {
        if (selected) {
            viewModel.periodKindProperty().set(period);
        } else if (!other.isSelected()) {
            // A toggle group may end with nothing selected; keep the current period chosen.
            (period == RosterPeriod.WEEK ? weekToggle : monthToggle).setSelected(true);
        }
    }

    private void gridKey(KeyEvent event) {
        boolean shift = event.isShiftDown();
        boolean plain = !event.isShortcutDown() && !event.isAltDown();
        if (!plain) {
            return;
        }
        switch (event.getCode()) {
            case UP -> viewModel.move(-1, 0, shift);
            case DOWN -> viewModel.move(1, 0, shift);
            case LEFT -> viewModel.move(0, -1, shift);
            case RIGHT -> viewModel.move(0, 1, shift);
            case HOME -> viewModel.move(0, -Integer.MAX_VALUE / 2, shift);
            case END -> viewModel.move(0, Integer.MAX_VALUE / 2, shift);
            case ENTER -> viewModel.openDetails();
            case ESCAPE -> viewModel.detailsShownProperty().set(false);
            case PAGE_UP -> viewModel.previousPeriod();
            case PAGE_DOWN -> viewModel.nextPeriod();
            case T -> viewModel.goToToday();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private ContextMenu contextMenu() {
        MenuItem change = new MenuItem("Change primary school…");
        change.setOnAction(e -> changePrimarySchool());
        change.disableProperty().bind(viewModel.canChangeSchoolBinding().not());
        MenuItem timeOff = new MenuItem("Request time off…");
        timeOff.setOnAction(e -> viewModel.requestTimeOff());
        timeOff.disableProperty().bind(viewModel.canRequestTimeOffBinding().not());
        MenuItem reassign = new MenuItem("Record reassignment…");
        reassign.setOnAction(e -> viewModel.recordReassignment());
        reassign.disableProperty().bind(viewModel.canRecordReassignmentBinding().not());
        MenuItem details = new MenuItem("Show details");
        details.setOnAction(e -> viewModel.openDetails());
        MenuItem export = new MenuItem("Export visible roster to CSV…");
        export.setOnAction(e -> viewModel.exportVisibleRoster());
        SeparatorMenuItem separator = new SeparatorMenuItem();
        Actor actor = viewModel.actor();
        RoleGate.hide(change, actor, Permission.SCHEDULE);
        RoleGate.hide(timeOff, actor, Permission.SCHEDULE);
        RoleGate.hide(reassign, actor, Permission.RECORD_REASSIGNMENT);
        if (RoleGate.hide(export, actor, Permission.EXPORT)) {
            separator.setVisible(false);
        }
        return new ContextMenu(details, change, timeOff, reassign, separator, export);
    }

    private void changePrimarySchool() {
        Officer officer = viewModel.selectedOfficer();
        if (officer == null || officer.isRover() || !viewModel.canSchedule()) {
            return;
        }
        RosterRow row = viewModel.rows().get(viewModel.selectionProperty().get().focusRow());
        ChangeSchoolDialog dialog = new ChangeSchoolDialog(root.getScene().getWindow(), officer, viewModel.schools(),
                row.homeSchool(), viewModel.selectedDay());
        Optional<ChangeSchoolDialog.Choice> choice = dialog.showAndWait();
        choice.ifPresent(c -> viewModel.changePrimarySchool(c.school(), c.from()));
        grid.requestFocus();
    }

    public Parent root() {
        return root;
    }

    RosterGrid grid() {
        return grid;
    }

    RosterDetailsPanel details() {
        return details;
    }
}
