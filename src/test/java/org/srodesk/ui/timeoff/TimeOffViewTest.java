package org.srodesk.ui.timeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.testing.TimeOffFixture.march;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import org.srodesk.domain.Officer;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.export.notice.NoticeMailer;
import org.srodesk.service.PrincipalNoticeService;
import org.srodesk.service.TimeOffDraft;
import org.srodesk.service.TimeOffRow;
import org.srodesk.testing.Actors;
import org.srodesk.testing.TimeOffFixture;
import org.srodesk.ui.common.FxDialogService;
import org.srodesk.ui.common.FxTaskRunner;
import org.srodesk.ui.common.RoleGate;
import org.srodesk.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The time-off screen and its dialogs, headless on Monocle, on a real in-memory database. */
class TimeOffViewTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private TimeOffFixture fixture;
    private FxTaskRunner tasks;
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openScreen() throws TimeoutException {
        fixture = new TimeOffFixture();
        FxToolkit.setupFixture(() -> {
            Theme.installUserAgentStylesheet();
            stage = new Stage();
            tasks = new FxTaskRunner();
            PrincipalNoticeService notices = new PrincipalNoticeService(fixture.database, fixture.settings,
                    new NoticeMailer(), folder, fixture.clock);
            TimeOffViewModel viewModel = new TimeOffViewModel(fixture.service, notices, fixture.settings, tasks,
                    new FxDialogService(() -> stage), new FxTimeOffDialogs(() -> stage), TimeOffFixture.SERGEANT);
            Scene scene = new Scene(TimeOffView.create(viewModel), 1200, 760);
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

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<TimeOffRow> table() {
        return robot.lookup("#time-off-table").queryAs(TableView.class);
    }

    @Test
    void enterARequestSeeTheFindingsApproveWithJustificationAndSeeTheStatusChange() throws TimeoutException {
        robot.clickOn("#time-off-new");
        waitFor(() -> robot.lookup("#request-officer").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        SearchableComboBox<Officer> officer = robot.lookup("#request-officer").queryAs(SearchableComboBox.class);
        robot.interact(() -> {
            officer.setValue(officer.getItems().stream().filter(o -> o.id() == fixture.lee).findFirst().orElseThrow());
            robot.lookup("#request-start").queryAs(DatePicker.class).setValue(march(2));
            robot.lookup("#request-end").queryAs(DatePicker.class).setValue(march(6));
        });
        robot.clickOn("#request-note").write("Family wedding out of state");
        robot.clickOn("Enter request");
        waitFor(() -> table().getItems().size() == 1);
        assertEquals(TimeOffStatus.REQUESTED, table().getItems().get(0).request().status());

        robot.clickOn("Pending");
        robot.clickOn("#time-off-decide");
        waitFor(() -> robot.lookup("#finding-extended_in_session").tryQuery().isPresent());
        Label sentence = robot.from(robot.lookup("#finding-extended_in_session").queryParent())
                .lookup(".sro-finding-sentence").queryAs(Label.class);
        assertTrue(sentence.getText().contains("5 school days in a row"), sentence.getText());
        assertTrue(robot.lookup("#finding-coverage").tryQuery().isPresent(), "coverage impact is shown too");

        robot.clickOn("#decision-approve");
        waitFor(() -> !robot.lookup("#error-comment").queryAs(Label.class).getText().isEmpty());
        assertEquals(TimeOffStatus.REQUESTED, fixture.service.find(table().getItems().get(0).request().id())
                .orElseThrow().status(), "nothing written without the justification");

        robot.clickOn("#decision-comment").write("Wedding booked a year ago; rover covers");
        robot.clickOn("#decision-approve");
        waitFor(() -> robot.lookup("#notice-body").tryQuery().isPresent());
        String body = robot.lookup("#notice-body").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(body.contains("Monday 2 March 2026"), body);
        robot.clickOn("Later");

        waitFor(() -> table().getItems().size() == 1
                && table().getItems().get(0).request().status() == TimeOffStatus.APPROVED);
        assertTrue(robot.lookup(".sro-status-approved").tryQuery().isPresent(), "the row says Approved");
        assertEquals("Principal notices waiting: 1", robot.lookup("#outbox-label").queryAs(Label.class).getText());
        assertFalse(robot.lookup("Pending").tryQuery().isPresent());
    }

    @Test
    void badInputIsShownNextToTheFieldAndNothingIsWritten() throws TimeoutException {
        robot.clickOn("#time-off-new");
        waitFor(() -> robot.lookup("#request-officer").tryQuery().isPresent());
        robot.clickOn("Enter request");
        waitFor(() -> !robot.lookup("#error-officer").queryAs(Label.class).getText().isEmpty());
        assertEquals("Choose the officer.", robot.lookup("#error-officer").queryAs(Label.class).getText());
        assertEquals("Enter the first day.", robot.lookup("#error-start").queryAs(Label.class).getText());
        robot.interact(() -> {
            robot.lookup("#request-start").queryAs(DatePicker.class).setValue(march(6));
            robot.lookup("#request-end").queryAs(DatePicker.class).setValue(march(2));
        });
        waitFor(() -> "The last day is before the first day.".equals(
                robot.lookup("#error-end").queryAs(Label.class).getText()));
        robot.clickOn("Cancel");
        assertEquals(0, fixture.count("time_off_request"));
    }

    @Test
    void aViewerSeesTheRequestsUnderAReadOnlyBannerAndCannotOpenADecision() throws Exception {
        assertTrue(robot.lookup("#read-only-banner").tryQuery().isEmpty(), "a sergeant's screen has no banner");
        fixture.service.request(new TimeOffDraft(fixture.lee, TimeOffKind.VACATION, march(5), march(5), null, null, ""),
                TimeOffFixture.SERGEANT);
        FxToolkit.setupFixture(() -> {
            PrincipalNoticeService notices = new PrincipalNoticeService(fixture.database, fixture.settings,
                    new NoticeMailer(), folder, fixture.clock);
            TimeOffViewModel viewer = new TimeOffViewModel(fixture.service, notices, fixture.settings, tasks,
                    new FxDialogService(() -> stage), new FxTimeOffDialogs(() -> stage), Actors.VIEWER);
            stage.setScene(new Scene(TimeOffView.create(viewer), 1200, 760));
        });
        waitFor(() -> table().getItems().size() == 1);
        assertEquals("Read-only — signed in as Viewer", robot.lookup("#read-only-banner").queryAs(Label.class).getText());
        for (String id : java.util.List.of("#time-off-new", "#time-off-decide", "#outbox-send")) {
            assertTrue(robot.lookup(id).query().isDisabled(), id);
            assertEquals("Your role (viewer) may not schedule officers.", RoleGate.explanation(robot.lookup(id).query()), id);
        }
        Button settings = robot.lookup("Settings…").queryButton();
        assertTrue(settings.isDisabled());
        assertEquals("Your role (viewer) may not change settings.", RoleGate.explanation(settings));
        robot.doubleClickOn("Vacation");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#decision-approve").tryQuery().isEmpty(), "a double-click opens no decision");
        assertEquals(1, robot.listWindows().stream().filter(javafx.stage.Window::isShowing).count());
    }

    @Test
    void anAdministratorMayOpenTheSettingsButNotEnterRequests() throws Exception {
        FxToolkit.setupFixture(() -> {
            PrincipalNoticeService notices = new PrincipalNoticeService(fixture.database, fixture.settings,
                    new NoticeMailer(), folder, fixture.clock);
            TimeOffViewModel admin = new TimeOffViewModel(fixture.service, notices, fixture.settings, tasks,
                    new FxDialogService(() -> stage), new FxTimeOffDialogs(() -> stage), Actors.ADMIN);
            stage.setScene(new Scene(TimeOffView.create(admin), 1200, 760));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#read-only-banner").tryQuery().isEmpty(), "the settings are the administrator's");
        assertFalse(robot.lookup("Settings…").queryButton().isDisabled());
        assertTrue(robot.lookup("#time-off-new").query().isDisabled());
        assertEquals("Your role (administrator) may not schedule officers.",
                RoleGate.explanation(robot.lookup("#time-off-new").query()));
    }
}
