package org.srodesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.srodesk.domain.account.Permission;
import org.srodesk.testing.Actors;
import org.srodesk.service.DistrictSummary;
import org.srodesk.ui.common.DirectTaskRunner;
import org.srodesk.ui.common.RecordingDialogService;

class ShellViewModelTest {

    private static final org.srodesk.service.Actor SERGEANT = Actors.SERGEANT;

    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Path> imported = new ArrayList<>();
    private final AtomicInteger counts = new AtomicInteger();

    private ShellViewModel viewModel(FolderImporter importer) {
        return new ShellViewModel(tasks, dialogs, "1.2.3", importer, FolderExporter.unavailable());
    }

    private ShellViewModel openViewModel(FolderImporter importer) {
        ShellViewModel vm = viewModel(importer);
        vm.databaseOpened("/data/sro.mv.db", () -> {
            counts.incrementAndGet();
            return new DistrictSummary(10, 61, 180, 40, 900);
        });
        vm.signedIn(SERGEANT);
        return vm;
    }

    @Test
    void theStatusBarSaysTheDatabaseIsOpeningUntilItIsOpen() {
        ShellViewModel vm = viewModel(FolderImporter.unavailable());
        vm.databaseOpening("/data/sro.mv.db");
        assertEquals("Opening database… /data/sro.mv.db", vm.databaseTextProperty().get());
        assertFalse(vm.isDatabaseReady());
        assertEquals("Not signed in", vm.userTextProperty().get());
    }

    @Test
    void openingTheDatabaseShowsItsPathTheDistrictCountsAndTheFileInTheTitle() {
        ShellViewModel vm = openViewModel(FolderImporter.unavailable());
        assertTrue(vm.isDatabaseReady());
        assertEquals("/data/sro.mv.db", vm.databaseTextProperty().get());
        assertEquals("10 officers · 61 schools · 180 calendar days", vm.districtTextProperty().get());
        assertEquals("SRO Desk — sro.mv.db", vm.titleProperty().get());
    }

    @Test
    void aFailedCountIsShownInTheStatusBarInsteadOfTheCounts() {
        ShellViewModel vm = viewModel(FolderImporter.unavailable());
        vm.databaseOpened("/data/sro.mv.db", () -> {
            throw new IllegalStateException("connection lost");
        });
        assertEquals("", vm.districtTextProperty().get(), "nothing counted before someone signs in");
        vm.signedIn(SERGEANT);
        assertEquals("Counts unavailable: connection lost", vm.districtTextProperty().get());
    }

    @Test
    void screensCannotBeSelectedBeforeTheDatabaseIsOpenAndSomeoneSignedIn() {
        ShellViewModel vm = viewModel(FolderImporter.unavailable());
        vm.select(Screen.EXPORT);
        assertEquals(Screen.ROSTER, vm.getSelectedScreen());
        vm.databaseOpened("x", () -> new DistrictSummary(0, 0, 0, 0, 0));
        vm.select(Screen.EXPORT);
        assertEquals(Screen.ROSTER, vm.getSelectedScreen(), "nobody signed in yet");
        vm.signedIn(SERGEANT);
        vm.select(Screen.EXPORT);
        assertEquals(Screen.EXPORT, vm.getSelectedScreen());
        assertEquals("Sgt. Olson (sergeant)", vm.userTextProperty().get());
    }

    @Test
    void theAuditLogAndTheAccountsAreOnlyForTheRolesThatMayOpenThem() {
        ShellViewModel vm = openViewModel(FolderImporter.unavailable());
        vm.select(Screen.AUDIT);
        vm.select(Screen.ACCOUNTS);
        assertEquals(Screen.ROSTER, vm.getSelectedScreen(), "a sergeant opens neither");
        assertFalse(vm.shownInNavigationProperty(Screen.AUDIT).get());
        assertFalse(vm.shownInNavigationProperty(Screen.ACCOUNTS).get());
        assertTrue(vm.shownInNavigationProperty(Screen.DEPLOYMENT).get());

        vm.signedIn(Actors.COMMANDER);
        vm.select(Screen.AUDIT);
        assertEquals(Screen.AUDIT, vm.getSelectedScreen());
        assertFalse(vm.mayOpen(Screen.ACCOUNTS));

        vm.signedIn(Actors.ADMIN);
        assertEquals(Screen.AUDIT, vm.getSelectedScreen(), "an administrator reads the audit log too");
        vm.select(Screen.ACCOUNTS);
        assertEquals(Screen.ACCOUNTS, vm.getSelectedScreen());
        assertTrue(vm.shownInNavigationProperty(Screen.ACCOUNTS).get());

        vm.signedIn(Actors.VIEWER);
        assertEquals(Screen.ROSTER, vm.getSelectedScreen(), "the next person does not land on a screen they may not open");
    }

