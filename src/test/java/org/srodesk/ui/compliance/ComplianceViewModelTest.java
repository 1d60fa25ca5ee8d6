package org.srodesk.ui.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.account.Role;
import org.srodesk.domain.compliance.LogState;
import org.srodesk.domain.compliance.OverdueItem;
import org.srodesk.domain.compliance.SchoolYear;
import org.srodesk.domain.compliance.TrainingState;
import org.srodesk.service.Actor;
import org.srodesk.service.compliance.LogDraft;
import org.srodesk.service.compliance.LogRow;
import org.srodesk.service.compliance.MeetingRow;
import org.srodesk.testing.Actors;
import org.srodesk.testing.ComplianceFixture;
import org.srodesk.testing.TimeOffFixture;
import org.srodesk.ui.common.DirectTaskRunner;
import org.srodesk.ui.common.RecordingDialogService;

/** The compliance screen's view models on a real H2 database, with DirectTaskRunner and scripted dialogs. */
class ComplianceViewModelTest {

    @TempDir
    Path folder;

    private final ComplianceFixture fixture = new ComplianceFixture();
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ScriptedComplianceDialogs complianceDialogs = new ScriptedComplianceDialogs();
    private ComplianceViewModel viewModel;

    @BeforeEach
    void load() {
        viewModel = new ComplianceViewModel(fixture.services, tasks, dialogs, complianceDialogs, TimeOffFixture.SERGEANT);
        viewModel.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void loadingShowsEveryOfficerAndWhatIsOverdue() {
        assertEquals(3, viewModel.rows().size());
        // nothing recorded: 3 officers × 3 courses never completed, 3 officers × 4 logs (Sept–Dec) missing
        assertEquals(9, viewModel.overdue().stream().filter(i -> i.kind() == OverdueItem.Kind.TRAINING_MISSING).count());
        assertEquals(12, viewModel.overdue().stream().filter(i -> i.kind() == OverdueItem.Kind.MISSING_LOG).count());
        assertEquals(YearMonth.of(2026, 1), viewModel.logs().monthProperty().get());
        assertEquals(7, viewModel.meetings().rows().size(), "September to March");
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }

    @Test
    void filtersNarrowTheMatrixByRoleStateAndSearch() {
        viewModel.roleFilterProperty().set(OfficerRole.ROVER);
        assertEquals(2, viewModel.rows().size());
        viewModel.searchProperty().set("diaz");
        assertEquals(1, viewModel.rows().size());
        viewModel.clearFilters();
        viewModel.stateFilterProperty().set(TrainingState.CURRENT);
        assertEquals(0, viewModel.rows().size());
        viewModel.clearFilters();
        assertEquals(3, viewModel.rows().size());
    }

    @Test
    void recordingTrainingUpdatesTheMatrixAndTheOverduePanel() {
        long courseOverdueBefore = viewModel.overdue().stream().filter(i -> i.officerId() == fixture.lee
                && i.kind() == OverdueItem.Kind.TRAINING_MISSING).count();
        complianceDialogs.completion = vm -> {
            vm.courseProperty().set(vm.courses().stream().filter(c -> c.code().equals("CULTURAL")).findFirst().orElseThrow());
            vm.dateProperty().set(LocalDate.of(2026, 1, 20));
            vm.hoursProperty().set("7,5");
            vm.onRosterProperty().set(false);
        };
        viewModel.recordTraining(viewModel.rows().stream().filter(r -> r.officer().id() == fixture.lee)
                .findFirst().orElseThrow().officer());
        assertTrue(viewModel.messageProperty().get().startsWith("Training recorded: Cultural competency"),
                viewModel.messageProperty().get());
        assertEquals(TrainingState.CURRENT, viewModel.rows().stream().filter(r -> r.officer().id() == fixture.lee)
                .findFirst().orElseThrow().standings().get(1).state());
        assertEquals(courseOverdueBefore - 1, viewModel.overdue().stream().filter(i -> i.officerId() == fixture.lee
                && i.kind() == OverdueItem.Kind.TRAINING_MISSING).count());
    }

    @Test
    void aFutureCompletionStaysInTheDialogWithTheMessageNextToTheDate() {
        complianceDialogs.completion = vm -> {
            vm.officerProperty().set(vm.officers().get(0));
            vm.courseProperty().set(vm.courses().get(0));
            vm.dateProperty().set(LocalDate.of(2026, 3, 1));
        };
        viewModel.recordTraining(null);
        CompletionDialogViewModel dialog = (CompletionDialogViewModel) complianceDialogs.opened.get(0);
        assertTrue(dialog.errorFor("date").contains("in the future"), dialog.fieldErrors().toString());
        assertEquals(0, fixture.count("training_completion"));
        dialog.dateProperty().set(LocalDate.of(2026, 1, 5));
        assertEquals("", dialog.errorFor("date"), "editing the field clears its message");
    }

    @Test
    void recordingALogForTheSelectedLineUpdatesItsStateAndCountsATypoNextToItsField() {
        LogRow lee = viewModel.logs().rows().stream().filter(r -> r.officer().id() == fixture.lee).findFirst().orElseThrow();
        assertEquals(LogState.NOT_YET_DUE, lee.state());
        viewModel.logs().selectedProperty().set(lee);
        complianceDialogs.log = vm -> {
            vm.countProperty(LogDraft.GANGS).set("2");
            vm.countProperty(LogDraft.REPORTS).set("x");
        };
        viewModel.logs().recordSelected();
        LogDialogViewModel first = (LogDialogViewModel) complianceDialogs.opened.get(0);
        assertEquals("Write a whole number, e.g. 3.", first.errorFor(LogDraft.REPORTS));
        assertEquals(0, fixture.count("monthly_log"));

        complianceDialogs.log = vm -> {
            vm.countProperty(LogDraft.GANGS).set("2");
            vm.countProperty(LogDraft.REPORTS).set("4");
        };
        viewModel.logs().recordSelected();
        LogRow after = viewModel.logs().rows().stream().filter(r -> r.officer().id() == fixture.lee).findFirst().orElseThrow();
        assertEquals(LogState.RECEIVED, after.state());
        assertEquals(4, after.log().orElseThrow().reportsTaken());
    }

    @Test
    void theMatrixIsExportedToTheChosenFileAndTheReviewToo() throws Exception {
        Path csv = folder.resolve("m.csv");
        dialogs.pathAnswers.add(Optional.of(csv));
        viewModel.exportMatrixCsv();
        assertEquals(4, Files.readAllLines(csv).size());
        assertEquals("Wrote 3 officers to " + csv + ".", viewModel.messageProperty().get());

        Path pdf = folder.resolve("r.pdf");
        dialogs.pathAnswers.add(Optional.of(pdf));
        viewModel.exportReview(new SchoolYear(2025));
        assertTrue(Files.size(pdf) > 1000);
        dialogs.pathAnswers.add(Optional.of(folder.resolve("later.pdf")));
        viewModel.exportReview(new SchoolYear(2026));
        assertEquals("The school year 2026-27 is not in the school calendar (which runs 2025-09-01 to 2026-06-30).",
                dialogs.last().message());
    }

    @Test
    void aDepartmentCourseJoinsTheMatrixAndABadRenewalStaysInTheDialog() {
        complianceDialogs.course = vm -> {
            vm.codeProperty().set("CIT");
            vm.nameProperty().set("Crisis intervention team");
            vm.renewalProperty().set("0");
        };
        viewModel.addCourse();
        CourseDialogViewModel refused = (CourseDialogViewModel) complianceDialogs.opened.get(0);
        assertEquals("Renewal is between 1 and 120 months.", refused.errorFor("renewal"));
        assertEquals(3, viewModel.matrixProperty().get().courses().size());

        complianceDialogs.course = vm -> {
            vm.codeProperty().set("CIT");
            vm.nameProperty().set("Crisis intervention team");
            vm.renewalProperty().set("36");
        };
        viewModel.addCourse();
        assertEquals(4, viewModel.matrixProperty().get().courses().size());
        assertEquals(TrainingState.MISSING, viewModel.rows().get(0).standings().get(3).state());
    }

    @Test
    void aViewerReadsEveryTabButMayRecordAndExportNothing() throws Exception {
        ComplianceViewModel viewer = new ComplianceViewModel(fixture.services, tasks, dialogs, complianceDialogs,
                Actors.VIEWER);
        viewer.load();
        assertEquals(3, viewer.rows().size());
        assertEquals(7, viewer.meetings().rows().size());
        assertFalse(viewer.canSchedule());
        assertFalse(viewer.canExport());
        assertFalse(viewer.meetings().mayChange());

        viewer.recordTraining(viewer.rows().get(0).officer());
        viewer.addCourse();
        viewer.logs().recordSelected();
        viewer.meetings().selectedProperty().set(viewer.meetings().rows().get(0));
        viewer.meetings().rescheduleSelected();
        viewer.meetings().takeAttendance();
        viewer.meetings().addMissingMeetings();
        dialogs.pathAnswers.add(Optional.of(folder.resolve("matrix.csv")));
        dialogs.pathAnswers.add(Optional.of(folder.resolve("review.pdf")));
        viewer.exportMatrixCsv();
        viewer.exportReview(viewer.reviewYears().get(0));

        assertTrue(complianceDialogs.opened.isEmpty(), "no dialog opened: " + complianceDialogs.opened);
        assertEquals(2, dialogs.pathAnswers.size(), "no file asked for");
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
        assertFalse(Files.exists(folder.resolve("matrix.csv")));
    }

    @Test
    void aCommanderExportsTheReviewButRecordsNoTrainingAndASergeantDoesBoth() {
        ComplianceViewModel commander = new ComplianceViewModel(fixture.services, tasks, dialogs, complianceDialogs,
                Actors.COMMANDER);
        assertTrue(commander.canExport());
        assertFalse(commander.canSchedule());
        commander.addCourse();
        assertTrue(complianceDialogs.opened.isEmpty());
        assertTrue(viewModel.canSchedule() && viewModel.canExport() && viewModel.meetings().mayChange());
        ComplianceViewModel admin = new ComplianceViewModel(fixture.services, tasks, dialogs, complianceDialogs,
                Actors.ADMIN);
        assertFalse(admin.canSchedule() || admin.canExport());
    }

    /** Issue 13: both meeting dialogs send back the version they read; a stale one says who changed it. */
    @Test
    void aMeetingDialogOpenedBeforeAnotherDeskChangedTheMeetingSaysWhoAndWritesNothing() {
        LocalDate january = LocalDate.of(2026, 1, 7);
        viewModel.meetings().selectedProperty().set(viewModel.meetings().rows().stream()
                .filter(r -> r.meeting().date().equals(january)).findFirst().orElseThrow());
        viewModel.meetings().rescheduleSelected();
        viewModel.meetings().takeAttendance();
        RescheduleDialogViewModel move = (RescheduleDialogViewModel) complianceDialogs.opened.get(0);
        AttendanceDialogViewModel sheet = (AttendanceDialogViewModel) complianceDialogs.opened.get(1);
        sheet.markRestPresent();

        MeetingRow atOtherDesk = fixture.services.meetings().meetings(new SchoolYear(2025)).stream()
                .filter(r -> r.meeting().date().equals(january)).findFirst().orElseThrow();
        fixture.services.meetings().reschedule(atOtherDesk.meeting().id(), atOtherDesk.version(),
                LocalDate.of(2026, 1, 8), LocalTime.of(9, 0), new Actor("sgt.two", "Sgt. Two", Role.SERGEANT));
        int audit = fixture.count("audit_log");

        AtomicReference<Object> done = new AtomicReference<>();
        move.dateProperty().set(LocalDate.of(2026, 1, 9));
        move.submit(done::set);
        sheet.submit(done::set);

        assertNull(done.get(), "neither dialog closed");
        String who = "Changed by sgt.two at 09:00 on 1 Feb 2026 — reload and try again.";
        assertEquals("The meeting was not moved: " + who, move.problemProperty().get());
        assertEquals("Attendance was not recorded: " + who, sheet.problemProperty().get());
        assertEquals(audit, fixture.count("audit_log"));
        assertEquals(0, fixture.count("meeting_attendance"));
    }
}
