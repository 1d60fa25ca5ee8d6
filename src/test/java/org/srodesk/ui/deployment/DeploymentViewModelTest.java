package org.srodesk.ui.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.account.Role;
import org.srodesk.domain.deployment.DeploymentChange;
import org.srodesk.persistence.CallsForServiceDao;
import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.DeploymentService;
import org.srodesk.testing.Actors;
import org.srodesk.testing.CoverageFixture;
import org.srodesk.ui.common.DirectTaskRunner;
import org.srodesk.ui.common.RecordingDialogService;

/** The deployment view models on a real H2 database, with work run on the test thread and scripted dialogs. */
class DeploymentViewModelTest {

    private Database db;
    private CoverageFixture f;
    private DeploymentService service;
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private DeploymentViewModel vm;

    @BeforeEach
    void open() {
        db = Database.openInMemory("deployment-vm-" + System.nanoTime());
        f = CoverageFixture.create(db);
        service = new DeploymentService(db);
        vm = new DeploymentViewModel(service, tasks, dialogs, new Actor("cmdr.ray", "Cmdr. Ray", Role.COMMANDER),
                () -> CoverageFixture.MARCH_11, Runnable::run);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private DeploymentViewModel signedInAs(Actor actor) {
        return new DeploymentViewModel(service, tasks, dialogs, actor, () -> CoverageFixture.MARCH_11, Runnable::run);
    }

    @Test
    void loadingReviewsTheMonthOfTodayOffTheCallingCode() {
        vm.load();
        assertEquals(DateRange.monthOf(CoverageFixture.MARCH_2), vm.reviewProperty().get().period());
        assertEquals("March 2026 · 22 school days", vm.periodLabelProperty().get());
        assertEquals(3, vm.schools().size());
        assertEquals(6, vm.officers().size());
        assertEquals(4, vm.rovers().size());
        assertEquals(2, tasks.completedCount(), "the review, then the saved scenarios once");
        assertFalse(tasks.isBusy());
    }

    @Test
    void choosingTheSchoolYearReviewsJulyToJune() {
        vm.periodKindProperty().set(PeriodKind.SCHOOL_YEAR);
        assertEquals(DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)), vm.reviewProperty().get().period());
        vm.next();
        assertEquals(LocalDate.of(2026, 7, 1), vm.fromProperty().get());
        assertEquals(LocalDate.of(2027, 6, 30), vm.toProperty().get());
    }

    @Test
    void aCustomPeriodWithItsEndBeforeItsStartIsRefusedWithoutWork() {
        vm.periodKindProperty().set(PeriodKind.CUSTOM);
        vm.fromProperty().set(LocalDate.of(2026, 3, 20));
        vm.toProperty().set(LocalDate.of(2026, 3, 10));
        vm.load();
        assertEquals(0, tasks.completedCount());
        assertEquals("Period", dialogs.last().title());
    }

    @Test
    void schoolsFilterByLevelAndText() {
        vm.load();
        vm.levelFilterProperty().set("High");
        assertEquals(2, vm.schools().size());
        vm.schoolFilterProperty().set("west");
        assertEquals(1, vm.schools().size());
        assertEquals("CEN", vm.schools().get(0).school().code());
        vm.officerFilterProperty().set("olson");
        assertEquals(1, vm.officers().size());
        assertEquals(1, vm.rovers().size());
    }

    @Test
    void aBadCadRowImportsNothingAndTheErrorNamesLineAndColumn(@TempDir Path dir) throws Exception {
        vm = signedInAs(Actors.SERGEANT); // calls for service are reference data: the sergeant imports them
        vm.load();
        Path file = dir.resolve("cad.csv");
        Files.writeString(file, "school_code,date,count\nCEN,2026-03-16,3\nHAR,16/03/2026,1\n");
        int before = db.withHandle(h -> h.attach(CallsForServiceDao.class).count());
        dialogs.pathAnswers.push(Optional.of(file));
        vm.importCalls();
        assertEquals("Nothing was imported", dialogs.last().title());
        assertTrue(dialogs.last().message().contains("line 3, column date"), dialogs.last().message());
        assertEquals(before, (int) db.withHandle(h -> h.attach(CallsForServiceDao.class).count()));
        assertFalse(vm.importingProperty().get());
        assertEquals(0.0, vm.importProgressProperty().get());
    }

    @Test
    void aGoodCadFileImportsWithProgressAndTheReviewIsRecomputed(@TempDir Path dir) throws Exception {
        vm = signedInAs(Actors.SERGEANT);
        vm.load();
        Path file = dir.resolve("cad.csv");
        Files.writeString(file, "school_code,date,count\nCEN,2026-03-10,6\n");
        dialogs.pathAnswers.push(Optional.of(file));
        vm.importCalls();
        assertEquals("Calls for service imported", dialogs.last().title());
        assertEquals(1.0, vm.importProgressProperty().get());
        long cenCalls = vm.reviewProperty().get().figures().schools().stream()
                .filter(s -> s.school().code().equals("CEN")).findFirst().orElseThrow().calls();
        assertEquals(3 + 6, cenCalls); // Sunday 1 March from the fixture, and the new row
    }

    @Test
    void exportWritesTheRowsTheTableShows(@TempDir Path dir) throws Exception {
        vm.load();
        vm.levelFilterProperty().set("Middle");
        Path file = dir.resolve("schools.csv");
        dialogs.pathAnswers.push(Optional.of(file));
        vm.exportSchools();
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith("WASH,"));
    }

    @Test
    void aWhatIfComparesAndCanBeSavedUnderAName() {
        vm.load();
        WhatIfViewModel whatIf = vm.whatIf();
        whatIf.removeCountProperty().set(1);
        whatIf.addRemoveRovers();
        assertEquals("Remove 1 rover (fewest covering days first)", whatIf.describe(whatIf.changes().get(0)));
        whatIf.run();
        assertEquals(6, whatIf.rows().size());
        ComparisonRow reserve = whatIf.rows().get(1);
        assertEquals(0, reserve.current());
        assertEquals(22, reserve.whatIf());
        assertTrue(reserve.isWorse());
        assertFalse(whatIf.rows().get(5).isWorse(), "one rover fewer is a change, not a judgement");
        assertEquals("+22", reserve.changeLabel());
        assertEquals("No change in high-school days without an SRO.", whatIf.summaryProperty().get());
        whatIf.scenarioNameProperty().set("East without a rover");
        whatIf.save();
        assertEquals("Saved as \"East without a rover\".", whatIf.summaryProperty().get());
        assertEquals(1, service.scenarios().size());
        assertEquals(List.of(new DeploymentChange.RemoveRovers(1)), service.scenarios().get(0).changes());
        assertEquals(1, whatIf.savedScenarios().size());
        assertEquals("East without a rover · 2026-03-01–2026-03-31 · 911 days 0 → 0",
                WhatIfViewModel.describe(whatIf.savedScenarios().get(0)));
    }

    @Test
    void aSavedScenariosChangesCanBeLoadedAgainToRunOnAnotherPeriod() {
        vm.load();
        vm.whatIf().addRemoveRovers();
        vm.whatIf().run();
        vm.whatIf().scenarioNameProperty().set("Two fewer");
        vm.whatIf().save();
        DeploymentViewModel other = new DeploymentViewModel(service, tasks, dialogs, new Actor("cmdr.ray", "Cmdr. Ray", Role.COMMANDER),
                () -> LocalDate.of(2026, 4, 15), Runnable::run);
        other.load();
        assertEquals(1, other.whatIf().savedScenarios().size());
        other.whatIf().selectedScenarioProperty().set(other.whatIf().savedScenarios().get(0));
        other.whatIf().loadSelectedScenario();
        assertEquals(List.of(new DeploymentChange.RemoveRovers(2)), List.copyOf(other.whatIf().changes()));
        other.whatIf().run();
        assertEquals(DateRange.monthOf(LocalDate.of(2026, 4, 15)).start(),
                other.whatIf().comparisonProperty().get().current().figures().period().start());
    }

    @Test
    void reviewingAnotherPeriodClearsTheComparison() {
        vm.load();
        vm.whatIf().addRemoveRovers();
        vm.whatIf().run();
        vm.next();
        assertNull(vm.whatIf().comparisonProperty().get());
        assertTrue(vm.whatIf().rows().isEmpty());
    }

    @Test
    void aWhatIfNeedsAChangeAndAMoveNeedsBothChoices() {
        vm.load();
        vm.whatIf().run();
        assertEquals("Add at least one change to try.", dialogs.last().message());
        vm.whatIf().moveOfficerProperty().set(vm.whatIf().primaries().get(0));
        vm.whatIf().addMove();
        assertTrue(vm.whatIf().changes().isEmpty());
        vm.whatIf().moveToProperty().set(vm.whatIf().schools().get(2));
        vm.whatIf().addMove();
        assertEquals("Move Ofc. Linh Nguyen to WASH Washington Tech", vm.whatIf().describe(vm.whatIf().changes().get(0)));
    }

    @Test
    void periodsFollowTheJulyToJuneSchoolYear() {
        assertEquals(DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)),
                PeriodKind.SEMESTER.containing(LocalDate.of(2025, 9, 15)));
        assertEquals(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)),
                PeriodKind.SEMESTER.shift(PeriodKind.SEMESTER.containing(LocalDate.of(2025, 9, 15)), 1));
        assertEquals("School year 2025–26", PeriodKind.SCHOOL_YEAR.describe(PeriodKind.SCHOOL_YEAR.containing(LocalDate.of(2026, 2, 1))));
        assertEquals("Fall 2025", PeriodKind.SEMESTER.describe(PeriodKind.SEMESTER.containing(LocalDate.of(2025, 7, 1))));
    }

    @Test
    void aViewerRunsAWhatIfButMaySaveExportAndImportNothing(@TempDir Path dir) throws Exception {
        DeploymentViewModel viewer = signedInAs(Actors.VIEWER);
        viewer.load();
        assertFalse(viewer.canImportCalls() || viewer.canExport() || viewer.canSaveWhatIfs());
        viewer.whatIf().addRemoveRovers();
        viewer.whatIf().run();
        assertEquals(6, viewer.whatIf().rows().size(), "running a what-if writes nothing: every role may");
        viewer.whatIf().scenarioNameProperty().set("Viewer's idea");
        viewer.whatIf().save();
        assertTrue(service.scenarios().isEmpty());
        dialogs.pathAnswers.push(Optional.of(dir.resolve("schools.csv")));
        dialogs.pathAnswers.push(Optional.of(dir.resolve("what-if.csv")));
        dialogs.pathAnswers.push(Optional.of(dir.resolve("cad.csv")));
        Files.writeString(dir.resolve("cad.csv"), "school_code,date,count\nCEN,2026-03-10,6\n");
        viewer.exportSchools();
        viewer.whatIf().export();
        viewer.importCalls();
        assertEquals(3, dialogs.pathAnswers.size(), "no file was even asked for");
        assertFalse(Files.exists(dir.resolve("schools.csv")));
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }

    @Test
    void aCommanderSavesWhatIfsAndExportsButASergeantImportsTheCalls() {
        assertTrue(vm.canSaveWhatIfs() && vm.whatIf().canSave() && vm.canExport());
        assertFalse(vm.canImportCalls(), "a commander does not import reference data");
        DeploymentViewModel sergeant = signedInAs(Actors.SERGEANT);
        assertTrue(sergeant.canImportCalls() && sergeant.canExport());
        assertFalse(sergeant.canSaveWhatIfs(), "what-ifs are the commander's");
        DeploymentViewModel admin = signedInAs(Actors.ADMIN);
        assertFalse(admin.canImportCalls() || admin.canExport() || admin.whatIf().canSave());
    }
}
