package org.srodesk.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.effect.GaussianBlur;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.app.MainWindow;
import org.srodesk.ui.shell.Screen;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The session lock on the real window (headless, real H2): a dialog open at the lock stays open with what
 * was typed, blurred and disabled; the password unlocks and gives everything back as it was; input in a
 * dialog keeps the session alive; a lockout leaves only "Sign out".
 */
class SessionLockTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final SignInSteps steps = new SignInSteps(robot);
    private final Preferences preferences = Preferences.userRoot().node("org/srodesk/test-" + UUID.randomUUID());
    private Stage stage;
    private MainWindow window;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void signInAsTheAdministratorAndOpenNewAccount() throws TimeoutException {
        Path file = SignInWindowTest.deskWithAccounts(folder.resolve("desk.mv.db"));
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            window = MainWindow.open(stage, file, preferences, () -> { });
        });
        steps.signIn("lt.morgan", SignInWindowTest.ADMIN_PASSWORD);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().isReady());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.viewModel().select(Screen.ACCOUNTS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#accounts-new").tryQuery().isPresent());
        Button newAccount = robot.lookup("#accounts-new").queryButton();
        javafx.application.Platform.runLater(newAccount::fire); // opens a dialog and waits in it: not through interact
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws TimeoutException, BackingStoreException {
        if (window != null) {
            robot.interact(() -> {
                window.close();
                stage.close();
            });
        }
        FxToolkit.cleanupStages();
        preferences.removeNode();
    }

    private SessionLock lock() {
        return window.sessionLock().orElseThrow();
    }

    private void lockAfterIdle(Duration idle) throws TimeoutException {
        robot.interact(() -> window.overrideIdleTime(idle));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lock().isLocked());
        robot.interact(() -> window.overrideIdleTime(Duration.ofMinutes(15))); // no second lock during the test
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long auditRows(String action) {
        return window.context().orElseThrow().database().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE action = :a").bind("a", action).mapTo(Long.class).one());
    }

    private void unlockWith(String password) {
        robot.interact(() -> {
            robot.lookup("#lock-password").queryAs(TextField.class).setText(password);
            robot.lookup("#lock-unlock").queryButton().fire();
        });
    }

    @Test
    void aLockBlursEveryWindowAndUnlockingGivesBackTheDialogWithWhatWasTyped() throws Exception {
        DialogPane dialog = steps.await("new-account-dialog");
        TextField user = robot.from(dialog).lookup("#account-user").queryAs(TextField.class);
        robot.clickOn(user).write("sgt.rivera");
        assertEquals("sgt.rivera", user.getText());
        Parent dialogRoot = dialog.getScene().getRoot();
        Parent mainRoot = stage.getScene().getRoot();

        lockAfterIdle(Duration.ofMillis(600));
        assertTrue(dialogRoot.getEffect() instanceof GaussianBlur, "the dialog is blurred");
        assertTrue(dialogRoot.isDisabled() && user.isDisabled(), "and cannot be typed into");
        assertTrue(mainRoot.getEffect() instanceof GaussianBlur && mainRoot.isDisabled(), "the main window too");
        assertTrue(dialog.getScene().getWindow().isShowing(), "the dialog stays open");
        assertEquals("Locked — Lt. Morgan. Enter your password", robot.lookup("#lock-heading").queryLabeled().getText());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> auditRows("SESSION_LOCKED") == 1);

        unlockWith("not my password");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#lock-message").queryLabeled().getText().isEmpty());
        assertTrue(robot.lookup("#lock-message").queryLabeled().getText().startsWith("The user name or the password is not right"));
        assertTrue(lock().isLocked());

        unlockWith(SignInWindowTest.ADMIN_PASSWORD);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lock().isLocked());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(dialogRoot.getEffect(), "the dialog's own effect (none) is back");
        assertFalse(dialogRoot.isDisabled() || user.isDisabled());
        assertNull(mainRoot.getEffect());
        assertFalse(mainRoot.isDisabled());
        assertEquals("sgt.rivera", user.getText(), "nothing typed is lost");
        assertTrue(robot.lookup("#lock-password").tryQuery().map(n -> !n.getScene().getWindow().isShowing()).orElse(true),
                "the prompt is gone");

        robot.clickOn(user).write("x");
        assertEquals("sgt.riverax", user.getText(), "the dialog is usable again");
        assertEquals(1, auditRows("UNLOCK_SESSION"));
        assertEquals(1, auditRows("UNLOCK_SESSION_FAILED"));
        robot.interact(() -> ((Button) dialog.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
    }

    @Test
    void typingInADialogKeepsTheSessionAliveAndStoppingLocksIt() throws Exception {
        DialogPane dialog = steps.await("new-account-dialog");
        TextField name = robot.from(dialog).lookup("#account-name").queryAs(TextField.class);
        robot.clickOn(name);
        robot.interact(() -> window.overrideIdleTime(Duration.ofSeconds(4)));
        long until = System.nanoTime() + Duration.ofSeconds(6).toNanos();
        while (System.nanoTime() < until) {
            robot.write("a");
            Thread.sleep(250);
            assertFalse(lock().isLocked(), "input in a dialog counts as activity");
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lock().isLocked());
        robot.interact(() -> window.overrideIdleTime(Duration.ofMinutes(15)));
        assertTrue(name.getText().length() >= 10, name.getText());
    }

    @Test
    void aLockoutAtTheLockLeavesOnlySignOutWhichClosesTheDialogAndAsksWhoSignsIn() throws Exception {
        DialogPane dialog = steps.await("new-account-dialog");
        robot.interact(() -> robot.from(dialog).lookup("#account-user").queryAs(TextField.class).setText("sgt.rivera"));
        robot.interact(() -> window.viewModel().lockNow()); // as Account → Lock now; the modal dialog holds the shortcut
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lock().isLocked());
        for (int i = 1; i <= 5; i++) {
            int attempt = i;
            unlockWith("wrong password " + i);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> auditRows("UNLOCK_SESSION_FAILED") == attempt);
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lock().viewModel().signOutOnlyProperty().get());
        assertTrue(robot.lookup("#lock-message").queryLabeled().getText().startsWith("Too many failed sign-ins"));
        assertTrue(robot.lookup("#lock-unlock").queryButton().isDisabled());
        assertTrue(robot.lookup("#lock-password").query().isDisabled());

        robot.interact(() -> robot.lookup("#lock-sign-out").queryButton().fire());
        DialogPane signIn = steps.await("sign-in-dialog");
        assertTrue(dialog.getScene() == null || !dialog.getScene().getWindow().isShowing(), "the session's dialog is closed");
        assertTrue(steps.find("new-account-dialog").isEmpty());
        assertFalse(lock().isLocked());
        assertNull(stage.getScene().getRoot().getEffect());
        assertFalse(window.viewModel().isReady());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> auditRows("SIGN_OUT") == 1);
        assertEquals(1, auditRows("LOCKOUT"));

        steps.fill(signIn, "sign-in-user", "viewer.lee");
        steps.fill(signIn, "sign-in-password", SignInWindowTest.VIEWER_PASSWORD);
        steps.press(signIn, "sign-in-submit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().isReady());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("viewer.lee", window.context().orElseThrow().actor().userName());
    }

    @Test
    void aMessageThatOpensWhileLockedIsBlurredTooAndThePromptStaysOnTop() throws Exception {
        DialogPane dialog = steps.await("new-account-dialog");
        robot.interact(() -> window.viewModel().lockNow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lock().isLocked());
        // As a background task's error would: a modal message while the session is locked.
        Platform.runLater(() -> {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    "Daily backup not written");
            alert.getDialogPane().setId("late-message");
            alert.initOwner(stage);
            alert.showAndWait();
        });
        DialogPane message = steps.await("late-message");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getScene().getRoot().getEffect() instanceof GaussianBlur);
        assertTrue(message.getScene().getRoot().isDisabled());

        // Typed for real: the prompt must have been raised above the message, which is modal too.
        // One character and Enter are enough to prove it; the rest is set, because every key typed renders the
        // blurred windows again in the headless software pipeline (seconds per key).
        TextField prompt = robot.lookup("#lock-password").queryAs(TextField.class);
        robot.clickOn(prompt).write("x");
        assertEquals("x", prompt.getText(), "the key reached the prompt, above the modal message");
        robot.interact(() -> prompt.setText(SignInWindowTest.ADMIN_PASSWORD));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lock().isLocked());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(message.getScene().getRoot().getEffect());
        assertFalse(message.getScene().getRoot().isDisabled());
        assertNull(dialog.getScene().getRoot().getEffect());
        robot.interact(() -> ((Button) message.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
    }
}
