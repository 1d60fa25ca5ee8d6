package org.srodesk.app;

import org.srodesk.domain.account.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
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
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.Database.OpenMode;
import org.srodesk.persistence.DatabaseOpenException;
import org.srodesk.persistence.DatabaseOpenException.Problem;
import org.srodesk.service.Actor;
import org.srodesk.service.BackupRestore;
import org.srodesk.service.BackupService;
import org.srodesk.ui.common.FxDialogService;
import org.srodesk.ui.common.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each start-up problem shows its own dialog — headless on Monocle, with the real dialogs and task
 * runner — offering the ways out that fit it, and each way out does what it says.
 */
class StartupDialogsTest {

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
    }

    private void start(Path file, DatabaseStartup.Opener opener) {
        DatabaseStartup startup = new DatabaseStartup(tasks, new FxDialogService(() -> stage), opener,
                new BackupRestore(Clock.systemDefaultZone()), f -> { }, opened::add, quits::incrementAndGet);
        robot.interact(() -> startup.open(file));
    }

    private DatabaseStartup.Opener real() {
        return (file, mode) -> AppContext.open(file, actor, mode);
    }

    private DialogPane dialog(String title) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> find(title).isPresent());
        return find(title).orElseThrow();
    }

    private Optional<DialogPane> find(String title) {
        return robot.lookup(".dialog-pane").<DialogPane>queryAll().stream()
                .filter(p -> title.equals(p.getHeaderText())).findFirst();
    }

    private List<String> buttons(DialogPane pane) {
        return pane.getButtonTypes().stream().map(b -> b.getText()).toList();
    }

    private void click(DialogPane pane, String label) {
        robot.clickOn(robot.from(pane).lookup((Button b) -> label.equals(b.getText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitOpened() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !opened.isEmpty());
    }

    private static Path deskWithASchool(Path file) {
        try (Database db = Database.openFile(file)) {
            db.useTransaction(h -> h.execute("INSERT INTO school (code, name, level) VALUES ('CEN', 'Central High', 'HIGH')"));
        }
        return file;
    }

    @Test
    void aDamagedFileOffersItsLatestBackupAndRestoringItKeepsTheDamagedFileAside() throws Exception {
        Path file = deskWithASchool(folder.resolve("desk.mv.db"));
        try (Database db = Database.openFile(file)) {
            new BackupService(db, Clock.systemDefaultZone()).backUpDailyIfDue();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(3000);
        }
        start(file, real());
        DialogPane pane = dialog("Database damaged or not an SRO Desk file");
        assertEquals(List.of(DatabaseStartup.RESTORE_LATEST, DatabaseStartup.CHOOSE_ANOTHER, DatabaseStartup.QUIT),
                buttons(pane));
        assertTrue(pane.getContentText().contains("damaged") && pane.getContentText().contains("latest backup is desk-"),
                pane.getContentText());
        assertNull(pane.getExpandableContent(), "no stack trace");
        click(pane, DatabaseStartup.RESTORE_LATEST);
        awaitOpened();
        click(dialog("Backup restored"), "OK");
        assertEquals(1, (int) opened.get(0).database().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM school")
                .mapTo(Integer.class).one()));
        try (var files = Files.list(folder)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("desk.replaced-")));
        }
    }

    @Test
    void aFileFromANewerVersionOffersOnlyAnotherFileOrQuit() throws Exception {
        Path file = deskWithASchool(folder.resolve("newer.mv.db"));
        try (Database db = Database.openFile(file)) {
            db.useTransaction(h -> h.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\","
                    + " \"execution_time\", \"success\") VALUES (99, '99', 'later', 'SQL', 'V99__later.sql', 1, 'sa',"
                    + " CURRENT_TIMESTAMP, 1, TRUE)"));
        }
        start(file, real());
        DialogPane pane = dialog("Database from a newer SRO Desk");
        assertEquals(List.of(DatabaseStartup.CHOOSE_ANOTHER, DatabaseStartup.QUIT), buttons(pane));
        assertTrue(pane.getContentText().contains("version 99"), pane.getContentText());
        click(pane, DatabaseStartup.QUIT);
        assertEquals(1, quits.get());
        assertTrue(opened.isEmpty());
    }

    @Test
    void aReadOnlyFileCanBeOpenedReadOnly() throws Exception {
        Path file = deskWithASchool(folder.resolve("ro.mv.db"));
        // The test runs as any user (root can write anything): the check's verdict is simulated, the read-only open is real.
        start(file, (f, mode) -> {
            if (mode != OpenMode.READ_ONLY) {
                throw new DatabaseOpenException(Problem.READ_ONLY, "The database file " + f
                        + " is a file this user can read but not write.", null);
            }
            return AppContext.open(f, actor, mode);
        });
        DialogPane pane = dialog("Database is read-only");
        assertEquals(List.of(DatabaseStartup.OPEN_READ_ONLY, DatabaseStartup.CHOOSE_ANOTHER, DatabaseStartup.QUIT),
                buttons(pane));
        click(pane, DatabaseStartup.OPEN_READ_ONLY);
        awaitOpened();
        assertTrue(opened.get(0).database().isReadOnly());
        assertTrue(opened.get(0).databaseDescription().endsWith("(read-only)"));
    }

    @Test
    void aFileInUseCanBeTriedAgainOnceTheOtherCopyHasClosedIt() throws Exception {
        Path file = deskWithASchool(folder.resolve("busy.mv.db"));
        Database otherCopy = Database.openFile(file);
        start(file, real());
        DialogPane pane = dialog("Database already in use");
        assertEquals(List.of(DatabaseStartup.TRY_AGAIN, DatabaseStartup.CHOOSE_ANOTHER, DatabaseStartup.QUIT),
                buttons(pane));
        otherCopy.close();
        click(pane, DatabaseStartup.TRY_AGAIN);
        awaitOpened();
        assertFalse(opened.get(0).database().isReadOnly());
    }

    @Test
    void aMissingFileIsNotReplacedByAnEmptyOneUnlessTheUserSaysSo() throws Exception {
        Path file = deskWithASchool(folder.resolve("gone.mv.db"));
        Files.delete(file);
        start(file, real());
        DialogPane pane = dialog("Database file missing");
        assertEquals(List.of(DatabaseStartup.CREATE_NEW, DatabaseStartup.CHOOSE_ANOTHER, DatabaseStartup.QUIT),
                buttons(pane));
        assertFalse(Files.exists(file), "nothing created while asking");
        click(pane, DatabaseStartup.CREATE_NEW);
        awaitOpened();
        assertTrue(Files.exists(file));
    }

    @Test
    void aFullDiskOffersToTryAgainOrOpenReadOnly() throws Exception {
        Path file = deskWithASchool(folder.resolve("full.mv.db"));
        start(file, (f, mode) -> {
            throw new DatabaseOpenException(Problem.DISK_FULL, "The disk holding " + f + " is full, so the database "
                    + "could not be opened. Nothing was changed.", null);
        });
        DialogPane pane = dialog("Disk full");
        assertEquals(List.of(DatabaseStartup.TRY_AGAIN, DatabaseStartup.OPEN_READ_ONLY, DatabaseStartup.CHOOSE_ANOTHER,
                DatabaseStartup.QUIT), buttons(pane));
        assertTrue(pane.getContentText().contains("Nothing was changed"), pane.getContentText());
        click(pane, DatabaseStartup.QUIT);
        assertEquals(1, quits.get());
    }
}
