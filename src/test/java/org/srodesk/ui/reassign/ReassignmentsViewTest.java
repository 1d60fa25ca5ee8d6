package org.srodesk.ui.reassign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.testing.ReassignmentFixture.march;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.DayStatus;
import org.srodesk.domain.DayStatusKind;
import org.srodesk.domain.Officer;
import org.srodesk.domain.coverage.AbsenceBlock;
import org.srodesk.domain.coverage.NeedReason;
import org.srodesk.export.notice.NoticeMailer;
import org.srodesk.service.PrincipalNoticeService;
import org.srodesk.service.ReassignmentRow;
import org.srodesk.testing.Actors;
import org.srodesk.testing.ReassignmentFixture;
import org.srodesk.testing.TimeOffFixture;
import org.srodesk.ui.common.FxDialogService;
import org.srodesk.ui.common.FxTaskRunner;
import org.srodesk.ui.common.RoleGate;
import org.srodesk.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Reassignments screen and its dialog, headless on Monocle, on a real in-memory database. */
class ReassignmentsViewTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private ReassignmentFixture fixture;
    private FxTaskRunner tasks;
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openScreen() throws TimeoutException {
        fixture = new ReassignmentFixture();
        FxToolkit.setupFixture(() -> {
            Theme.installUserAgentStylesheet();
            stage = new Stage();
            tasks = new FxTaskRunner();
            PrincipalNoticeService notices = new PrincipalNoticeService(fixture.base.database, fixture.base.settings,
                    new NoticeMailer(), folder, fixture.base.clock);
            ReassignmentsViewModel viewModel = new ReassignmentsViewModel(fixture.service, notices, fixture.base.settings,
                    tasks, new FxDialogService(() -> stage), new FxReassignmentDialogs(() -> stage),
                    ReassignmentFixture.SERGEANT);
            Scene scene = new Scene(ReassignmentsView.create(viewModel), 1200, 740);
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
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<ReassignmentRow> table() {
        return robot.lookup("#reassignments-table").queryAs(TableView.class);
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void recordAReassignmentAndSeeTheRosterAndTheCoverageNeedChange() throws TimeoutException {
        robot.clickOn("#reassign-new");
        waitFor(() -> robot.lookup("#reassign-officer").tryQuery().isPresent());
        SearchableComboBox<Officer> officer = robot.lookup("#reassign-officer").queryAs(SearchableComboBox.class);
        waitFor(() -> !officer.getItems().isEmpty());
        robot.interact(() -> {
            officer.setValue(officer.getItems().stream().filter(o -> o.id() == fixture.base.lee).findFirst().orElseThrow());
            robot.lookup("#reassign-start").queryAs(DatePicker.class).setValue(march(2));
            robot.lookup("#reassign-end").queryAs(DatePicker.class).setValue(march(6));
            robot.lookup("#reassign-rank").queryAs(ComboBox.class).getEditor().setText("Commander");
        });
        robot.clickOn(robot.lookup("#reassign-duty").queryAs(ComboBox.class).getEditor()).write("Patrol");
        robot.clickOn("#reassign-ordered-by").write("Jane Axtell");
        robot.clickOn("#reassign-reference").write("GO-26-114");
        waitFor(() -> robot.lookup("#gap-CEN").tryQuery().isPresent());
        assertTrue(robot.lookup("#conflict-none").tryQuery().isPresent(), "no conflict for these days");

        robot.clickOn("#reassign-save");
        waitFor(() -> robot.lookup("#notice-body").tryQuery().isPresent());
        String body = robot.lookup("#notice-body").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(body.contains("Patrol") && body.contains("Monday 2 March 2026"), body);
        robot.clickOn("Later");

        waitFor(() -> table().getItems().size() == 1);
        assertEquals("CEN: 5 school days without its SRO", table().getItems().get(0).leavesUncovered());
        waitFor(() -> robot.lookup("#replan-banner").query().isVisible());
        DayStatus status = fixture.roster.loadSnapshot(DateRange.day(march(3))).statusOf(fixture.base.lee, march(3));
        assertEquals(DayStatusKind.REASSIGNED, status.kind());
        assertEquals("REASSIGNED→Patrol", status.shortLabel());
        List<AbsenceBlock> needs = fixture.coverage.planPeriod(DateRange.of(march(2), march(6)), List.of(),
                TimeOffFixture.TODAY).blocks().stream().filter(b -> b.schoolId() == fixture.base.central).toList();
        assertEquals(1, needs.size());
        assertEquals(NeedReason.REASSIGNED, needs.get(0).reason());

        robot.clickOn("Upcoming");
        waitFor(() -> !robot.lookup("#history-list").queryListView().getItems().isEmpty());
        assertTrue(text("#reassign-details").contains("Ordered by Commander Jane Axtell"), text("#reassign-details"));
    }

    @Test
    void badInputIsShownNextToTheFieldAndNothingIsWritten() throws TimeoutException {
        robot.clickOn("#reassign-new");
        waitFor(() -> robot.lookup("#reassign-officer").tryQuery().isPresent());
        robot.clickOn("#reassign-save");
        waitFor(() -> !text("#error-officer").isEmpty());
        assertEquals("Choose the officer.", text("#error-officer"));
        assertEquals("Enter the first day.", text("#error-start"));
        assertEquals("Name the command staff member who ordered it.", text("#error-orderedBy"));
        robot.interact(() -> {
            robot.lookup("#reassign-start").queryAs(DatePicker.class).setValue(march(6));
            robot.lookup("#reassign-end").queryAs(DatePicker.class).setValue(march(2));
        });
        waitFor(() -> "The last day is before the first day.".equals(text("#error-end")));
        robot.clickOn("Cancel");
        assertEquals(0, fixture.count("reassignment"));
    }

    private void openAs(org.srodesk.service.Actor actor) throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            PrincipalNoticeService notices = new PrincipalNoticeService(fixture.base.database, fixture.base.settings,
                    new NoticeMailer(), folder, fixture.base.clock);
            ReassignmentsViewModel viewModel = new ReassignmentsViewModel(fixture.service, notices, fixture.base.settings,
                    tasks, new FxDialogService(() -> stage), new FxReassignmentDialogs(() -> stage), actor);
            stage.setScene(new Scene(ReassignmentsView.create(viewModel), 1200, 740));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aViewerSeesAReadOnlyBannerAndEveryRecordingActionDisabledWithTheReason() throws TimeoutException {
        assertTrue(robot.lookup("#read-only-banner").tryQuery().isEmpty(), "a sergeant's screen has no banner");
        openAs(Actors.VIEWER);
        assertEquals("Read-only — signed in as Viewer", robot.lookup("#read-only-banner").queryAs(Label.class).getText());
        for (String id : List.of("#reassign-new", "#reassign-edit", "#reassign-end-early", "#reassign-cancel")) {
            assertTrue(robot.lookup(id).query().isDisabled(), id);
            assertEquals("Your role (viewer) may not record reassignments.", RoleGate.explanation(robot.lookup(id).query()));
        }
        assertEquals("Your role (viewer) may not schedule officers.", RoleGate.explanation(robot.lookup("#replan-clear").query()));
        robot.clickOn("#reassign-new");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#reassign-officer").tryQuery().isEmpty(), "no dialog opens");
    }

    @Test
    void aCommanderMayRecordReassignmentsHere() throws TimeoutException {
        openAs(Actors.COMMANDER);
        assertTrue(robot.lookup("#read-only-banner").tryQuery().isEmpty());
        assertFalse(robot.lookup("#reassign-new").query().isDisabled());
        assertEquals(null, RoleGate.explanation(robot.lookup("#reassign-new").query()));
    }
}
