package org.srodesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;

import org.junit.jupiter.api.Test;
import org.srodesk.testing.Actors;
import org.srodesk.ui.common.DirectTaskRunner;
import org.srodesk.ui.common.RecordingDialogService;

/** File → Back up now… and File → Restore from backup…, on the view model with scripted dialogs. */
class ShellBackupCommandsTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ShellViewModel viewModel = new ShellViewModel(new DirectTaskRunner(), dialogs, "1.0",
            FolderImporter.unavailable(), folder -> "");

    {
        viewModel.signedIn(Actors.ADMIN); // backs up and restores
    }
    private final List<Double> progressSeen = new ArrayList<>();
    private final List<String> restored = new ArrayList<>();

    /** A desk whose backups do what the test says. */
    private final class Desk implements DeskBackups {
        Optional<String> unavailable = Optional.empty();
        RuntimeException checkFails;

        @Override
        public Optional<String> unavailableReason() {
            return unavailable;
        }

        @Override
        public Path backupFolder() {
            return Path.of("backups");
        }

        @Override
        public Path suggestedBackupFile() {
            return Path.of("backups", "srodesk-2026-11-29-120000.zip");
        }

        @Override
        public String backUp(Path zip, DoubleConsumer progress) {
            progress.accept(0.5);
            progressSeen.add(viewModel.workProgressProperty().get());
            progress.accept(1.0);
            return "Backed up to " + zip;
        }

        @Override
        public String check(Path zip) {
            if (checkFails != null) {
                throw checkFails;
            }
            return "It holds 3 schools.";
        }

        @Override
        public String restore(Path zip) {
            restored.add(zip.toString());
            return "Restored " + zip;
        }
    }

    @Test
    void backingUpShowsItsProgressThenWhereItWrote() {
        viewModel.useBackups(new Desk());
        dialogs.pathAnswers.add(Optional.of(Path.of("backups", "mine.zip")));
        viewModel.backUpNow();
        assertEquals("chooseFileToSave", dialogs.shown.get(0).kind());
        assertEquals(List.of(0.5), progressSeen);
        assertEquals(-1.0, viewModel.workProgressProperty().get(), "back to indeterminate afterwards");
        assertEquals("Backup finished", dialogs.last().title());
        assertTrue(dialogs.last().message().contains("mine.zip"));
    }

    @Test
    void onADatabaseServerBackupsAreExplainedAsTheServersJob() {
        Desk desk = new Desk();
        desk.unavailable = Optional.of("Backups are the server's job: pg_dump …");
        viewModel.useBackups(desk);
        viewModel.backUpNow();
        viewModel.restoreFromBackup();
        assertEquals(List.of("information", "information"), dialogs.shown.stream().map(RecordingDialogService.Shown::kind).toList());
        assertTrue(dialogs.last().message().contains("pg_dump"));
    }

    @Test
    void aBackupThatDoesNotOpenIsRefusedBeforeAnythingIsAsked() {
        Desk desk = new Desk();
        desk.checkFails = new IllegalStateException("The file x.zip is not a readable SRO Desk backup. Nothing was changed.");
        viewModel.useBackups(desk);
        viewModel.restoreFrom(Path.of("x.zip"));
        assertEquals("Backup cannot be restored", dialogs.last().title());
        assertTrue(dialogs.last().message().contains("Nothing was changed"));
        assertTrue(restored.isEmpty());
    }

    @Test
    void restoringAsksFirstAndRestoresOnlyWhenConfirmed() {
        viewModel.useBackups(new Desk());
        dialogs.confirmAnswer = false;
        viewModel.restoreFrom(Path.of("a.zip"));
        assertEquals("confirm", dialogs.last().kind());
        assertTrue(dialogs.last().message().contains("It holds 3 schools.") && dialogs.last().message().contains("kept aside"));
        assertTrue(restored.isEmpty());
        dialogs.confirmAnswer = true;
        viewModel.restoreFrom(Path.of("a.zip"));
        assertEquals(List.of("a.zip"), restored);
        assertEquals("Backup restored", dialogs.last().title());
    }

    @Test
    void aRoleWithoutThePermissionIsToldSoAndNothingIsAsked() {
        viewModel.useBackups(new Desk());
        viewModel.signedIn(Actors.VIEWER);
        viewModel.backUpNow();
        viewModel.restoreFromBackup();
        assertEquals(List.of("information", "information"), dialogs.shown.stream().map(RecordingDialogService.Shown::kind).toList());
        assertEquals("Lee (viewer) is signed in as viewer and may not back up the database.", dialogs.shown.get(0).message());
        assertEquals("Lee (viewer) is signed in as viewer and may not change settings.", dialogs.shown.get(1).message());
        viewModel.signedIn(Actors.SERGEANT);
        viewModel.restoreFromBackup();
        assertTrue(dialogs.last().message().contains("may not change settings"), "restoring is an administrator's");
        assertTrue(restored.isEmpty());
    }
}