    @Test
    void fileCommandsFollowTheRole() {
        ShellViewModel vm = openViewModel(FolderImporter.unavailable());
        assertFalse(vm.commandDisabledProperty(Permission.SCHEDULE).get());
        assertFalse(vm.commandDisabledProperty(Permission.EXPORT).get());
        assertFalse(vm.commandDisabledProperty(Permission.BACK_UP).get());
        assertTrue(vm.commandDisabledProperty(Permission.CHANGE_SETTINGS).get(), "restore and Database… are an administrator's");
        vm.signedIn(Actors.VIEWER);
        for (Permission p : List.of(Permission.SCHEDULE, Permission.EXPORT, Permission.BACK_UP, Permission.CHANGE_SETTINGS)) {
            assertTrue(vm.commandDisabledProperty(p).get(), p + " disabled for a viewer");
        }
        vm.chooseFolderToImport();
        assertEquals("Lee (viewer) is signed in as viewer and may not schedule officers.", dialogs.last().message());
        assertTrue(dialogs.pathAnswers.isEmpty() && dialogs.shown.stream().noneMatch(d -> d.kind().equals("chooseDirectory")));
        vm.signedOut();
        assertTrue(vm.commandDisabledProperty(Permission.SCHEDULE).get());
        assertFalse(vm.isReady());
        assertEquals("Not signed in", vm.userTextProperty().get());
    }

    @Test
    void theAccountMenuRunsOnlyWhileSomeoneIsSignedIn() {
        List<String> ran = new ArrayList<>();
        ShellViewModel vm = viewModel(FolderImporter.unavailable());
        vm.useSession(new SessionCommands() {
            @Override
            public void changePassword() {
                ran.add("change");
            }

            @Override
            public void lockNow() {
                ran.add("lock");
            }

            @Override
            public void signOut() {
                ran.add("out");
            }
        });
        vm.lockNow();
        assertTrue(ran.isEmpty());
        vm.databaseOpened("x", () -> new DistrictSummary(0, 0, 0, 0, 0));
        vm.signedIn(SERGEANT);
        vm.changePassword();
        vm.lockNow();
        vm.signOut();
        assertEquals(List.of("change", "lock", "out"), ran);
    }

    @Test
    void folderCommandsAreDisabledUntilTheDatabaseIsOpenAndSomeoneSignedIn() {
        ShellViewModel vm = viewModel(FolderImporter.unavailable());
        assertTrue(vm.folderCommandsDisabledProperty().get());
        vm.databaseOpened("x", () -> new DistrictSummary(0, 0, 0, 0, 0));
        assertTrue(vm.folderCommandsDisabledProperty().get());
        vm.signedIn(SERGEANT);
        assertFalse(vm.folderCommandsDisabledProperty().get());
    }

    @Test
    void importingAFolderRunsTheImporterThenRecountsAndReportsItsSummary() {
        ShellViewModel vm = openViewModel(folder -> {
            imported.add(folder);
            return "Imported 3 files: 12 officers, 61 schools.";
        });
        int before = counts.get();
        vm.importFolder(Path.of("/exports/district"));
        assertEquals(List.of(Path.of("/exports/district")), imported);
        assertEquals(before + 1, counts.get(), "the counts are refreshed after an import");
        assertEquals("information", dialogs.last().kind());
        assertEquals("Imported 3 files: 12 officers, 61 schools.", dialogs.last().message());
    }

    @Test
    void importWithoutTheImportServiceSaysItIsNotAvailableAndChangesNothing() {
        ShellViewModel vm = openViewModel(FolderImporter.unavailable());
        int before = counts.get();
        vm.importFolder(Path.of("/exports/district"));
        assertEquals("error", dialogs.last().kind());
        assertEquals("Import is not available in this build.", dialogs.last().message());
        assertNull(dialogs.last().details(), "a known limitation shows no stack trace");
        assertEquals(before, counts.get());
    }

    @Test
    void aFailedImportNamesTheFolderAndTheReasonWithDetailsFoldedAway() {
        ShellViewModel vm = openViewModel(folder -> {
            throw new IllegalArgumentException("officers.csv line 4, column badge: duplicate badge 4127");
        });
        vm.importFolder(Path.of("/exports/district"));
        assertTrue(dialogs.last().message().contains("Nothing was imported from /exports/district"));
        assertTrue(dialogs.last().message().contains("officers.csv line 4, column badge"));
        assertNotNull(dialogs.last().details());
    }

    @Test
    void choosingAFolderToImportImportsTheChosenFolderAndCancellingImportsNothing() {
        ShellViewModel vm = openViewModel(folder -> {
            imported.add(folder);
            return "ok";
        });
        dialogs.pathAnswers.add(Optional.empty());
        vm.chooseFolderToImport();
        assertTrue(imported.isEmpty());
        dialogs.pathAnswers.add(Optional.of(Path.of("/chosen")));
        vm.chooseFolderToImport();
        assertEquals(List.of(Path.of("/chosen")), imported);
    }

    @Test
    void exportWithoutTheExportServiceSaysItIsNotAvailable() {
        ShellViewModel vm = openViewModel(FolderImporter.unavailable());
        vm.exportFolder(Path.of("/out"));
        assertEquals("Export is not available in this build.", dialogs.last().message());
    }

    @Test
    void aboutNamesTheVersion() {
        ShellViewModel vm = viewModel(FolderImporter.unavailable());
        vm.showAbout();
        assertEquals("About SRO Desk", dialogs.last().title());
        assertTrue(dialogs.last().message().startsWith("SRO Desk 1.2.3\n"), dialogs.last().message());
    }

    @Test
    void placeholderHeadingsNameTheScreenAndItsIssue() {
        assertEquals("Roster calendar — not built yet (issue #3)", PlaceholderView.headingOf(Screen.ROSTER));
        assertEquals("Principal roster export — not built yet (issue #8)", PlaceholderView.headingOf(Screen.EXPORT));
    }
}
