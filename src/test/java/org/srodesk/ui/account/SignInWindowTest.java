package org.srodesk.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.app.MainWindow;
import org.srodesk.domain.account.Role;
import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.account.AccountService;
import org.srodesk.service.account.SignInException;
import org.srodesk.ui.shell.Screen;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window, headless on Monocle, on a real H2 file: nothing of the data shows before someone
 * signs in; the first start creates the administrator; refusals are said in the dialog; a temporary
 * password must be changed first; the role decides the navigation and the File menu; signing out asks again.
 */
class SignInWindowTest {

    static final String ADMIN_PASSWORD = "a long admin passphrase";
    static final String VIEWER_PASSWORD = "viewer reads everything";
    static final String TEMPORARY = "temporary pass 2026";

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final SignInSteps steps = new SignInSteps(robot);
    private final AtomicInteger quits = new AtomicInteger();
    private final Preferences preferences = Preferences.userRoot().node("org/srodesk/test-" + UUID.randomUUID());
    private Stage stage;
    private MainWindow window;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
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

    /** A desk with an administrator, a viewer (own password) and a sergeant created by the administrator. */
    static Path deskWithAccounts(Path file) {
        try (Database db = Database.openFile(file)) {
            AccountService accounts = new AccountService(db, Clock.systemDefaultZone());
            Actor admin = accounts.createFirstAdmin("lt.morgan", "Lt. Morgan", ADMIN_PASSWORD.toCharArray()).actor();
            db.useTransaction(h -> AccountService.createUnchecked(h, "test", "viewer.lee", "Lee Viewer", Role.VIEWER,
                    VIEWER_PASSWORD.toCharArray(), Instant.now()));
            accounts.createAccount(admin, "sgt.olson", "Sgt. Olson", Role.SERGEANT, TEMPORARY.toCharArray());
            db.useTransaction(h -> { // one request waiting for a decision: the Time off badge says 1
                long officer = h.createUpdate("INSERT INTO officer (badge, last_name, first_name, role)"
                        + " VALUES ('4127', 'Lee', 'Pat', 'PRIMARY_SRO')").executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class).one();
                h.execute("INSERT INTO time_off_request (officer_id, kind, start_date, end_date, status, requested_at)"
                        + " VALUES (?, 'VACATION', DATE '2026-03-09', DATE '2026-03-10', 'REQUESTED', CURRENT_TIMESTAMP)",
                        officer);
            });
        }
        return file;
    }

    private void openWindowOn(Path databaseFile) throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            window = MainWindow.open(stage, databaseFile, preferences, quits::incrementAndGet);
        });
    }

    private void awaitSignedIn() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().isReady());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String statusUser() {
        return robot.lookup("#status-user").queryAs(Label.class).getText();
    }

    private boolean navigationShows(Screen screen) {
        Node button = robot.lookup("#nav-" + screen.id()).query();
        return button.getParent().isVisible();
    }

    private MenuItem fileItem(String text) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().stream().filter(m -> m.getText().equals("_File")).findFirst().orElseThrow();
        return file.getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    private long auditRows(String action) {
        return window.context().orElseThrow().database().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE action = :a").bind("a", action).mapTo(Long.class).one());
    }

    @Test
    void theFirstStartCreatesTheAdministratorWithMessagesNextToTheFieldsThenShowsTheScreens() throws Exception {
        openWindowOn(folder.resolve("new.mv.db"));
        DialogPane pane = steps.await("first-admin-dialog");
        assertFalse(window.viewModel().isReady());
        assertTrue(robot.lookup("#signed-out-pane").tryQuery().isPresent(), "no screen before signing in");

        steps.fill(pane, "first-admin-user", "lt morgan");
        steps.fill(pane, "first-admin-name", "Lt. Morgan");
        steps.fill(pane, "first-admin-password", "short");
        steps.fill(pane, "first-admin-repeat", "short");
        steps.press(pane, "first-admin-submit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !steps.label(pane, "first-admin-password-error").isEmpty());
        assertEquals("The password must have at least 12 characters (it has 5).",
                steps.label(pane, "first-admin-password-error"));
        assertTrue(steps.label(pane, "first-admin-user-error").contains("no spaces"));
        assertTrue(steps.isShowing("first-admin-dialog"), "a refusal keeps the dialog open");

        steps.fill(pane, "first-admin-user", "lt.morgan");
        steps.fill(pane, "first-admin-password", ADMIN_PASSWORD);
        steps.fill(pane, "first-admin-repeat", ADMIN_PASSWORD + "x");
        steps.press(pane, "first-admin-submit");
        assertEquals("The two passwords are not the same.", steps.label(pane, "first-admin-repeat-error"));

        steps.fill(pane, "first-admin-repeat", ADMIN_PASSWORD);
        steps.press(pane, "first-admin-submit");
        awaitSignedIn();
        assertEquals("Lt. Morgan (administrator)", statusUser());
        assertTrue(navigationShows(Screen.ACCOUNTS) && navigationShows(Screen.AUDIT));
        assertEquals(Role.ADMIN, window.context().orElseThrow().actor().role());
        assertEquals(1, auditRows("CREATE_FIRST_ADMIN"));
    }

    @Test
    void aWrongPasswordIsSaidInTheDialogAndTheRightOneSignsIn() throws Exception {
        openWindowOn(deskWithAccounts(folder.resolve("desk.mv.db")));
        DialogPane pane = steps.signIn("viewer.lee", "not the password");
        String message = steps.awaitMessage(pane, "sign-in-message");
        assertTrue(message.startsWith("The user name or the password is not right."), message);
        assertEquals("", steps.text(pane, "sign-in-password"), "the wrong password is cleared");
        assertEquals("viewer.lee", steps.text(pane, "sign-in-user"), "the user name stays");
        assertFalse(window.viewModel().isReady());

        steps.fill(pane, "sign-in-password", VIEWER_PASSWORD);
        steps.press(pane, "sign-in-submit");
        awaitSignedIn();
        assertEquals("Lee Viewer (viewer)", statusUser());
        assertEquals(1, auditRows("SIGN_IN_FAILED"));
        assertEquals(1L, (long) window.context().orElseThrow().database().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'SIGN_IN' AND user_name = 'viewer.lee'")
                .mapTo(Long.class).one()));
    }

    @Test
    void aLockedAccountIsToldUntilWhenEvenWithTheRightPassword() throws Exception {
        Path file = deskWithAccounts(folder.resolve("desk.mv.db"));
        try (Database db = Database.openFile(file)) {
            AccountService accounts = new AccountService(db, Clock.systemDefaultZone());
            for (int i = 0; i < 5; i++) {
                try {
                    accounts.signIn("viewer.lee", "wrong wrong wrong".toCharArray());
                } catch (SignInException expected) {
                    // counted
                }
            }
        }
        openWindowOn(file);
        DialogPane pane = steps.signIn("viewer.lee", VIEWER_PASSWORD);
        String message = steps.awaitMessage(pane, "sign-in-message");
        assertTrue(message.matches("Too many failed sign-ins: the account is locked until \\d\\d:\\d\\d\\..*"), message);
        assertFalse(window.viewModel().isReady());
    }

    @Test
    void aTemporaryPasswordMustBeChangedBeforeTheScreensShow() throws Exception {
        openWindowOn(deskWithAccounts(folder.resolve("desk.mv.db")));
        steps.signIn("sgt.olson", TEMPORARY);
        DialogPane change = steps.await("change-password-dialog");
        assertFalse(window.viewModel().isReady(), "not before the password is changed");
        steps.fill(change, "change-current", TEMPORARY);
        steps.fill(change, "change-new", TEMPORARY);
        steps.fill(change, "change-repeat", TEMPORARY);
        steps.press(change, "change-submit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !steps.label(change, "change-new-error").isEmpty());
        assertEquals("The new password must differ from the current one.", steps.label(change, "change-new-error"));

        steps.fill(change, "change-new", "my own sergeant passphrase");
        steps.fill(change, "change-repeat", "my own sergeant passphrase");
        steps.press(change, "change-submit");
        awaitSignedIn();
        assertEquals("Sgt. Olson (sergeant)", statusUser());
        assertFalse(window.context().orElseThrow().accountService()
                .signIn("sgt.olson", "my own sergeant passphrase".toCharArray()).mustChangePassword());
    }

    @Test
    void aViewerSeesNeitherTheAuditLogNorTheAccountsAndNoFileCommand() throws Exception {
        openWindowOn(deskWithAccounts(folder.resolve("desk.mv.db")));
        steps.signIn("viewer.lee", VIEWER_PASSWORD);
        awaitSignedIn();
        assertFalse(navigationShows(Screen.AUDIT));
        assertFalse(navigationShows(Screen.ACCOUNTS));
        assertTrue(navigationShows(Screen.DEPLOYMENT));
        for (String item : List.of("Import folder…", "Export folder…", "Back up now…", "Restore from backup…", "Database…")) {
            assertTrue(fileItem(item).isDisable(), item + " is disabled for a viewer");
        }
        robot.push(new KeyCodeCombination(KeyCode.DIGIT9, KeyCombination.SHORTCUT_DOWN));
        robot.push(new KeyCodeCombination(KeyCode.DIGIT8, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Screen.ROSTER, window.viewModel().getSelectedScreen(), "their shortcuts do nothing");
        assertTrue(robot.lookup("#placeholder-accounts").tryQuery().isEmpty());
        robot.push(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Screen.DEPLOYMENT, window.viewModel().getSelectedScreen(), "the screens every role reads open");
    }

    @Test
    void signingOutAsksWhoIsNextAndGivesThemTheScreensOfTheirRole() throws Exception {
        openWindowOn(deskWithAccounts(folder.resolve("desk.mv.db")));
        steps.signIn("lt.morgan", ADMIN_PASSWORD);
        awaitSignedIn();
        assertFalse(fileItem("Restore from backup…").isDisable());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "1".equals(robot.lookup("#badge-time-off").queryAs(Label.class).getText()));
        robot.interact(() -> window.viewModel().select(Screen.ACCOUNTS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#accounts-view").tryQuery().isPresent());

        robot.clickOn("Account");
        robot.clickOn("Sign out");
        DialogPane pane = steps.await("sign-in-dialog");
        assertFalse(window.viewModel().isReady());
        assertEquals("Not signed in", statusUser());
        assertTrue(robot.lookup("#accounts-view").tryQuery().isEmpty(), "the administrator's screen is gone");
        assertTrue(robot.lookup("#signed-out-pane").tryQuery().isPresent());
        assertEquals("", robot.lookup("#status-district").queryAs(Label.class).getText(), "no counts while signed out");
        assertEquals("", robot.lookup("#badge-time-off").queryAs(Label.class).getText(), "no pending badge either");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> auditRows("SIGN_OUT") == 1);

        steps.fill(pane, "sign-in-user", "viewer.lee");
        steps.fill(pane, "sign-in-password", VIEWER_PASSWORD);
        steps.press(pane, "sign-in-submit");
        awaitSignedIn();
        assertEquals("Lee Viewer (viewer)", statusUser());
        assertEquals(Screen.ROSTER, window.viewModel().getSelectedScreen());
        assertFalse(navigationShows(Screen.ACCOUNTS));
        assertTrue(fileItem("Restore from backup…").isDisable());
        assertEquals("viewer.lee", window.context().orElseThrow().actor().userName());
    }

    @Test
    void quittingTheSignInDialogQuitsTheApp() throws Exception {
        openWindowOn(deskWithAccounts(folder.resolve("desk.mv.db")));
        DialogPane pane = steps.await("sign-in-dialog");
        steps.press(pane, SignInDialog.QUIT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> quits.get() == 1);
        assertFalse(window.viewModel().isReady());
    }
}
