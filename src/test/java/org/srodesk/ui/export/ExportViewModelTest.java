package org.srodesk.ui.export;

import org.srodesk.testing.Actors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.export.pdf.MarchFixture;
import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.DistrictService;
import org.srodesk.service.RosterPdfService;
import org.srodesk.testing.Actors;
import org.srodesk.ui.common.DirectTaskRunner;
import org.srodesk.ui.common.RecordingDialogService;

/** The export screen's logic without a toolkit: real services on H2, work run on the calling thread. */
class ExportViewModelTest {

    static final Clock FEBRUARY_15 = Clock.fixed(Instant.parse("2027-02-15T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    Database database;
    final DirectTaskRunner tasks = new DirectTaskRunner();
    final RecordingDialogService dialogs = new RecordingDialogService();
    final List<Path> opened = new ArrayList<>();
    Executor uiThread = Runnable::run;
    ExportViewModel viewModel;

    @BeforeEach
    void setUp() {
        database = Database.openInMemory("export-vm-" + System.nanoTime());
        new MarchFixture().insertInto(database);
        viewModel = viewModel(new RosterPdfService(database, FEBRUARY_15, 1), opened::add);
        viewModel.load();
    }

    ExportViewModel viewModel(RosterPdfService service, java.util.function.Consumer<Path> opener) {
        return viewModel(service, opener, Actors.SERGEANT);
    }

    ExportViewModel viewModel(RosterPdfService service, java.util.function.Consumer<Path> opener, Actor actor) {
        return new ExportViewModel(service, new DistrictService(database), tasks, dialogs,
                r -> uiThread.execute(r), opener, FEBRUARY_15, actor);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    List<String> written() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    void chooseFolder() {
        dialogs.pathAnswers.add(Optional.of(folder));
        viewModel.chooseFolder();
    }

    @Test
    void loadingProposesNextMonthAndListsTheSchoolsByCode() {
        assertEquals(List.of(YearMonth.of(2027, 2), YearMonth.of(2027, 3), YearMonth.of(2027, 4)), viewModel.months());
        assertEquals(YearMonth.of(2027, 3), viewModel.monthProperty().get());
        assertEquals(List.of("CEN", "LIN", "SOU", "WHS"), viewModel.schools().stream().map(SchoolChoice::code).toList());
        assertEquals(ExportScope.ALL_SCHOOLS, viewModel.scopeProperty().get());
    }

    @Test
    void exportStaysDisabledUntilAFolderIsChosen() {
        assertFalse(viewModel.canExportBinding().get());
        chooseFolder();
        assertTrue(viewModel.canExportBinding().get());
        assertEquals(folder, viewModel.folderProperty().get());
    }

    @Test
    void exportingAllSchoolsWritesTheFilesReportsProgressAndOpensTheFolder() throws IOException {
        chooseFolder();
        List<Double> progress = new ArrayList<>();
        viewModel.progressProperty().addListener((obs, old, value) -> progress.add(value.doubleValue()));
        viewModel.export();
        assertEquals(List.of("CEN_2027-03.pdf", "LIN_2027-03.pdf", "SOU_2027-03.pdf", "WHS_2027-03.pdf"), written());
        assertEquals(List.of(0.25, 0.5, 0.75, 1.0), progress);
        assertTrue(viewModel.statusProperty().get().startsWith("Wrote 4 roster PDFs for 2027-03"),
                viewModel.statusProperty().get());
        assertEquals(List.of(folder), opened);
        assertFalse(viewModel.runningProperty().get());
        assertFalse(tasks.isBusy());
    }

    @Test
    void aSelectionFoundBySearchExportsOnlyTheTickedSchools() throws IOException {
        chooseFolder();
        viewModel.scopeProperty().set(ExportScope.SELECTION);
        assertFalse(viewModel.canExportBinding().get(), "nothing ticked yet");
        viewModel.searchProperty().set("high");
        assertEquals(List.of("CEN", "WHS"), viewModel.visibleSchools().stream().map(SchoolChoice::code).toList());
        viewModel.selectVisible();
        assertEquals(2, viewModel.selectedCountProperty().get());
        viewModel.combinedProperty().set(true);
        viewModel.export();
        assertEquals(List.of("CEN_2027-03.pdf", "WHS_2027-03.pdf", "all-schools_2027-03.pdf"), written());
    }

    @Test
    void oneSchoolExportsThatSchoolOnly() throws IOException {
        chooseFolder();
        viewModel.scopeProperty().set(ExportScope.ONE_SCHOOL);
        assertFalse(viewModel.canExportBinding().get());
        viewModel.oneSchoolProperty().set(viewModel.schools().get(1));
        viewModel.openFolderWhenDoneProperty().set(false);
        viewModel.export();
        assertEquals(List.of("LIN_2027-03.pdf"), written());
        assertEquals(List.of(), opened);
    }

    @Test
    void aFolderThatCannotBeWrittenIsReportedInADialog() throws IOException {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        viewModel.folderProperty().set(file.resolve("rosters"));
        viewModel.export();
        assertEquals("error", dialogs.last().kind());
        assertTrue(dialogs.last().message().contains("cannot be written"), dialogs.last().message());
        assertFalse(viewModel.runningProperty().get());
        assertEquals(List.of(), opened);
    }

    @Test
    void cancelStopsTheBatchAfterTheFileBeingWritten() throws IOException {
        uiThread = r -> {
            r.run();
            viewModel.cancel();
        };
        chooseFolder();
        viewModel.export();
        assertTrue(viewModel.statusProperty().get().startsWith("Cancelled after 1 of 4 files"),
                viewModel.statusProperty().get());
        assertEquals(List.of("CEN_2027-03.pdf"), written());
        assertFalse(viewModel.runningProperty().get());
        assertEquals(List.of(), opened, "a cancelled export does not open the folder");
    }

    @Test
    void aDesktopThatCannotOpenFoldersIsSaidInTheStatus() {
        viewModel = viewModel(new RosterPdfService(database, FEBRUARY_15, 1), path -> {
            throw new UnsupportedOperationException("this desktop cannot open folders");
        });
        viewModel.load();
        chooseFolder();
        viewModel.export();
        assertTrue(viewModel.statusProperty().get().endsWith("The folder could not be opened: this desktop cannot"
                + " open folders"), viewModel.statusProperty().get());
    }

    @Test
    void aViewerSeesTheScreenButMayNotExport() throws IOException {
        ExportViewModel viewer = viewModel(new RosterPdfService(database, FEBRUARY_15, 1), opened::add, Actors.VIEWER);
        viewer.load();
        assertEquals(4, viewer.schools().size(), "the viewer reads the schools");
        assertFalse(viewer.mayExport());
        dialogs.pathAnswers.add(Optional.of(folder));
        viewer.chooseFolder();
        assertFalse(viewer.canExportBinding().get(), "a folder is chosen, but the role may not export");
        viewer.export();
        assertEquals(List.of(), written());
        assertFalse(viewer.runningProperty().get());
    }

    @Test
    void aCommanderMayExportAndAnAdministratorMayNot() {
        ExportViewModel commander = viewModel(new RosterPdfService(database, FEBRUARY_15, 1), opened::add,
                Actors.COMMANDER);
        commander.load();
        dialogs.pathAnswers.add(Optional.of(folder));
        commander.chooseFolder();
        assertTrue(commander.mayExport());
        assertTrue(commander.canExportBinding().get());
        assertFalse(viewModel(new RosterPdfService(database), opened::add, Actors.ADMIN).mayExport());
    }
}
