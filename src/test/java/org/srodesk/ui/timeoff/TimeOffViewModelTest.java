package org.srodesk.ui.timeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.srodesk.testing.TimeOffFixture.march;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.domain.timeoff.FindingType;
import org.srodesk.domain.timeoff.NoticeStatus;
import org.srodesk.domain.timeoff.PrincipalNotice;
import org.srodesk.export.notice.NoticeMailer;
import org.srodesk.service.Actor;
import org.srodesk.service.DecisionOutcome;
import org.srodesk.service.PrincipalNoticeService;
import org.srodesk.service.TimeOffDraft;
import org.srodesk.testing.Actors;
import org.srodesk.testing.TimeOffFixture;
import org.srodesk.ui.common.DirectTaskRunner;
import org.srodesk.ui.common.RecordingDialogService;

/** The time-off view model on a real H2 database, without a toolkit: dialogs are scripted fakes. */
class TimeOffViewModelTest {

    @TempDir
    Path folder;

    private final TimeOffFixture fixture = new TimeOffFixture();
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ScriptedDialogs timeOffDialogs = new ScriptedDialogs();
    private TimeOffViewModel viewModel;

    /** Plays the user's part in each dialog, through the dialog view model as the real dialog does. */
    private static final class ScriptedDialogs implements TimeOffDialogs {
        Consumer<RequestDialogViewModel> requestScript = vm -> { };
        Consumer<DecisionDialogViewModel> decisionScript = vm -> { };
        boolean sendNotice;
        final List<PrincipalNotice> previewed = new ArrayList<>();
        RequestDialogViewModel lastRequest;
        DecisionDialogViewModel lastDecision;

        @Override
        public Optional<DecisionOutcome> showRequestDialog(RequestDialogViewModel vm) {
            lastRequest = vm;
            return play(vm::submit, () -> requestScript.accept(vm));
        }

        @Override
        public Optional<DecisionOutcome> showDecisionDialog(DecisionDialogViewModel vm) {
            lastDecision = vm;
            decisionScript.accept(vm);
            // The script calls approve/deny itself; pick up what it produced.
            return Optional.ofNullable(decided);
        }

        DecisionOutcome decided;

        private Optional<DecisionOutcome> play(Consumer<Consumer<DecisionOutcome>> submit, Runnable fill) {
            fill.run();
            List<DecisionOutcome> result = new ArrayList<>();
            submit.accept(result::add);
            return result.stream().findFirst();
        }

        @Override
        public boolean showNoticePreview(PrincipalNotice notice, String sendLabel) {
            previewed.add(notice);
            return sendNotice;
        }

        @Override
        public Optional<char[]> askSmtpPassword(String user, String host) {
            return Optional.empty();
        }

        int settingsShown;

        @Override
        public boolean showSettingsDialog(TimeOffSettingsViewModel vm) {
            settingsShown++;
            return false;
        }
    }

    private TimeOffViewModel viewModel() {
        viewModel = signedInAs(TimeOffFixture.SERGEANT);
        return viewModel;
    }

