package org.srodesk.ui.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.srodesk.domain.UnitEvent;
import org.srodesk.domain.compliance.AttendanceRate;
import org.srodesk.domain.compliance.MonthlyLog;
import org.srodesk.domain.compliance.TrainingCompletion;
import org.srodesk.domain.compliance.TrainingCourse;

/**
 * {@link ComplianceDialogs} for view-model tests: each dialog runs a script against its view model
 * (fill the fields, submit) and returns what the submit committed, as the real dialog would.
 */
final class ScriptedComplianceDialogs implements ComplianceDialogs {

    final List<Object> opened = new ArrayList<>();
    Consumer<CompletionDialogViewModel> completion = vm -> { };
    Consumer<LogDialogViewModel> log = vm -> { };
    Consumer<CourseDialogViewModel> course = vm -> { };

    @Override
    public Optional<TrainingCompletion> showCompletionDialog(CompletionDialogViewModel viewModel) {
        opened.add(viewModel);
        completion.accept(viewModel);
        AtomicReference<TrainingCompletion> done = new AtomicReference<>();
        viewModel.submit(done::set);
        return Optional.ofNullable(done.get());
    }

    @Override
    public Optional<MonthlyLog> showLogDialog(LogDialogViewModel viewModel) {
        opened.add(viewModel);
        log.accept(viewModel);
        AtomicReference<MonthlyLog> done = new AtomicReference<>();
        viewModel.submit(done::set);
        return Optional.ofNullable(done.get());
    }

    @Override
    public Optional<TrainingCourse> showCourseDialog(CourseDialogViewModel viewModel) {
        opened.add(viewModel);
        course.accept(viewModel);
        AtomicReference<TrainingCourse> done = new AtomicReference<>();
        viewModel.submit(done::set);
        return Optional.ofNullable(done.get());
    }

    @Override
    public Optional<UnitEvent> showRescheduleDialog(RescheduleDialogViewModel viewModel) {
        opened.add(viewModel);
        return Optional.empty();
    }

    @Override
    public Optional<AttendanceRate> showAttendanceDialog(AttendanceDialogViewModel viewModel) {
        opened.add(viewModel);
        return Optional.empty();
    }
}
