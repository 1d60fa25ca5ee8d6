package org.srodesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.account.Role;
import org.srodesk.persistence.FileEncryption;
import org.srodesk.service.Actor;
import org.srodesk.service.BackupRestore;
import org.srodesk.ui.common.FxDialogService;
import org.srodesk.ui.common.FxTaskRunner;
import org.srodesk.ui.common.PassphraseDialog;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The passphrase dialog at start (issue 11), headless on Monocle with the real dialog and task
 * runner: a wrong passphrase is said so and asked again, the right one opens the database, Quit quits.
 */
class EncryptedStartupDialogTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final Actor actor = new Actor("tester", "Tester", Role.SERGEANT);
    private final List<AppContext> opened = new CopyOnWriteArrayList<>();
    private final AtomicInteger quits = new AtomicInteger();
    private FxTaskRunner tasks;
    private Stage stage;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void showAStage() throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            tasks = new FxTaskRunner();
            stage = new Stage();
            stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 640, 420));
            stage.show();
        });
    }

    @AfterEach
    void closeEverything() throws TimeoutException {
        robot.interact(() -> tasks.close());
        opened.forEach(AppContext::close);
        FxToolkit.cleanupStages();
        FileEncryption.forgetAll();
    }

    private void start(Path file) {
        DatabaseStartup startup = new DatabaseStartup(tasks, new FxDialogService(() -> stage),
                (f, mode) -> AppContext.open(f, actor, mode), DatabaseStartup.PassphrasePrompt.dialog(() -> stage),
                new BackupRestore(Clock.systemDefaultZone()), f -> { }, opened::add, quits::incrementAndGet);
        robot.interact(() -> startup.open(file));
    }

    /** The passphrase dialog showing now (a new one after a wrong passphrase). */
    private DialogPane passphraseDialog(DialogPane previous) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> find().filter(p -> p != previous).isPresent());
        return find().orElseThrow();
    }

    private Optional<DialogPane> find() {
        return robot.lookup(".dialog-pane").<DialogPane>queryAll().stream()
                .filter(p -> PassphraseDialog.TITLE.equals(p.getHeaderText()) && p.getScene().getWindow().isShowing())
                .findFirst();
    }

    private void type(DialogPane pane, String passphrase) {
        robot.clickOn(robot.from(pane).lookup("#passphrase").queryAs(javafx.scene.Node.class)).write(passphrase);
    }

    private void click(DialogPane pane, String label) {
        robot.clickOn(robot.from(pane).lookup((Button b) -> label.equals(b.getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aWrongPassphraseIsSaidSoAndTheRightOneOpensTheDatabase() throws Exception {
        Path file = EncryptedStartupTest.encryptedDesk(folder.resolve("desk.mv.db"));
        start(file);
        DialogPane first = passphraseDialog(null);
        assertTrue(robot.from(first).lookup("#passphrase-problem").tryQuery().isEmpty());
        Button open = robot.from(first).lookup((Button b) -> "Open".equals(b.getText())).queryButton();
        assertTrue(open.isDisabled(), "nothing typed, nothing to try");
        type(first, "night shift at centrum");
        click(first, "Open");

        DialogPane second = passphraseDialog(first);
        assertEquals("The passphrase does not open " + file + ".",
                robot.from(second).lookup("#passphrase-problem").queryAs(Label.class).getText());
        assertTrue(opened.isEmpty());
        type(second, EncryptedStartupTest.PASSPHRASE);
        click(second, "Open");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertTrue(opened.get(0).database().isEncrypted());
        assertEquals(0, quits.get());
    }

    @Test
    void quitInThePassphraseDialogQuits() throws Exception {
        Path file = EncryptedStartupTest.encryptedDesk(folder.resolve("desk.mv.db"));
        start(file);
        click(passphraseDialog(null), "Quit");
        assertEquals(1, quits.get());
        assertTrue(opened.isEmpty());
        assertFalse(find().isPresent());
    }
}
