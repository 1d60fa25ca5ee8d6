package org.srodesk.ui.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.srodesk.domain.compliance.LogState;
import org.srodesk.service.compliance.LogRow;
import org.srodesk.service.compliance.TrainingMatrix;
import org.srodesk.testing.Actors;
import org.srodesk.testing.ComplianceFixture;
import org.srodesk.testing.TimeOffFixture;
import org.srodesk.ui.common.FxDialogService;
import org.srodesk.ui.common.FxTaskRunner;
import org.srodesk.ui.common.RoleGate;
import org.srodesk.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The compliance screen and its log dialog, headless on Monocle, on a real in-memory database. */
class ComplianceViewTest {

    private final FxRobot robot = new FxRobot();
    private ComplianceFixture fixture;
    private FxTaskRunner tasks;
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openScreen() throws TimeoutException {
        fixture = new ComplianceFixture();
        fixture.services.training().recordCompletion(
                fixture.completion(fixture.lee, "CULTURAL", LocalDate.of(2025, 1, 10), "8"), TimeOffFixture.SERGEANT);
        fixture.services.training().recordCompletion(
                fixture.completion(fixture.lee, "CHILD_DEV", LocalDate.of(2025, 6, 10), "8"), TimeOffFixture.SERGEANT);
        FxToolkit.setupFixture(() -> {
            Theme.installUserAgentStylesheet();
            stage = new Stage();
            tasks = new FxTaskRunner();
            ComplianceViewModel viewModel = new ComplianceViewModel(fixture.services, tasks,
                    new FxDialogService(() -> stage), new FxComplianceDialogs(() -> stage), TimeOffFixture.SERGEANT);
            Scene scene = new Scene(ComplianceView.create(viewModel), 1280, 800);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        robot.interact(() -> {
            tasks.close();
            stage.close();
        });
        FxToolkit.cleanupStages();
        fixture.close();
    }

    private void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces the text of the field {@code id} by typing {@code text} into it. */
    private void type(String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).clear());
        robot.clickOn(id).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<TrainingMatrix.Row> matrix() {
        return robot.lookup("#matrix-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<LogRow> logs() {
        return robot.lookup("#log-table").queryAs(TableView.class);
    }

    @Test
    void theMatrixShowsEachOfficersStandingAsWordsOnColoursAndFilters() throws TimeoutException {
        waitFor(() -> matrix().getItems().size() == 3 && matrix().getColumns().size() == 5);
        assertTrue(robot.lookup(".sro-training-current").queryAs(javafx.scene.control.TableCell.class).getText()
                .startsWith("Done · 2027-06-10"));
        assertEquals("Overdue · 2026-01-10",
                robot.lookup(".sro-training-overdue").queryAs(javafx.scene.control.TableCell.class).getText());
        assertEquals(7, robot.lookup(".sro-training-missing").queryAll().size(), "Lee's restorative, both rovers' three");

        robot.clickOn("#matrix-search").write("lee");
        waitFor(() -> matrix().getItems().size() == 1);
        assertEquals(fixture.lee, matrix().getItems().get(0).officer().id());
        robot.interact(() -> robot.lookup("#matrix-search").queryAs(TextField.class).clear());
        waitFor(() -> matrix().getItems().size() == 3);

        @SuppressWarnings("unchecked")
        ListView<Object> overdue = robot.lookup("#overdue-list").queryAs(ListView.class);
        waitFor(() -> !overdue.getItems().isEmpty());
        assertTrue(robot.lookup("#overdue-title").queryAs(Label.class).getText().startsWith("Overdue ("));
    }

    @Test
    void recordingALogThroughTheDialogShowsBadCountsNextToTheFieldThenSavesIt() throws TimeoutException {
        robot.interact(() -> robot.lookup("#compliance-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        waitFor(() -> logs().getItems().size() == 3);
        int leeRow = logs().getItems().stream().map(r -> r.officer().id()).toList().indexOf(fixture.lee);
        robot.interact(() -> logs().getSelectionModel().select(leeRow));
        robot.clickOn("#record-log");
        waitFor(() -> robot.lookup("#log-gangs").tryQuery().isPresent());
        type("#log-gangs", "3");
        type("#log-reports", "-2");
        robot.clickOn("Record");
        waitFor(() -> !robot.lookup("#error-reports").queryAs(Label.class).getText().isEmpty());
        assertEquals("A count cannot be negative.", robot.lookup("#error-reports").queryAs(Label.class).getText());
        assertEquals(0, fixture.count("monthly_log"), "nothing written");

        type("#log-reports", "6");
        robot.clickOn("Record");
        waitFor(() -> logs().getItems().stream().anyMatch(r -> r.officer().id() == fixture.lee
                && r.state() == LogState.RECEIVED));
        LogRow lee = logs().getItems().stream().filter(r -> r.officer().id() == fixture.lee).findFirst().orElseThrow();
        assertEquals(YearMonth.of(2026, 1), lee.month());
        assertEquals(3, lee.log().orElseThrow().sessionsGangs());
        assertEquals(6, lee.log().orElseThrow().reportsTaken());
        assertTrue(robot.lookup(".sro-log-received").tryQuery().isPresent(), "the row says Received");
        assertEquals(1, fixture.count("monthly_log"));
    }

    @Test
    void aViewerSeesTheMatrixUnderAReadOnlyBannerAndEveryRecordingActionDisabled() throws TimeoutException {
        assertTrue(robot.lookup("#read-only-banner").tryQuery().isEmpty(), "a sergeant's screen has no banner");
        FxToolkit.setupFixture(() -> stage.setScene(new Scene(ComplianceView.create(new ComplianceViewModel(
                fixture.services, tasks, new FxDialogService(() -> stage), new FxComplianceDialogs(() -> stage),
                Actors.VIEWER)), 1280, 800)));
        waitFor(() -> robot.lookup("#matrix-table").queryAs(javafx.scene.control.TableView.class).getItems().size() == 3);
        assertEquals("Read-only — signed in as Viewer", robot.lookup("#read-only-banner").queryAs(Label.class).getText());
        for (String id : java.util.List.of("#add-course", "#record-training", "#record-log", "#meeting-add-missing",
                "#meeting-move", "#meeting-attendance")) {
            assertTrue(robot.lookup(id).query().isDisabled(), id);
            assertEquals("Your role (viewer) may not schedule officers.", RoleGate.explanation(robot.lookup(id).query()), id);
        }
        assertEquals("Your role (viewer) may not export rosters and reports.",
                RoleGate.explanation(robot.lookup("#export-review").query()));
        assertTrue(robot.lookup("#matrix-csv").query().isDisabled());
        robot.doubleClickOn(robot.lookup("#matrix-table .table-row-cell").nth(0).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.listWindows().stream().filter(javafx.stage.Window::isShowing).count(),
                "a double-click opens no dialog");
    }
}
