package org.srodesk.ui.roster;

import org.srodesk.testing.Actors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.School;
import org.srodesk.persistence.Database;
import org.srodesk.service.AssignmentService;
import org.srodesk.service.RosterService;
import org.srodesk.testing.Actors;
import org.srodesk.testing.RosterFixture;
import org.srodesk.ui.common.FxTaskRunner;
import org.srodesk.ui.common.RecordingDialogService;
import org.srodesk.ui.common.RoleGate;
import org.srodesk.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The roster screen headless on Monocle, on the small fixture, with today = Wed 11 Mar 2026. */
class RosterViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 11);

    private final FxRobot robot = new FxRobot();
    private Database database;
    private FxTaskRunner tasks;
    private RosterViewModel viewModel;
    private RosterView view;
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void showRoster() throws TimeoutException {
        database = RosterFixture.database("roster-view");
        tasks = new FxTaskRunner();
        viewModel = new RosterViewModel(new RosterService(database), new AssignmentService(database), tasks,
                new RecordingDialogService(), () -> TODAY, Actors.SERGEANT);
        FxToolkit.setupFixture(() -> {
            Theme.installUserAgentStylesheet();
            view = RosterView.load(viewModel);
            Scene scene = new Scene(view.root(), 1240, 740);
            Theme.style(scene);
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
        });
        waitUntilLoaded();
        robot.interact(() -> view.grid().requestFocus());
    }

    @AfterEach
    void close() throws TimeoutException {
        robot.interact(() -> stage.close());
        FxToolkit.cleanupStages();
        tasks.close();
        database.close();
    }

    private void waitUntilLoaded() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> viewModel.modelProperty().get() != null && !viewModel.loadingProperty().get() && !tasks.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The one day cell shown for the officer and day; ids are unique among the rows on screen. */
    private Label cell(long officerId, int marchDay) {
        var found = robot.lookup("#cell-" + officerId + "-" + LocalDate.of(2026, 3, marchDay)).queryAllAs(Label.class);
        assertEquals(1, found.size(), "cells with the id of officer " + officerId + " on " + marchDay + " March");
        return found.iterator().next();
    }

    private boolean cellExists(long officerId, int marchDay) {
        return robot.lookup("#cell-" + officerId + "-" + LocalDate.of(2026, 3, marchDay)).tryQuery().isPresent();
    }

    private long filledRows() {
        return robot.lookup(".roster-row-cell").queryAll().stream()
                .filter(n -> n instanceof RosterRowCell c && !c.isEmpty() && c.isVisible()).count();
    }

    @Test
    void cellsShowTimeOffReassignmentNonSessionDaysAndTheCoveringRover() {
        assertEquals("VAC", cell(RosterFixture.LEE, 9).getText());
        assertTrue(cell(RosterFixture.LEE, 9).getStyleClass().contains("sro-status-time-off"));
        assertEquals("CEN", cell(RosterFixture.LEE, 2).getText());
        assertEquals("COVER→CEN", cell(RosterFixture.OKAFOR, 9).getText());
        assertTrue(cell(RosterFixture.OKAFOR, 9).getStyleClass().contains("sro-status-covering"));
        assertEquals("ROVER", cell(RosterFixture.OKAFOR, 11).getText());
        Label patrol = cell(RosterFixture.GARCIA, 16);
        assertEquals("REASSIGNED→Patrol", patrol.getText());
        assertTrue(patrol.getStyleClass().contains("sro-status-reassigned"));
        Label springBreak = cell(RosterFixture.NGUYEN, 24);
        assertEquals("UNIT", springBreak.getText());
        assertTrue(springBreak.getPseudoClassStates().contains(RosterRowCell.NON_SESSION));
        assertTrue(cell(RosterFixture.NGUYEN, 11).getPseudoClassStates().contains(RosterRowCell.TODAY));
        assertEquals(5, filledRows());
    }

    @Test
    void theTotalsLineFlagsAHighSchoolWithoutSro() {
        var totals = robot.lookup(".roster-total-cell").queryAllAs(Label.class).stream()
                .filter(l -> l.getStyleClass().contains("sro-no-sro")).toList();
        assertFalse(totals.isEmpty(), "11–13 Mar (Lee away, no cover) and 16–20 Mar (Garcia on patrol)");
        assertTrue(totals.stream().allMatch(l -> l.getText().equals("1")));
    }

    @Test
    void searchAndFiltersNarrowTheRows() {
        robot.clickOn("#rosterSearch").write("okafor");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, filledRows());
        assertTrue(cellExists(RosterFixture.OKAFOR, 9));
        assertFalse(cellExists(RosterFixture.LEE, 9));

        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN)).push(KeyCode.BACK_SPACE);
        robot.clickOn("#roleFilter").clickOn("Rovers");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, filledRows());

        robot.interact(() -> robot.lookup("#roleFilter").queryAs(ComboBox.class).setValue(null));
        robot.clickOn("#onlyUnusual");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, filledRows(), "Lee (vacation), Garcia (reassigned), Okafor (covering)");
        assertFalse(cellExists(RosterFixture.NGUYEN, 9));
    }

    @Test
    void theKeyboardMovesExtendsOpensDetailsChangesPeriodAndFindsSearch() throws TimeoutException {
        robot.clickOn(cell(RosterFixture.GARCIA, 11));
        assertEquals(TODAY, viewModel.selectedDay());
        assertEquals("1002", viewModel.selectedOfficer().badge());
        for (int i = 0; i < 9; i++) {
            robot.push(KeyCode.LEFT);
        }
        assertEquals(LocalDate.of(2026, 3, 2), viewModel.selectedDay());
        Label second = cell(RosterFixture.GARCIA, 2);
        assertTrue(second.localToScene(second.getBoundsInLocal()).getMinX()
                >= view.grid().localToScene(view.grid().getBoundsInLocal()).getMinX() + RosterGrid.FROZEN_WIDTH,
                "the focus cell is scrolled clear of the frozen column");
        robot.push(KeyCode.ESCAPE);
        assertFalse(viewModel.detailsShownProperty().get());
        assertFalse(robot.lookup(".roster-details-scroll").query().isVisible(), "Escape hides the details");
        for (int i = 0; i < 14; i++) {
            robot.push(KeyCode.RIGHT);
        }
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2026, 3, 16), viewModel.selectedDay());
        assertTrue(view.details().text().contains("ordered by Cmdr. Hayes"), view.details().text());
        assertTrue(robot.lookup(".roster-details-scroll").query().isVisible(), "Enter shows the details again");

        robot.press(KeyCode.SHIFT).push(KeyCode.RIGHT).push(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertEquals(LocalDate.of(2026, 3, 16), viewModel.selectedDays().start());
        assertEquals(LocalDate.of(2026, 3, 17), viewModel.selectedDays().end());
        assertTrue(cell(RosterFixture.LEE, 17).getPseudoClassStates().contains(RosterRowCell.SELECTED));

        robot.push(KeyCode.PAGE_DOWN);
        waitUntilLoaded();
        assertEquals("April 2026", viewModel.periodTitleProperty().get());
        robot.push(KeyCode.T);
        waitUntilLoaded();
        assertEquals(TODAY, viewModel.selectedDay());
        assertEquals("March 2026", viewModel.periodTitleProperty().get());

        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        assertTrue(robot.lookup("#rosterSearch").query().isFocused());
    }

    @Test
    void changingAPrimarySchoolShowsInTheGrid() throws TimeoutException {
        robot.clickOn(cell(RosterFixture.NGUYEN, 11));
        for (int i = 0; i < 5; i++) {
            robot.push(KeyCode.RIGHT);
        }
        assertEquals(LocalDate.of(2026, 3, 16), viewModel.selectedDay());
        robot.clickOn("#changeSchoolButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<School> school = robot.lookup("#newSchool").queryAs(ComboBox.class);
            school.setValue(school.getItems().stream().filter(s -> s.code().equals("RAM")).findFirst().orElseThrow());
        });
        robot.clickOn("Change school");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "RAM".equals(cell(RosterFixture.NGUYEN, 16).getText()));
        assertEquals("JOH", cell(RosterFixture.NGUYEN, 13).getText(), "the old posting ends the day before");
        assertEquals("RAM", cell(RosterFixture.NGUYEN, 31).getText());
    }

    @Test
    void withoutTheirDialogsTheTimeOffAndReassignmentEntriesAreDisabledAndSaySo() {
        Button timeOff = robot.lookup("#timeOffButton").queryButton();
        Button reassign = robot.lookup("#reassignButton").queryButton();
        assertTrue(timeOff.isDisabled());
        assertTrue(reassign.isDisabled());
        assertTrue(tooltipOf(timeOff).contains("issue #4"), tooltipOf(timeOff));
        assertTrue(tooltipOf(reassign).startsWith("Record reassignment… — Coming with issue #6"), tooltipOf(reassign));
        assertEquals("Request time off…", timeOff.getAccessibleText());
    }

    @Test
    void theTimeOffEntryOpensForTheSelectedOfficerAndDays() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        robot.interact(() -> viewModel.timeOffEntryProperty().set((officer, days, officers) -> {
            asked.add(officer.badge() + " " + days);
            return false;
        }));
        robot.clickOn(cell(RosterFixture.LEE, 11));
        robot.press(KeyCode.SHIFT).push(KeyCode.RIGHT).release(KeyCode.SHIFT);
        robot.clickOn("#timeOffButton");
        assertEquals(java.util.List.of("1001 2026-03-11..2026-03-12"), asked);
    }

    private static String tooltipOf(Button button) {
        return ((javafx.scene.control.Tooltip) button.getParent().getProperties().get("javafx.scene.control.Tooltip")).getText();
    }

    @Test
    void aViewerSeesTheRosterWithABannerAndNoWayToStartAnEdit() throws TimeoutException {
        assertTrue(robot.lookup("#read-only-banner").tryQuery().isEmpty(), "a sergeant's roster has no banner");
        RosterViewModel viewer = new RosterViewModel(new RosterService(database), new AssignmentService(database), tasks,
                new RecordingDialogService(), () -> TODAY, Actors.VIEWER);
        java.util.List<String> opened = new java.util.ArrayList<>();
        viewer.timeOffEntryProperty().set((officer, days, officers) -> opened.add("time off"));
        viewer.reassignmentEntryProperty().set((officer, days) -> opened.add("reassignment"));
        FxToolkit.setupFixture(() -> {
            view = RosterView.load(viewer);
            stage.setScene(new Scene(view.root(), 1240, 740));
        });
        viewModel = viewer;
        waitUntilLoaded();
        assertEquals("Read-only — signed in as Viewer",
                robot.lookup("#read-only-banner").queryAs(Label.class).getText());
        robot.doubleClickOn(cell(RosterFixture.NGUYEN, 16));
        assertTrue(viewer.detailsShownProperty().get(), "a double-click still shows the details");
        for (String id : java.util.List.of("#changeSchoolButton", "#timeOffButton", "#reassignButton", "#exportButton")) {
            Button button = robot.lookup(id).queryButton();
            assertTrue(button.isDisabled(), id);
            assertTrue(RoleGate.explanation(button).startsWith("Your role (viewer) may not "), id);
            assertEquals(RoleGate.explanation(button), tooltipOf(button), id);
        }
        assertEquals("Your role (viewer) may not record reassignments.",
                tooltipOf(robot.lookup("#reassignButton").queryButton()));
        robot.clickOn("#timeOffButton").clickOn("#reassignButton").clickOn("#changeSchoolButton");
        assertEquals(java.util.List.of(), opened);
        Button timeOff = robot.lookup("#timeOffButton").queryButton();
        javafx.scene.control.Tooltip tip = (javafx.scene.control.Tooltip) timeOff.getParent().getProperties()
                .get("javafx.scene.control.Tooltip");
        robot.moveTo(timeOff);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, tip::isShowing);
        assertEquals("Your role (viewer) may not schedule officers.", tip.getText(),
                "hovering the disabled entry shows why");
        robot.moveTo(cell(RosterFixture.NGUYEN, 16));
        var menu = view.grid().list().getContextMenu();
        assertEquals(java.util.List.of("Show details"), menu.getItems().stream().filter(MenuItem::isVisible)
                .map(MenuItem::getText).toList(), "the context menu offers only what a viewer may do");
    }

    @Test
    void aCommanderMayRecordAReassignmentFromTheRosterButNotEnterTimeOff() throws TimeoutException {
        RosterViewModel commander = new RosterViewModel(new RosterService(database), new AssignmentService(database),
                tasks, new RecordingDialogService(), () -> TODAY, Actors.COMMANDER);
        commander.timeOffEntryProperty().set((officer, days, officers) -> false);
        java.util.List<String> asked = new java.util.ArrayList<>();
        commander.reassignmentEntryProperty().set((officer, days) -> asked.add(officer.badge() + " " + days));
        FxToolkit.setupFixture(() -> {
            view = RosterView.load(commander);
            stage.setScene(new Scene(view.root(), 1240, 740));
        });
        viewModel = commander;
        waitUntilLoaded();
        assertTrue(robot.lookup("#read-only-banner").tryQuery().isEmpty(), "a commander may write here");
        robot.clickOn(cell(RosterFixture.LEE, 11));
        assertTrue(robot.lookup("#timeOffButton").queryButton().isDisabled());
        assertEquals("Your role (commander) may not schedule officers.",
                tooltipOf(robot.lookup("#timeOffButton").queryButton()));
        assertFalse(robot.lookup("#exportButton").queryButton().isDisabled(), "a commander exports");
        robot.clickOn("#reassignButton");
        assertEquals(java.util.List.of("1001 2026-03-11..2026-03-11"), asked);
    }
}
