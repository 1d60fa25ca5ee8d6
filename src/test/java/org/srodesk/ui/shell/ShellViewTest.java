package org.srodesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.app.MainWindow;
import org.srodesk.persistence.Database;
import org.srodesk.ui.account.SignInSteps;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless on Monocle, on a temporary H2 file. */
class ShellViewTest {

    @TempDir
    Path folder;

    private static final String PASSWORD = "a long admin passphrase";

    private final FxRobot robot = new FxRobot();
    private final SignInSteps signIn = new SignInSteps(robot);
    private final AtomicInteger quits = new AtomicInteger();
    private Preferences preferences;
    private Stage stage;
    private MainWindow window;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void isolateWindowPreferences() {
        preferences = Preferences.userRoot().node("org/srodesk/test-" + UUID.randomUUID());
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

    private void openWindowOn(Path databaseFile) throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            window = MainWindow.open(stage, databaseFile, preferences, quits::incrementAndGet);
        });
    }

    /** Waits for the database, then signs in: as the first administrator on a new file, else as that administrator. */
    private void waitUntilDatabaseIsOpen() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().isDatabaseReady());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> signIn.isShowing("first-admin-dialog")
                || signIn.isShowing("sign-in-dialog"));
        if (signIn.isShowing("first-admin-dialog")) {
            signIn.createFirstAdmin("lt.morgan", "Lt. Morgan", PASSWORD);
        } else {
            signIn.signIn("lt.morgan", PASSWORD);
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().isReady());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A screen shows either its placeholder or, once built, its real view ("{screen}-screen" or "-view"). */
    private Optional<Node> shown(Screen screen) {
        for (String id : List.of("#placeholder-" + screen.id(), "#" + screen.id() + "-screen", "#" + screen.id() + "-view")) {
            Optional<Node> node = robot.lookup(id).tryQuery();
            if (node.isPresent()) {
                return node;
            }
        }
        return Optional.empty();
    }

    private void assertShowing(Screen screen) {
        WaitForAsyncUtils.waitForFxEvents();
        Node view = shown(screen).orElseThrow(() -> new AssertionError(screen + " not shown"));
        assertTrue(view.isVisible() && view.getScene() == stage.getScene(), screen + " not shown");
        if (view.getId().startsWith("placeholder-")) {
            Label heading = robot.from(view).lookup("#placeholder-heading").queryAs(Label.class);
            assertEquals(PlaceholderView.headingOf(screen), heading.getText());
        }
        assertEquals(screen, window.viewModel().getSelectedScreen());
        for (Screen other : Screen.values()) {
            if (other != screen) {
                assertTrue(shown(other).isEmpty(), other + " still shown");
            }
        }
    }

    @Test
    void theShellOpensTheDatabaseAndVisitsEveryScreenByNavigationAndShortcut() throws TimeoutException {
        Path file = folder.resolve("t.mv.db");
        openWindowOn(file);
        waitUntilDatabaseIsOpen();

        assertShowing(Screen.ROSTER);
        assertTrue(robot.lookup(".sro-status-legend").tryQuery().isPresent(), "the roster placeholder shows the legend");

        for (Screen screen : new Screen[] {Screen.COVERAGE, Screen.TIME_OFF, Screen.REASSIGNMENTS,
                Screen.DEPLOYMENT, Screen.EXPORT, Screen.ACCOUNTS, Screen.ROSTER}) {
            robot.clickOn("#nav-" + screen.id());
            assertShowing(screen);
        }

        robot.push(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN));
        assertShowing(Screen.DEPLOYMENT);
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        assertShowing(Screen.COVERAGE);
    }

    @Test
    void theNavigationIsReachableWithTheKeyboard() throws TimeoutException {
        openWindowOn(folder.resolve("t.mv.db"));
        waitUntilDatabaseIsOpen();
        ToggleButton roster = robot.lookup("#nav-roster").queryAs(ToggleButton.class);
        robot.interact(roster::requestFocus);
        // Like a radio group: Tab reaches the selected screen, the arrow keys move between screens.
        robot.type(KeyCode.DOWN);
        assertTrue(robot.lookup("#nav-coverage").query().isFocused(), "Down moves to the next screen");
        assertShowing(Screen.ROSTER);
        robot.type(KeyCode.SPACE);
        assertShowing(Screen.COVERAGE);
    }

    @Test
    void theWindowReopensWhereAndAsLargeAsItWasLeft() throws TimeoutException {
        Path file = folder.resolve("t.mv.db");
        openWindowOn(file);
        waitUntilDatabaseIsOpen();
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(600);
        });
        robot.interact(() -> {
            window.close();
            stage.close();
        });
        assertEquals(900, preferences.getDouble("width", -1));

        openWindowOn(file);
        waitUntilDatabaseIsOpen();
        assertEquals(40, stage.getX());
        assertEquals(30, stage.getY());
        assertEquals(900, stage.getWidth());
        assertEquals(600, stage.getHeight());
    }

    @Test
    void theStatusBarShowsTheDatabasePathTheUserAndTheDistrictCounts() throws TimeoutException {
        Path file = folder.resolve("t.mv.db");
        openWindowOn(file);
        waitUntilDatabaseIsOpen();

        assertEquals(file.toAbsolutePath().toString(), robot.lookup("#status-database").queryAs(Label.class).getText());
        assertEquals("Lt. Morgan (administrator)", robot.lookup("#status-user").queryAs(Label.class).getText());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#status-district").queryAs(Label.class).getText().startsWith("0 officers · 0 schools"));
        assertEquals("SRO Desk — t.mv.db", stage.getTitle());
        assertFalse(stage.getIcons().isEmpty(), "the window has the application icon");
    }

    @Test
    void aDatabaseInUseShowsItsProblemDialogAndQuitQuits() throws TimeoutException {
        Path file = folder.resolve("t.mv.db");
        try (Database otherCopy = Database.openFile(file)) {
            openWindowOn(file);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> problemDialog().isPresent());
            DialogPane dialog = problemDialog().orElseThrow();
            assertTrue(dialog.getContentText().contains("already open in another copy"), dialog.getContentText());
            assertTrue(dialog.getContentText().contains(file.toAbsolutePath().toString()), dialog.getContentText());
            assertTrue(dialog.getExpandableContent() == null, "no stack trace for a known problem");
            assertFalse(window.viewModel().isDatabaseReady());

            Button quit = robot.from(dialog).lookup((Button b) -> "Quit".equals(b.getText())).queryButton();
            assertTrue(robot.from(dialog).lookup((Button b) -> "Choose another file…".equals(b.getText()))
                    .tryQuery().isPresent());
            robot.clickOn(quit);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(1, quits.get());
        }
    }

    private Optional<DialogPane> problemDialog() {
        return robot.lookup(".dialog-pane").<DialogPane>tryQuery()
                .filter(p -> "Database already in use".equals(p.getHeaderText()));
    }
}
