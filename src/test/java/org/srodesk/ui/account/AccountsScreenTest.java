package org.srodesk.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.app.MainWindow;
import org.srodesk.domain.account.Account;
import org.srodesk.domain.account.Role;
import org.srodesk.service.account.AccountService;
import org.srodesk.service.account.SignInException;
import org.srodesk.ui.shell.Screen;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Accounts screen on the real window (headless, real H2), as the administrator: create, reset, unlock, idle minutes. */
class AccountsScreenTest {

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
    void signInAsTheAdministrator() throws TimeoutException {
        Path file = SignInWindowTest.deskWithAccounts(folder.resolve("desk.mv.db"));
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            window = MainWindow.open(stage, file, preferences, () -> { });
        });
        steps.signIn("lt.morgan", SignInWindowTest.ADMIN_PASSWORD);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().isReady());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-accounts");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == 3);
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

    @SuppressWarnings("unchecked")
    private TableView<Account> table() {
        return robot.lookup("#accounts-table").queryAs(TableView.class);
    }

    private Account row(String userName) {
        return table().getItems().stream().filter(a -> a.userName().equals(userName)).findFirst().orElseThrow();
    }

    private void select(String userName) {
        robot.interact(() -> table().getSelectionModel().select(row(userName)));
    }

    /** Presses a button that opens a dialog (which waits in its own loop: not through interact). */
    private void open(String buttonId) {
        Button button = robot.lookup("#" + buttonId).queryButton();
        Platform.runLater(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private AccountService accounts() {
        return window.context().orElseThrow().accountService();
    }

    @Test
    void aNewAccountGetsATemporaryPasswordToChangeAtTheFirstSignIn() throws Exception {
        open("accounts-new");
        DialogPane dialog = steps.await("new-account-dialog");
        steps.fill(dialog, "account-user", "sgt.rivera");
        steps.fill(dialog, "account-name", "Sgt. Rivera");
        robot.interact(() -> robot.from(dialog).lookup("#account-role").<javafx.scene.control.ComboBox<Role>>query()
                .setValue(Role.COMMANDER));
        steps.fill(dialog, "account-password", "short");
        steps.fill(dialog, "account-repeat", "short");
        steps.press(dialog, "account-create");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !steps.label(dialog, "account-password-error").isEmpty());
        assertTrue(steps.isShowing("new-account-dialog"));

        steps.fill(dialog, "account-password", SignInWindowTest.TEMPORARY);
        steps.fill(dialog, "account-repeat", SignInWindowTest.TEMPORARY);
        steps.press(dialog, "account-create");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table().getItems().size() == 4);
        Account created = row("sgt.rivera");
        assertEquals(Role.COMMANDER, created.role());
        assertEquals("active · must change password", AccountsViewModel.stateText(created));
        assertTrue(robot.lookup("#accounts-message").queryLabeled().getText().startsWith("Created sgt.rivera (commander)."));
        assertTrue(accounts().signIn("sgt.rivera", SignInWindowTest.TEMPORARY.toCharArray()).mustChangePassword());
    }

    @Test
    void resettingAPasswordAndUnlockingAnAccount() throws Exception {
        select("viewer.lee");
        open("accounts-reset");
        DialogPane reset = steps.await("reset-password-dialog");
        steps.fill(reset, "reset-password", "a new temporary one");
        steps.fill(reset, "reset-repeat", "a new temporary one");
        steps.press(reset, "reset-submit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> row("viewer.lee").mustChangePassword());
        assertTrue(accounts().signIn("viewer.lee", "a new temporary one".toCharArray()).mustChangePassword());

        for (int i = 0; i < 5; i++) {
            try {
                accounts().signIn("sgt.olson", "wrong wrong wrong".toCharArray());
            } catch (SignInException expected) {
                // the fifth locks
            }
        }
        robot.clickOn("#accounts-reload");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> row("sgt.olson").lockedUntil() != null);
        select("sgt.olson");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#accounts-unlock").queryButton().isDisabled());
        assertTrue(window.context().orElseThrow().accountService().accounts(window.context().orElseThrow().actor())
                .stream().anyMatch(a -> a.userName().equals("sgt.olson") && a.lockedUntil() != null));
        robot.clickOn("#accounts-unlock");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> row("sgt.olson").lockedUntil() == null
                && row("sgt.olson").failedAttempts() == 0);
        assertEquals("Unlocked sgt.olson.", robot.lookup("#accounts-message").queryLabeled().getText());
        accounts().signIn("sgt.olson", SignInWindowTest.TEMPORARY.toCharArray()); // signs in again
    }

    @Test
    void theSessionLockMinutesAreCheckedSavedAndFollowedAtOnce() throws Exception {
        TextField minutes = robot.lookup("#accounts-idle-minutes").queryAs(TextField.class);
        assertEquals("15", minutes.getText());
        robot.interact(() -> minutes.setText("ten"));
        robot.clickOn("#accounts-idle-save");
        assertEquals("Enter whole minutes, 1 to 240.", robot.lookup("#accounts-idle-error").queryLabeled().getText());
        robot.interact(() -> minutes.setText("500"));
        robot.clickOn("#accounts-idle-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#accounts-idle-error").queryLabeled().getText().contains("1 to 240"));
        robot.interact(() -> minutes.setText("5"));
        robot.clickOn("#accounts-idle-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> accounts().idleMinutes() == 5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Duration.ofMinutes(5).equals(window.sessionLock().orElseThrow().idleTime()));
        assertEquals("Sessions now lock after 5 idle minutes.", robot.lookup("#accounts-message").queryLabeled().getText());
        assertEquals(Screen.ACCOUNTS, window.viewModel().getSelectedScreen());
    }
}
