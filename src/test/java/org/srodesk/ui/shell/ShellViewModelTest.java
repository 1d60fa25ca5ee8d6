package org.srodesk.ui.shell;

import org.srodesk.domain.account.Role;
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
import org.srodesk.service.Actor;
import org.srodesk.service.DistrictSummary;
import org.srodesk.ui.common.DirectTaskRunner;
import org.srodesk.ui.common.RecordingDialogService;

class ShellViewModelTest {

    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Path> imported = new ArrayList<>();
    private final AtomicInteger counts = new AtomicInteger();

    private ShellViewModel viewModel(FolderImporter importer) {
        return new ShellViewModel(tasks, dialogs, new Actor("psmith", "Pat Smith", Role.SERGEANT), "1.2.3", importer,
                FolderExporter.unavailable());
    }

    private ShellViewModel openViewModel(FolderImporter importer) {
        ShellViewModel vm = viewModel(importer);
        vm.databaseOpened("/data/sro.mv.db", () -> {
            counts.incrementAndGet();
            return new DistrictSummary(10, 61, 180, 40, 900);
        });
        return vm;
    }

    @Test
    void theStatusBarSaysTheDatabaseIsOpeningUntilItIsOpen() {
        ShellViewModel vm = viewModel(FolderImporter.unavailable());
        vm.databaseOpening("/data/sro.mv.db");
        assertEquals("Opening database… /data/sro.mv.db", vm.databaseTextProperty().get());
        assertFalse(vm.isDatabaseReady());
        assertEquals("Pat Smith", vm.userTextProperty().get());
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
        assertEquals("Counts unavailable: connection lost", vm.districtTextProperty().get());
    }

    @Test
    void screensCannotBeSelectedBeforeTheDatabaseIsOpen() {
        ShellViewModel vm = viewModel(FolderImporter.unavailable());
        vm.select(Screen.EXPORT);
        assertEquals(Screen.ROSTER, vm.getSelectedScreen());
        vm.databaseOpened("x", () -> new DistrictSummary(0, 0, 0, 0, 0));
        vm.select(Screen.EXPORT);
        assertEquals(Screen.EXPORT, vm.getSelectedScreen());
    }

    @Test
    void folderCommandsAreDisabledUntilTheDatabaseIsOpen() {
        ShellViewModel vm = viewModel(FolderImporter.unavailable());
        assertTrue(vm.folderCommandsDisabledProperty().get());
        vm.databaseOpened("x", () -> new DistrictSummary(0, 0, 0, 0, 0));
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
