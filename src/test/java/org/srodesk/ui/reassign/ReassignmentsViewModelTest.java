package org.srodesk.ui.reassign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.testing.ReassignmentFixture.march;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.DayStatusKind;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.reassign.ConflictType;
import org.srodesk.domain.reassign.ReassignmentAction;
import org.srodesk.domain.reassign.ReassignmentEvent;
import org.srodesk.export.notice.NoticeMailer;
import org.srodesk.service.Actor;
import org.srodesk.service.ConflictConfirmation;
import org.srodesk.service.PrincipalNoticeService;
import org.srodesk.service.ReassignmentDraft;
import org.srodesk.service.ReassignmentTiming;
import org.srodesk.service.TimeOffDraft;
import org.srodesk.testing.Actors;
import org.srodesk.testing.ReassignmentFixture;
import org.srodesk.ui.common.DirectTaskRunner;
import org.srodesk.ui.common.RecordingDialogService;

/** The Reassignments screen's view models, without a toolkit, on a real in-memory database. */
class ReassignmentsViewModelTest {

    @TempDir
    Path folder;

    private final ReassignmentFixture fixture = new ReassignmentFixture();
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ScriptedReassignmentDialogs scripted = new ScriptedReassignmentDialogs();
    private ReassignmentsViewModel viewModel;