    private TimeOffViewModel signedInAs(Actor actor) {
        PrincipalNoticeService notices = new PrincipalNoticeService(fixture.database, fixture.settings,
                new NoticeMailer(), folder, fixture.clock);
        TimeOffViewModel screen = new TimeOffViewModel(fixture.service, notices, fixture.settings, tasks, dialogs,
                timeOffDialogs, actor);
        screen.load();
        return screen;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void fillVacation(RequestDialogViewModel vm, int first, int last) {
        vm.officerProperty().set(vm.officers().stream().filter(o -> o.id() == fixture.lee).findFirst().orElseThrow());
        vm.kindProperty().set(TimeOffKind.VACATION);
        vm.startDateProperty().set(march(first));
        vm.endDateProperty().set(march(last));
    }

    @Test
    void enteringARequestListsItAndCountsItPending() {
        viewModel();
        timeOffDialogs.requestScript = vm -> fillVacation(vm, 2, 6);

        viewModel.newRequest();

        assertEquals(1, viewModel.rows().size());
        assertEquals(TimeOffStatus.REQUESTED, viewModel.rows().get(0).request().status());
        assertEquals(1, viewModel.pendingCountProperty().get());
        assertEquals("1", viewModel.pendingBadgeProperty().get());
    }

    @Test
    void badInputShowsTheFieldsErrorsAndWritesNothing() {
        viewModel();
        timeOffDialogs.requestScript = vm -> {
            fillVacation(vm, 6, 6);
            vm.endDateProperty().set(march(2));
        };

        viewModel.newRequest();

        assertEquals("The last day is before the first day.", timeOffDialogs.lastRequest.errorFor(TimeOffDraft.END));
        assertEquals(0, fixture.count("time_off_request"));
        assertTrue(viewModel.rows().isEmpty());

        timeOffDialogs.requestScript = vm -> {
            fillVacation(vm, 2, 2);
            vm.endDateProperty().set(java.time.LocalDate.of(2026, 7, 10));
        };
        viewModel.newRequest();
        assertTrue(timeOffDialogs.lastRequest.errorFor(TimeOffDraft.END).startsWith("The school calendar covers"),
                "the service's refusal shows next to the field");
        assertEquals(0, fixture.count("time_off_request"));
    }

    @Test
    void approvingExtendedVacationNeedsAJustificationThenQueuesAndSendsTheNotice() {
        viewModel();
        timeOffDialogs.requestScript = vm -> fillVacation(vm, 2, 6);
        viewModel.newRequest();
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        timeOffDialogs.sendNotice = true;
        timeOffDialogs.decisionScript = vm -> {
            assertTrue(vm.findingsLoadedProperty().get());
            assertEquals(FindingType.EXTENDED_IN_SESSION, vm.findings().get(0).type());
            assertTrue(vm.justificationRequiredProperty().get());
            vm.approve(outcome -> timeOffDialogs.decided = outcome);
            assertFalse(vm.commentErrorProperty().get().isEmpty(), "no approval without justification");
            assertEquals(null, timeOffDialogs.decided);
            vm.commentProperty().set("Long-planned family wedding");
            vm.approve(outcome -> timeOffDialogs.decided = outcome);
        };

        viewModel.decideSelected();

        assertEquals(TimeOffStatus.APPROVED, viewModel.rows().get(0).request().status());
        assertEquals(0, viewModel.pendingCountProperty().get());
        assertEquals("", viewModel.pendingBadgeProperty().get());
        assertEquals(1, timeOffDialogs.previewed.size(), "the notice is previewed before sending");
        PrincipalNotice notice = new PrincipalNoticeService(fixture.database, fixture.settings, new NoticeMailer(),
                folder, fixture.clock).forRequest(viewModel.rows().get(0).request().id()).get(0);
        assertEquals(NoticeStatus.SAVED, notice.status(), "no SMTP server: saved as .eml");
        assertTrue(viewModel.outbox().isEmpty());
    }

    @Test
    void aNoticeNotSentNowWaitsInTheOutbox() {
        viewModel();
        timeOffDialogs.requestScript = vm -> fillVacation(vm, 5, 5);
        viewModel.newRequest();
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        timeOffDialogs.sendNotice = false;
        timeOffDialogs.decisionScript = vm -> vm.approve(outcome -> timeOffDialogs.decided = outcome);

        viewModel.decideSelected();

        assertEquals(1, viewModel.outbox().size());
        viewModel.sendOutbox();
        assertTrue(viewModel.outbox().isEmpty());
    }

    @Test
    void filtersNarrowTheList() {
        viewModel();
        timeOffDialogs.requestScript = vm -> fillVacation(vm, 2, 2);
        viewModel.newRequest();
        timeOffDialogs.requestScript = vm -> {
            fillVacation(vm, 9, 9);
            vm.kindProperty().set(TimeOffKind.COURT);
        };
        viewModel.newRequest();

        viewModel.kindFilterProperty().set(TimeOffKind.COURT);
        assertEquals(1, viewModel.rows().size());
        viewModel.kindFilterProperty().set(null);
        viewModel.fromFilterProperty().set(march(3));
        assertEquals(1, viewModel.rows().size());
        viewModel.clearFilters();
        assertEquals(2, viewModel.rows().size());
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }

    /** A sergeant enters a request and approves it without sending the notice: one row, one notice waiting. */
    private void aDecidedRequestWithANoticeWaiting() {
        viewModel();
        timeOffDialogs.requestScript = vm -> fillVacation(vm, 5, 5);
        viewModel.newRequest();
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        timeOffDialogs.decisionScript = vm -> vm.approve(outcome -> timeOffDialogs.decided = outcome);
        viewModel.decideSelected();
        timeOffDialogs.lastRequest = null;
        timeOffDialogs.lastDecision = null;
    }

    @Test
    void aViewerReadsTheListAndTheOutboxButMayStartNothing() {
        aDecidedRequestWithANoticeWaiting();
        TimeOffViewModel viewer = signedInAs(Actors.VIEWER);
        assertEquals(1, viewer.rows().size());
        assertEquals(1, viewer.outbox().size());
        assertFalse(viewer.canSchedule());
        assertFalse(viewer.canChangeSettings());

        viewer.newRequest();
        viewer.selectedProperty().set(viewer.rows().get(0));
        viewer.decideSelected();
        viewer.sendOutbox();
        viewer.openSettings();

        assertEquals(null, timeOffDialogs.lastRequest, "no request dialog");
        assertEquals(null, timeOffDialogs.lastDecision, "no decision dialog");
        assertEquals(0, timeOffDialogs.settingsShown);
        viewer.refreshOutbox();
        assertEquals(1, viewer.outbox().size(), "the notice was not sent");
        assertEquals(1, fixture.count("time_off_request"));
    }

    @Test
    void aCommanderCannotApproveTimeOffAndAnAdministratorOnlyChangesTheSettings() {
        aDecidedRequestWithANoticeWaiting();
        TimeOffViewModel commander = signedInAs(Actors.COMMANDER);
        assertFalse(commander.canSchedule());
        assertFalse(commander.canChangeSettings());
        commander.selectedProperty().set(commander.rows().get(0));
        commander.decideSelected();
        assertEquals(null, timeOffDialogs.lastDecision);

        TimeOffViewModel admin = signedInAs(Actors.ADMIN);
        assertFalse(admin.canSchedule());
        assertTrue(admin.canChangeSettings());
        admin.newRequest();
        assertEquals(null, timeOffDialogs.lastRequest);
        admin.openSettings();
        assertEquals(1, timeOffDialogs.settingsShown);
        assertTrue(viewModel.canSchedule());
        assertFalse(viewModel.canChangeSettings(), "a sergeant schedules; the administrator keeps the settings");
    }
}
