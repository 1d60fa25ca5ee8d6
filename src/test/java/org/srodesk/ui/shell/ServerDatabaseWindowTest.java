package org.srodesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.app.MainWindow;
import org.srodesk.persistence.Database;
import org.srodesk.ui.account.SignInSteps;
import org.srodesk.ui.coverage.CoverageView;
import org.srodesk.ui.coverage.CoverageViewModel;
import org.srodesk.testing.EmbeddedPostgresServer;
import org.srodesk.testing.TestDatabases;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Database… on the real window (headless): from an H2 file to a database on the tests'
 * PostgreSQL; the status bar names the server, and another desk's commit reaches the open window.
 */
class ServerDatabaseWindowTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final SignInSteps signIn = new SignInSteps(robot);
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

    /** Opens the desk on an H2 file, then File → Database… onto the server database {@code url}. */
    private void openServerDatabaseThroughTheMenu(String url) throws Exception {
        String port = url.replaceFirst("^jdbc:postgresql://localhost:(\\d+)/.*$", "$1");
        String name = url.substring(url.lastIndexOf('/') + 1);
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            window = MainWindow.open(stage, folder.resolve("desk.mv.db"), preferences, () -> { });
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().isDatabaseReady());
        signIn.createFirstAdmin("lt.morgan", "Lt. Morgan", "a long admin passphrase"); // File → Database… is an administrator's
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().isReady());

        robot.clickOn("File");
        robot.clickOn("Database…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button connect = robot.from(dialog).lookup((Button b) -> "Connect".equals(b.getText())).queryButton();
        assertTrue(connect.isDisabled(), "no server named yet");
        robot.interact(() -> {
            robot.from(dialog).lookup("#host").queryAs(TextField.class).setText("localhost");
            robot.from(dialog).lookup("#port").queryAs(TextField.class).setText(port);
            robot.from(dialog).lookup("#database").queryAs(TextField.class).setText(name);
            robot.from(dialog).lookup("#user").queryAs(TextField.class).setText(EmbeddedPostgresServer.user());
        });
        robot.clickOn(connect);

        String expected = "PostgreSQL " + name + "@localhost:" + port;
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.viewModel().isDatabaseReady()
                && expected.equals(robot.lookup("#status-database").queryAs(Label.class).getText()));
        // The server database has its own accounts: nobody is signed in to it yet.
        signIn.createFirstAdmin("srv.admin", "Server Admin", "another long passphrase");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.viewModel().isReady());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Server Admin (administrator)", robot.lookup("#status-user").queryAs(Label.class).getText());
        assertTrue(window.context().orElseThrow().database().isServer());
    }

    @Test
    void fileDatabaseOpensAServerDatabaseWhoseStatusNamesItAndWhichHearsOtherDesks() throws Exception {
        String url = TestDatabases.freshPostgresDatabaseUrl("window");
        openServerDatabaseThroughTheMenu(url);

        try (Database otherDesk = Database.openUrl(url, EmbeddedPostgresServer.user(), null)) {
            otherDesk.useTransaction(h -> {
                long officer = h.createUpdate("INSERT INTO officer (badge, last_name, first_name, role)"
                        + " VALUES ('4127', 'Lee', 'Pat', 'PRIMARY_SRO')").executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class).one();
                h.execute("INSERT INTO time_off_request (officer_id, kind, start_date, end_date, status, requested_at)"
                        + " VALUES (?, 'VACATION', DATE '2026-03-09', DATE '2026-03-10', 'REQUESTED', CURRENT_TIMESTAMP)",
                        officer);
            });
        }
        // A bounded wait for the other desk's NOTIFY to reach this window and the badge to reload.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> "1".equals(robot.lookup("#badge-time-off").queryAs(Label.class).getText()));
        assertEquals("1", robot.lookup("#badge-time-off").queryAs(Label.class).getText());
    }

    /**
     * The Coverage screen is open (no pins) on an empty server database; another desk records a high
     * school, its SRO, school days and the SRO's approved week of vacation in the shown month: the
     * screen reloads by itself and shows the need-days.
     */
    @Test
    void anotherDesksCommitReloadsTheOpenCoverageScreen() throws Exception {
        String url = TestDatabases.freshPostgresDatabaseUrl("coverage_window");
        openServerDatabaseThroughTheMenu(url);
        robot.interact(() -> window.viewModel().select(Screen.COVERAGE));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#coverage-screen").tryQuery().isPresent());
        CoverageViewModel coverage = CoverageView.viewModelOf(robot.lookup("#coverage-screen").queryAs(Parent.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> coverage.plannedProperty().get() != null);
        assertTrue(coverage.rows().isEmpty());
        LocalDate monthStart = coverage.fromProperty().get();
        LocalDate monthEnd = coverage.toProperty().get();
        // A week of school days in the middle of the shown month (the screen opens on this or next month).
        LocalDate monday = monthStart.plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

        try (Database otherDesk = Database.openUrl(url, EmbeddedPostgresServer.user(), null)) {
            otherDesk.useTransaction(h -> {
                long school = h.createUpdate("INSERT INTO school (code, name, level) VALUES ('NHS', 'North High', 'HIGH')")
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                long officer = h.createUpdate("INSERT INTO officer (badge, last_name, first_name, role)"
                        + " VALUES ('5120', 'Lee', 'Pat', 'PRIMARY_SRO')").executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class).one();
                h.execute("INSERT INTO assignment (officer_id, school_id, start_date) VALUES (?, ?, ?)", officer, school,
                        monthStart.minusYears(1));
                for (LocalDate d = monthStart; !d.isAfter(monthEnd); d = d.plusDays(1)) {
                    h.execute("INSERT INTO calendar_day (calendar_date, in_session) VALUES (?, ?)", d,
                            d.getDayOfWeek().getValue() <= 5);
                }
                h.execute("INSERT INTO time_off_request (officer_id, kind, start_date, end_date, status, requested_at,"
                        + " decided_by, decided_at) VALUES (?, 'VACATION', ?, ?, 'APPROVED', CURRENT_TIMESTAMP, 'sgt.two',"
                        + " CURRENT_TIMESTAMP)", officer, monday, monday.plusDays(4));
            });
        }
        // A bounded wait for the NOTIFY to reach this desk and the plan to reload.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !coverage.rows().isEmpty());
        assertEquals(1, coverage.rows().size(), coverage.rows().toString());
        assertTrue(coverage.rows().get(0).label().startsWith("NHS"), coverage.rows().get(0).label());
        assertEquals("", coverage.otherDeskNoticeProperty().get());
    }
}