    @BeforeEach
    void open() {
        PrincipalNoticeService notices = new PrincipalNoticeService(fixture.base.database, fixture.base.settings,
                new NoticeMailer(), folder, fixture.base.clock);
        viewModel = new ReassignmentsViewModel(fixture.service, notices, fixture.base.settings, tasks, dialogs, scripted,
                ReassignmentFixture.SERGEANT);
        viewModel.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static void leeToPatrol(ReassignmentDialogViewModel vm) {
        vm.dutyProperty().set("Patrol");
        vm.orderedByRankProperty().set("Commander");
        vm.orderedByNameProperty().set("Jane Axtell");
        vm.referenceProperty().set("GO-26-114");
    }

    @Test
    void recordingThroughTheDialogListsTheReassignmentAndPreviewsThePrincipalNotice() {
        scripted.onReassignment = vm -> {
            vm.preset(fixture.base.lee, march(2), march(6));
            leeToPatrol(vm);
        };
        viewModel.recordNew();

        assertEquals(1, viewModel.rows().size());
        var row = viewModel.rows().get(0);
        assertEquals(ReassignmentTiming.UPCOMING, row.timing());
        assertEquals("Commander Jane Axtell", row.reassignment().orderedBy());
        assertEquals("CEN: 5 school days without its SRO", row.leavesUncovered());
        assertEquals(1, scripted.previewed.size());
        assertTrue(viewModel.messageProperty().get().contains("waits in the outbox"), viewModel.messageProperty().get());
        assertTrue(viewModel.replanningProperty().get().isPresent(), "Central High's days need a rover");
        assertEquals(DayStatusKind.REASSIGNED, fixture.roster.loadSnapshot(org.srodesk.domain.DateRange.day(march(3)))
                .statusOf(fixture.base.lee, march(3)).kind());
    }

    @Test
    void conflictsShowBeforeSavingAndSavingNeedsTheConfirmationWhichIsRecorded() {
        fixture.base.service.request(new TimeOffDraft(fixture.base.lee, TimeOffKind.SICK, march(3), march(3), null,
                null, ""), ReassignmentFixture.SERGEANT);
        ReassignmentDialogViewModel dialog = new ReassignmentDialogViewModel(fixture.service, tasks,
                ReassignmentFixture.SERGEANT, viewModel.officers(), fixture.service.schools());
        dialog.preset(fixture.base.lee, march(2), march(6));
        leeToPatrol(dialog);
        dialog.check();
        assertTrue(dialog.checkedProperty().get());
        assertEquals(ConflictType.APPROVED_TIME_OFF, dialog.conflicts().get(0).type());
        assertEquals("CEN", dialog.gaps().get(0).school().code());

        List<Object> saved = new java.util.ArrayList<>();
        dialog.submit(saved::add);
        assertTrue(saved.isEmpty());
        assertFalse(dialog.fieldErrors().getOrDefault(ReassignmentDraft.CONFIRM, "").isEmpty());
        assertEquals(0, fixture.count("reassignment"));

        dialog.confirmProperty().set(true);
        dialog.confirmNoteProperty().set("Order stands");
        dialog.submit(saved::add);
        assertEquals(1, saved.size());
        ReassignmentEvent recorded = fixture.service.history(fixture.service.list(
                org.srodesk.service.ReassignmentFilter.ALL).get(0).reassignment().id()).get(0);
        assertTrue(recorded.confirmation().endsWith(": Order stands"), recorded.confirmation());
    }

    @Test
    void badInputIsNamedNextToEachFieldAndNothingIsWritten() {
        ReassignmentDialogViewModel dialog = new ReassignmentDialogViewModel(fixture.service, tasks,
                ReassignmentFixture.SERGEANT, viewModel.officers(), fixture.service.schools());
        dialog.startDateProperty().set(march(6));
        dialog.endDateProperty().set(march(2));
        dialog.startDateProperty().set(march(6));
        dialog.endDateProperty().set(march(2));
        dialog.submit(outcome -> { });
        assertEquals("Choose the officer.", dialog.fieldErrors().get(ReassignmentDraft.OFFICER));
        assertEquals("The last day is before the first day.", dialog.errorFor(ReassignmentDraft.END));
        assertEquals("Name the duty (e.g. Patrol).", dialog.fieldErrors().get(ReassignmentDraft.DESTINATION));
        assertEquals("Name the command staff member who ordered it.", dialog.fieldErrors().get(ReassignmentDraft.ORDERED_BY));
        dialog.toSchoolProperty().set(true);
        assertEquals("Choose the school.", dialog.errorFor(ReassignmentDraft.DESTINATION));
        assertEquals(0, fixture.count("reassignment"));
        assertEquals(0, fixture.count("reassignment_event"));
    }

    @Test
    void theRosterEntryPointOpensTheDialogForTheOfficerAndDaysWithTheGapAlreadyChecked() {
        scripted.onReassignment = vm -> { };
        PrincipalNoticeService notices = new PrincipalNoticeService(fixture.base.database, fixture.base.settings,
                new NoticeMailer(), folder, fixture.base.clock);
        ReassignmentsViewModel neverOpened = new ReassignmentsViewModel(fixture.service, notices, fixture.base.settings,
                tasks, dialogs, scripted, ReassignmentFixture.SERGEANT);
        neverOpened.recordFor(fixture.base.lee, march(9), null);

        ReassignmentDialogViewModel dialog = scripted.opened.get(0);
        assertEquals(fixture.base.lee, dialog.officerProperty().get().id());
        assertEquals(march(9), dialog.startDateProperty().get());
        assertTrue(dialog.openEndedProperty().get());
        assertFalse(dialog.checkedProperty().get(), "no destination yet: nothing to check");
        assertEquals(0, fixture.count("reassignment"), "closed without saving: nothing written");
        dialog.dutyProperty().set("Investigations");
        dialog.check();
        assertTrue(dialog.gaps().get(0).openEnded());
    }

    @Test
    void changeEndEarlyAndCancelFromTheScreenKeepEveryStepInTheHistory() {
        long id = fixture.service.record(fixture.leeToPatrol(march(2), march(13)), ConflictConfirmation.NONE,
                ReassignmentFixture.SERGEANT).reassignment().id();
        viewModel.reloadRows();
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        scripted.onReassignment = vm -> vm.endDateProperty().set(march(20));
        viewModel.editSelected();
        assertEquals(march(20), viewModel.selectedProperty().get().reassignment().endDate());

        scripted.onEnd = vm -> {
            vm.lastDayProperty().set(march(10));
            vm.commentProperty().set("Shortage over");
        };
        viewModel.endSelected();
        assertEquals(march(10), viewModel.selectedProperty().get().reassignment().endDate());
        viewModel.cancelSelected();
        assertEquals(ReassignmentTiming.CANCELLED, viewModel.selectedProperty().get().timing());
        assertEquals(List.of(ReassignmentAction.RECORDED, ReassignmentAction.CHANGED, ReassignmentAction.ENDED,
                ReassignmentAction.CANCELLED), viewModel.history().stream().map(ReassignmentEvent::action).toList());
        assertEquals(id, viewModel.selectedProperty().get().reassignment().id());
    }

    @Test
    void aChangeSomeoneElseMadeFirstIsRefusedWithAMessageToReload() {
        var saved = fixture.service.record(fixture.leeToPatrol(march(2), march(6)), ConflictConfirmation.NONE,
                ReassignmentFixture.SERGEANT).reassignment();
        ReassignmentDialogViewModel dialog = new ReassignmentDialogViewModel(fixture.service, tasks,
                ReassignmentFixture.SERGEANT, viewModel.officers(), fixture.service.schools(), saved);
        fixture.service.change(saved.id(), saved.version(), fixture.leeToPatrol(march(2), march(4)),
                ConflictConfirmation.NONE, new org.srodesk.service.Actor("cmdr", "Commander's desk", org.srodesk.domain.account.Role.COMMANDER));
        dialog.endDateProperty().set(march(12));
        dialog.submit(outcome -> { });
        assertTrue(dialog.problemProperty().get().contains("Changed by cmdr at 09:00 on 1 Feb 2026"), dialog.problemProperty().get());
        assertEquals(march(4), fixture.service.find(saved.id()).orElseThrow().endDate());
    }

    @Test
    void theReplanningFlagStaysShownUntilTheSergeantClearsIt() {
        fixture.coverCentral(fixture.base.roverA, march(3));
        scripted.onReassignment = vm -> {
            vm.preset(fixture.base.roverA, march(3), march(3));
            vm.dutyProperty().set("Special event");
            vm.orderedByRankProperty().set("Lieutenant");
            vm.orderedByNameProperty().set("Ko");
            vm.check();
            assertTrue(vm.releasableProperty().get());
            vm.confirmProperty().set(true);
        };
        viewModel.recordNew();
        assertEquals(0, fixture.count("coverage_assignment"), "the rover's coverage was released");
        assertEquals(march(3), viewModel.replanningProperty().get().orElseThrow().from());
        viewModel.clearReplanning();
        assertTrue(viewModel.replanningProperty().get().isEmpty());
        assertTrue(fixture.service.replanningFlag().isEmpty());
    }

    private ReassignmentsViewModel signedInAs(Actor actor) {
        PrincipalNoticeService notices = new PrincipalNoticeService(fixture.base.database, fixture.base.settings,
                new NoticeMailer(), folder, fixture.base.clock);
        ReassignmentsViewModel screen = new ReassignmentsViewModel(fixture.service, notices, fixture.base.settings,
                tasks, dialogs, scripted, actor);
        screen.load();
        return screen;
    }

    private void leeToPatrolRecordedBySergeant() {
        scripted.onReassignment = vm -> {
            vm.preset(fixture.base.lee, march(2), march(6));
            leeToPatrol(vm);
        };
        viewModel.recordNew();
        scripted.opened.clear();
        scripted.previewed.clear();
    }

    @Test
    void aViewerReadsTheReassignmentsButMayRecordChangeEndOrClearNothing() {
        leeToPatrolRecordedBySergeant();
        ReassignmentsViewModel viewer = signedInAs(Actors.VIEWER);
        assertEquals(1, viewer.rows().size());
        assertFalse(viewer.canRecordReassignments());
        assertFalse(viewer.canSchedule());
        scripted.onEnd = vm -> {
            throw new AssertionError("no end dialog for a viewer");
        };

        viewer.recordNew();
        viewer.recordFor(fixture.base.lee, march(9), march(10));
        viewer.selectedProperty().set(viewer.rows().get(0));
        viewer.editSelected();
        viewer.endSelected();
        viewer.cancelSelected();
        viewer.clearReplanning();

        assertTrue(scripted.opened.isEmpty(), "no reassignment dialog");
        assertEquals(1, fixture.count("reassignment"));
        viewer.reloadRows();
        assertTrue(viewer.replanningProperty().get().isPresent(), "the re-planning flag stays for the sergeant");
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }

    @Test
    void aCommanderRecordsAReassignmentButLeavesTheNoticeAndTheReplanningToTheSergeant() {
        ReassignmentsViewModel commander = signedInAs(Actors.COMMANDER);
        assertTrue(commander.canRecordReassignments());
        assertFalse(commander.canSchedule());
        scripted.onReassignment = vm -> {
            vm.preset(fixture.base.lee, march(2), march(6));
            leeToPatrol(vm);
        };
        commander.recordNew();
        assertEquals(1, commander.rows().size());
        assertTrue(scripted.previewed.isEmpty(), "the commander is not asked to send the principal notice");
        assertTrue(commander.messageProperty().get().contains("waits in the outbox of the Time off screen for the sergeant"),
                commander.messageProperty().get());
        commander.clearReplanning();
        commander.reloadRows();
        assertTrue(commander.replanningProperty().get().isPresent());
        assertFalse(signedInAs(Actors.ADMIN).canRecordReassignments());
        assertTrue(viewModel.canRecordReassignments() && viewModel.canSchedule());
    }
}
