package org.srodesk.ui.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.account.Role;
import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.DeploymentService;
import org.srodesk.testing.Actors;
import org.srodesk.testing.CoverageFixture;
import org.srodesk.theme.StatusPalette;
import org.srodesk.ui.common.FxDialogService;
import org.srodesk.ui.common.FxTaskRunner;
import org.srodesk.ui.common.RoleGate;
import org.srodesk.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The deployment screen headless on Monocle: the review of March 2026 and a what-if with one rover fewer. */
class DeploymentViewTest {

    private final FxRobot robot = new FxRobot();
    private Database db;
    private FxTaskRunner tasks;
    private DeploymentView view;
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void showScreen() throws TimeoutException {
        db = Database.openInMemory("deployment-view-" + System.nanoTime());
        CoverageFixture.create(db);
        DeploymentService service = new DeploymentService(db);
        FxToolkit.setupFixture(() -> {
            Theme.installUserAgentStylesheet();
            tasks = new FxTaskRunner();
            stage = new Stage();
            view = DeploymentView.load(new DeploymentViewModel(service, tasks, new FxDialogService(() -> stage),
                    new Actor("cmdr.ray", "Cmdr. Ray", Role.COMMANDER), () -> CoverageFixture.MARCH_2, Platform::runLater));
            Scene scene = new Scene(view.root(), 1280, 800);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
            view.viewModel().load();
        });
        waitUntilIdle();
    }

    @AfterEach
    void close() throws TimeoutException {
        robot.interact(() -> {
            tasks.close();
            stage.close();
        });
        FxToolkit.cleanupStages();
        db.close();
    }

    private void waitUntilIdle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().reviewProperty().get() != null
                && !tasks.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theReviewShowsTilesChartsInThePaletteColoursAndTheReadOnlyBadge() {
        assertTrue(robot.lookup("#deployment-period").queryAs(Label.class).getText().startsWith("March 2026 · 22 school days"));
        assertTrue(robot.lookup("#deployment-read-only").queryAs(Label.class).isVisible());
        Label firstTile = robot.lookup(".tile-value").queryAs(Label.class);
        assertEquals("8", firstTile.getText(), "CEN 5 + HAR 3 high-school days without an SRO");
        BarChart<?, ?> calls = robot.lookup("#deployment-calls-chart").queryAs(BarChart.class);
        assertEquals(3, calls.getData().size());
        Region noSroBar = robot.lookup(".calls-chart .default-color2.chart-bar").queryAs(Region.class);
        String expected = StatusPalette.standard().hex(StatusPalette.NO_SRO);
        assertEquals(Color.web(expected), barColour(noSroBar));
    }

    private static Color barColour(Region bar) {
        var paint = bar.getBackground().getFills().get(0).getFill();
        if (paint instanceof Color c) {
            return c;
        }
        throw new AssertionError("bar painted with " + paint + ", not one palette colour");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSchoolTableSortsAndFiltersAndExportFollowsIt() {
        robot.interact(() -> robot.lookup("#deployment-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        TableView<org.srodesk.domain.deployment.SchoolFigures> table =
                robot.lookup("#deployment-schools").queryAs(TableView.class);
        assertEquals(3, table.getItems().size());
        assertEquals("CEN", table.getItems().get(0).school().code(), "by code before sorting");
        var noSro = table.getColumns().get(9);
        robot.interact(() -> {
            noSro.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(java.util.List.of(noSro));
        });
        assertEquals(List.of("CEN", "HAR", "WASH"), table.getItems().stream().map(s -> s.school().code()).toList());
        robot.interact(() -> noSro.setSortType(javafx.scene.control.TableColumn.SortType.ASCENDING));
        assertEquals("WASH", view.viewModel().schools().get(0).school().code(), "the list exported is the sorted one");
        robot.clickOn("#deployment-school-filter").write("har");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
    }

    @Test
    void aWhatIfWithOneRoverFewerShowsCurrentAgainstWhatIf() throws TimeoutException {
        robot.interact(() -> robot.lookup("#deployment-tabs").queryAs(TabPane.class).getSelectionModel().select(4));
        robot.interact(() -> view.viewModel().whatIf().removeCountProperty().set(1));
        robot.clickOn("#whatif-add-remove");
        robot.clickOn("#whatif-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().whatIf().comparisonProperty().get() != null
                && !tasks.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> comparison = robot.lookup("#whatif-comparison").queryAs(TableView.class);
        ComparisonRow reserve = (ComparisonRow) comparison.getItems().get(1);
        assertEquals("Days with fewer than R rovers in reserve", reserve.measure());
        assertEquals(0, reserve.current());
        assertEquals(22, reserve.whatIf(), "Diaz, the East's only rover, goes: 22 school days without an East reserve");
        Node changeCell = robot.lookup(".change-worse").query();
        assertTrue(changeCell.isVisible());
        assertTrue(robot.lookup("#whatif-notes").queryListView().getItems().get(0).toString().contains("Diaz"));
    }

    @Test
    void aViewerRunsAWhatIfUnderTheReadOnlyBannerButCannotSaveExportOrImport() throws TimeoutException {
        assertTrue(robot.lookup("#read-only-banner").tryQuery().isEmpty(), "a commander saves what-ifs here");
        assertFalse(robot.lookup("#whatif-save").query().getProperties().containsKey(org.srodesk.ui.common.RoleGate.class));
        FxToolkit.setupFixture(() -> {
            view = DeploymentView.load(new DeploymentViewModel(new DeploymentService(db), tasks,
                    new FxDialogService(() -> stage), Actors.VIEWER, () -> CoverageFixture.MARCH_2, Platform::runLater));
            stage.setScene(new Scene(view.root(), 1280, 800));
            view.viewModel().load();
        });
        waitUntilIdle();
        assertEquals("Read-only — signed in as Viewer", robot.lookup("#read-only-banner").queryAs(Label.class).getText());
        assertEquals("Your role (viewer) may not schedule officers.", RoleGate.explanation(robot.lookup("#deployment-import").query()));
        assertEquals("Your role (viewer) may not export rosters and reports.",
                RoleGate.explanation(robot.lookup("#deployment-export-schools").query()));
        robot.interact(() -> robot.lookup("#deployment-tabs").queryAs(TabPane.class).getSelectionModel().select(4));
        robot.clickOn("#whatif-add-remove");
        robot.clickOn("#whatif-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().whatIf().comparisonProperty().get() != null
                && !tasks.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        Node save = robot.lookup("#whatif-save").query();
        assertTrue(save.isDisabled(), "the result is there, but the viewer may not save it");
        assertEquals("Your role (viewer) may not save deployment what-ifs.", RoleGate.explanation(save));
        assertTrue(robot.lookup("#whatif-scenario-name").query().isDisabled());
    }
}
