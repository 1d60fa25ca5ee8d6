package org.srodesk.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.account.AuditEntry;
import org.srodesk.persistence.AuditDao;
import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.audit.AuditService;
import org.srodesk.testing.Actors;
import org.srodesk.ui.common.FxTaskRunner;
import org.srodesk.ui.common.RecordingDialogService;
import org.srodesk.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Audit screen, headless on Monocle, on a real in-memory database. */
class AuditViewTest {

    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private Database database;
    private FxTaskRunner tasks;
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void fillTheLog() {
        database = Database.openInMemory("audit-view-" + System.nanoTime());
        add(3, "09:00", "sgt.olson", "APPROVE", "time_off_request", "41", "status=REQUESTED",
                "status=APPROVED; decided by=Sgt. Olson; reason=Family wedding, out of state\n\"approved\" in writing");
        add(2, "10:30", "cmdr.hale", "CREATE", "reassignment", "7", "", "officer=Lee; to=Patrol");
        add(1, "08:05", "sgt.olson", "CREATE", "time_off_request", "42", "", "status=REQUESTED");
        add(1, "08:06", "nobody", "SIGN_IN_FAILED", "account", "", "", "failed attempts=1");
    }

    private void open(Actor actor) throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            Theme.installUserAgentStylesheet();
            stage = new Stage();
            tasks = new FxTaskRunner();
            AuditViewModel viewModel = new AuditViewModel(new AuditService(database), tasks, dialogs, actor, () -> TODAY);
            Scene scene = new Scene(AuditView.create(viewModel), 1200, 740);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        if (stage != null) {
            robot.interact(() -> {
                tasks.close();
                stage.close();
            });
        }
        FxToolkit.cleanupStages();
        database.close();
    }

    /** A row {@code daysAgo} days before today at {@code time}. */
    private void add(int daysAgo, String time, String user, String action, String entity, String id, String before,
                     String after) {
        LocalDateTime when = TODAY.minusDays(daysAgo).atTime(java.time.LocalTime.parse(time));
        database.useTransaction(h -> h.attach(AuditDao.class).insert(new AuditEntry(0,
                when.atZone(ZoneId.systemDefault()).toInstant(), user, action, entity, id, before, after)));
    }

    /** Picks {@code text} in the open combo box's list (not a table cell with the same text). */
    private void choose(String comboId, String text) {
        robot.clickOn(comboId);
        robot.clickOn(robot.lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(text))
                .queryAs(javafx.scene.Node.class));
    }

    private void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<AuditEntry> table() {
        return robot.lookup("#audit-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private javafx.scene.Node row(String action) {
        return robot.lookup(".table-row-cell").match(n -> {
            AuditEntry item = ((javafx.scene.control.TableRow<AuditEntry>) n).getItem();
            return item != null && item.action().equals(action);
        }).query();
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void choosingAUserNarrowsTheRows() throws TimeoutException {
        open(Actors.ADMIN);
        waitFor(() -> table().getItems().size() == 4);
        assertEquals("4 entries.", label("#audit-count"));

        choose("#audit-user", "sgt.olson");
        waitFor(() -> table().getItems().size() == 2);
        assertTrue(table().getItems().stream().allMatch(e -> e.userName().equals("sgt.olson")));
        assertEquals("2 entries.", label("#audit-count"));

        choose("#audit-entity", "Reassignment");
        waitFor(() -> table().getItems().isEmpty());
        assertEquals("No entries match.", label("#audit-count"));

        robot.clickOn("#audit-reset");
        waitFor(() -> table().getItems().size() == 4);
    }

    @Test
    void theSelectedRowShowsItsRecordBeforeAndAfterInFull() throws TimeoutException {
        open(Actors.COMMANDER);
        waitFor(() -> table().getItems().size() == 4);
        robot.clickOn(row("APPROVE"));
        waitFor(() -> !robot.lookup("#audit-after").queryAs(TextArea.class).getText().isEmpty());
        assertEquals("status=APPROVED; decided by=Sgt. Olson; reason=Family wedding, out of state\n\"approved\" in writing",
                robot.lookup("#audit-after").queryAs(TextArea.class).getText());
        assertEquals("status=REQUESTED", robot.lookup("#audit-before").queryAs(TextArea.class).getText());
        assertTrue(label("#audit-detail").startsWith("Approve · Time off request 41 · by sgt.olson"), label("#audit-detail"));
        assertFalse(table().isEditable());
        assertFalse(robot.lookup("#audit-before").queryAs(TextArea.class).isEditable());
    }

    @Test
    void exportWritesTheFileAndSaysWhere() throws Exception {
        open(Actors.ADMIN);
        waitFor(() -> table().getItems().size() == 4);
        Path file = folder.resolve("audit-march.csv");
        robot.interact(() -> dialogs.pathAnswers.add(Optional.of(file)));
        robot.clickOn("#audit-export");
        try {
            waitFor(() -> label("#audit-message").startsWith("Exported"));
        } catch (TimeoutException e) {
            throw new AssertionError("message: " + label("#audit-message") + ", dialogs: " + dialogs.shown, e);
        }
        assertEquals("Exported 4 entries to " + file.toAbsolutePath() + ".", label("#audit-message"));
        String csv = Files.readString(file);
        assertTrue(csv.contains("\"status=APPROVED; decided by=Sgt. Olson; reason=Family wedding, out of state\n"
                + "\"\"approved\"\" in writing\""), csv);
        waitFor(() -> table().getItems().size() == 5);
        assertEquals("EXPORT", table().getItems().get(0).action());
    }

    @Test
    void aViewerIsToldWhyNothingIsShown() throws TimeoutException {
        open(Actors.VIEWER);
        waitFor(() -> label("#audit-placeholder").contains("may not view the audit log"));
        assertEquals("Lee (viewer) is signed in as viewer and may not view the audit log.", label("#audit-placeholder"));
        assertTrue(table().getItems().isEmpty());
        assertTrue(robot.lookup("#audit-export").queryAs(Button.class).isDisabled());
    }
}
