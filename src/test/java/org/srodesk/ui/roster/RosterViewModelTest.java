package org.srodesk.ui.roster;

import org.srodesk.testing.Actors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.DateRange;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.School;
import org.srodesk.persistence.Database;
import org.srodesk.service.AssignmentService;
import org.srodesk.service.RosterService;
import org.srodesk.testing.Actors;
import org.srodesk.testing.RosterFixture;
import org.srodesk.ui.common.DirectTaskRunner;
import org.srodesk.ui.common.RecordingDialogService;

/** The roster view model without a toolkit: work runs at once through {@link DirectTaskRunner}. */
class RosterViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 11);

    @TempDir
    Path folder;

    private final Database database = RosterFixture.database("roster-vm");
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final RosterViewModel viewModel = new RosterViewModel(new RosterService(database),
            new AssignmentService(database), tasks, dialogs, () -> TODAY, Actors.SERGEANT);

    @AfterEach
    void close() {
        database.close();
    }

    private String focusLabel() {
        GridSelection selection = viewModel.selectionProperty().get();
        return viewModel.rows().get(selection.focusRow()).status(selection.focusColumn()).shortLabel();
    }

    private void focus(String badge, int marchDay) {
        int row = 0;
        while (!viewModel.rows().get(row).officer().badge().equals(badge)) {
            row++;
        }
        viewModel.select(row, marchDay - 1, false);
    }

    @Test
    void loadingShowsTheMonthOfTodayWithTodayFocused() {
        viewModel.load();
        assertEquals(RosterFixture.MARCH, viewModel.periodProperty().get());
        assertEquals("March 2026", viewModel.periodTitleProperty().get());
        assertEquals(5, viewModel.rows().size());
        assertEquals(GridSelection.at(0, 10), viewModel.selectionProperty().get());
        assertEquals(TODAY, viewModel.selectedDay());
        assertFalse(viewModel.loadingProperty().get());
        assertEquals("5 of 5 officers", viewModel.statusProperty().get());
    }

    @Test
    void filtersApplyWithoutReloading() {
        viewModel.load();
        int loads = tasks.completedCount();
        viewModel.roleProperty().set(OfficerRole.ROVER);
        assertEquals(2, viewModel.rows().size());
        viewModel.roleProperty().set(null);
        viewModel.searchProperty().set("garcia");
        assertEquals("1002", viewModel.rows().get(0).officer().badge());
        assertEquals(1, viewModel.rows().size());
        viewModel.searchProperty().set("");
        viewModel.onlyUnusualProperty().set(true);
        assertEquals(3, viewModel.rows().size());
        assertEquals(loads, tasks.completedCount(), "no database work for filtering");
    }

    @Test
    void theFocusedOfficerStaysFocusedWhenAFilterKeepsThem() {
        viewModel.load();
        focus("2001", 9);
        viewModel.onlyUnusualProperty().set(true);
        assertEquals("2001", viewModel.selectedOfficer().badge());
        assertEquals("COVER→CEN", focusLabel());
    }

    @Test
    void arrowsMoveAndShiftExtendsTheSelection() {
        viewModel.load();
        viewModel.select(0, 0, false);
        viewModel.move(1, 0, false);
        viewModel.move(0, 1, false);
        assertEquals(GridSelection.at(1, 1), viewModel.selectionProperty().get());
        viewModel.move(0, 3, true);
        viewModel.move(1, 0, true);
        assertEquals(new GridSelection(1, 1, 2, 4), viewModel.selectionProperty().get());
        assertEquals(DateRange.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5)), viewModel.selectedDays());
        viewModel.move(-99, -99, false);
        assertEquals(GridSelection.at(0, 0), viewModel.selectionProperty().get(), "clamped to the grid");
    }

    @Test
    void theStoryFollowsTheFocusCell() {
        viewModel.load();
        focus("1002", 16);
        assertEquals("REASSIGNED→Patrol", viewModel.storyProperty().get().status().shortLabel());
        assertTrue(viewModel.storyProperty().get().facts().stream().anyMatch(f -> f.text().contains("Cmdr. Hayes")));
    }

    @Test
    void pageDownLoadsTheNextPeriodAndWeekViewShowsSevenDays() {
        viewModel.load();
        viewModel.nextPeriod();
        assertEquals(DateRange.monthOf(LocalDate.of(2026, 4, 1)), viewModel.modelProperty().get().period());
        viewModel.periodKindProperty().set(RosterPeriod.WEEK);
        assertEquals(7, viewModel.modelProperty().get().days().size());
        assertEquals(LocalDate.of(2026, 4, 6), viewModel.modelProperty().get().period().start());
        viewModel.goToToday();
        assertEquals(DateRange.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15)), viewModel.periodProperty().get());
        assertEquals(TODAY, viewModel.selectedDay());
    }

    @Test
    void jumpingWithinThePeriodOnlyMovesTheFocus() {
        viewModel.load();
        int loads = tasks.completedCount();
        viewModel.jumpTo(LocalDate.of(2026, 3, 20));
        assertEquals(LocalDate.of(2026, 3, 20), viewModel.selectedDay());
        assertEquals(loads, tasks.completedCount());
    }

    @Test
    void changingThePrimarySchoolReloadsTheRoster() {
        viewModel.load();
        focus("1003", 16);
        School ram = viewModel.schools().stream().filter(s -> s.code().equals("RAM")).findFirst().orElseThrow();
        viewModel.changePrimarySchool(ram, LocalDate.of(2026, 3, 16));
        assertEquals("RAM", focusLabel());
        assertEquals("1003", viewModel.selectedOfficer().badge(), "the officer stays selected after the reload");
        assertTrue(viewModel.statusProperty().get().contains("posted to RAM"));
        assertTrue(dialogs.shown.isEmpty());
    }

    @Test
    void aRefusedChangeIsShownAsAnErrorAndChangesNothing() {
        viewModel.load();
        focus("1003", 16);
        School joh = viewModel.schools().stream().filter(s -> s.code().equals("JOH")).findFirst().orElseThrow();
        viewModel.changePrimarySchool(joh, LocalDate.of(2026, 3, 16));
        assertEquals("Change primary school", dialogs.last().title());
        assertTrue(dialogs.last().message().contains("already posted to Johnson High"), dialogs.last().message());
        assertNull(dialogs.last().details(), "a refusal is not a crash");
    }

    @Test
    void changingSchoolIsOnlyOfferedForPrimarySros() {
        viewModel.load();
        focus("2001", 3);
        assertFalse(viewModel.canChangeSchoolBinding().get());
        focus("1001", 3);
        assertTrue(viewModel.canChangeSchoolBinding().get());
    }

    @Test
    void exportWritesTheVisibleRowsToTheChosenFile() throws Exception {
        viewModel.load();
        viewModel.roleProperty().set(OfficerRole.ROVER);
        Path file = folder.resolve("roster.csv");
        dialogs.pathAnswers.add(Optional.of(file));
        viewModel.exportVisibleRoster();
        var lines = Files.readAllLines(file);
        assertEquals(2 + 1 + 3, lines.size(), "header, two rovers, three total lines");
        assertTrue(lines.get(1).startsWith("2002,\"Berg, Kim\",Rover"), lines.get(1));
        assertNotNull(viewModel.statusProperty().get());
    }

    @Test
    void timeOffIsRequestedForTheSelectedOfficerAndDaysAndTheRosterReloadsAfterwards() {
        viewModel.load();
        assertFalse(viewModel.canRequestTimeOffBinding().get(), "no dialog connected yet");
        java.util.List<String> asked = new java.util.ArrayList<>();
        viewModel.timeOffEntryProperty().set((officer, days, officers) -> {
            asked.add(officer.badge() + " " + days + " of " + officers.size());
            return true;
        });
        focus("1003", 16);
        viewModel.move(0, 2, true);
        assertTrue(viewModel.canRequestTimeOffBinding().get());
        int loads = tasks.completedCount();
        viewModel.requestTimeOff();
        assertEquals(java.util.List.of("1003 2026-03-16..2026-03-18 of 5"), asked);
        assertEquals(loads + 1, tasks.completedCount(), "reloaded after the request was entered");
        assertTrue(viewModel.statusProperty().get().startsWith("Time off entered for Nguyen, Tam"));
    }

    @Test
    void aReassignmentIsRecordedForTheSelectedOfficerAndDaysOnceTheDialogIsConnected() {
        viewModel.load();
        focus("1003", 16);
        assertFalse(viewModel.canRecordReassignmentBinding().get(), "no dialog connected yet");
        java.util.List<String> asked = new java.util.ArrayList<>();
        viewModel.reassignmentEntryProperty().set((officer, days) -> asked.add(officer.badge() + " " + days));
        viewModel.move(0, 1, true);
        assertTrue(viewModel.canRecordReassignmentBinding().get());
        viewModel.recordReassignment();
        assertEquals(java.util.List.of("1003 2026-03-16..2026-03-17"), asked);
    }

    @Test
    void aCancelledTimeOffRequestDoesNotReload() {
        viewModel.load();
        viewModel.timeOffEntryProperty().set((officer, days, officers) -> false);
        int loads = tasks.completedCount();
        viewModel.requestTimeOff();
        assertEquals(loads, tasks.completedCount());
    }

    @Test
    void aCancelledExportWritesNothing() {
        viewModel.load();
        int before = tasks.completedCount();
        dialogs.pathAnswers.add(Optional.empty());
        viewModel.exportVisibleRoster();
        assertEquals(before, tasks.completedCount());
    }

    private RosterViewModel signedInAs(org.srodesk.service.Actor actor) {
        RosterViewModel other = new RosterViewModel(new RosterService(database), new AssignmentService(database), tasks,
                dialogs, () -> TODAY, actor);
        other.timeOffEntryProperty().set((officer, days, officers) -> {
            throw new AssertionError("no time-off dialog for " + actor.role());
        });
        other.reassignmentEntryProperty().set((officer, days) -> {
            throw new AssertionError("no reassignment dialog for " + actor.role());
        });
        other.load();
        other.select(2, 15, false);
        return other;
    }

    @Test
    void aViewerSeesTheRosterButMayStartNoEditAndNoExport() throws Exception {
        RosterViewModel viewer = signedInAs(Actors.VIEWER);
        assertEquals(5, viewer.rows().size(), "the viewer reads the whole roster");
        assertTrue(viewer.readOnly());
        assertFalse(viewer.canSchedule());
        assertFalse(viewer.canChangeSchoolBinding().get());
        assertFalse(viewer.canRequestTimeOffBinding().get());
        assertFalse(viewer.canRecordReassignmentBinding().get());
        assertFalse(viewer.canExport());
        School ram = viewer.schools().stream().filter(s -> s.code().equals("RAM")).findFirst().orElseThrow();
        String before = viewer.rows().get(2).status(15).shortLabel();
        viewer.changePrimarySchool(ram, LocalDate.of(2026, 3, 16));
        viewer.requestTimeOff();
        viewer.recordReassignment();
        Path file = folder.resolve("viewer.csv");
        dialogs.pathAnswers.add(Optional.of(file));
        viewer.exportVisibleRoster();
        assertFalse(Files.exists(file), "nothing exported");
        assertEquals(before, viewer.rows().get(2).status(15).shortLabel(), "nothing changed");
    }

    @Test
    void aCommanderMayRecordReassignmentsButNotScheduleAndAnAdminNeither() {
        RosterViewModel commander = signedInAs(Actors.COMMANDER);
        assertFalse(commander.readOnly());
        assertTrue(commander.canRecordReassignmentBinding().get());
        assertFalse(commander.canRequestTimeOffBinding().get());
        assertFalse(commander.canChangeSchoolBinding().get());
        assertTrue(commander.canExport());
        RosterViewModel admin = signedInAs(Actors.ADMIN);
        assertTrue(admin.readOnly(), "an administrator does not schedule");
        assertFalse(admin.canRecordReassignmentBinding().get());
        assertFalse(admin.canRequestTimeOffBinding().get());
        assertFalse(admin.canExport());
    }

    @Test
    void aSergeantMayStartEveryEdit() {
        assertFalse(viewModel.readOnly());
        viewModel.load();
        focus("1003", 16);
        viewModel.timeOffEntryProperty().set((officer, days, officers) -> false);
        viewModel.reassignmentEntryProperty().set((officer, days) -> { });
        assertTrue(viewModel.canChangeSchoolBinding().get());
        assertTrue(viewModel.canRequestTimeOffBinding().get());
        assertTrue(viewModel.canRecordReassignmentBinding().get());
        assertTrue(viewModel.canExport());
    }
}
