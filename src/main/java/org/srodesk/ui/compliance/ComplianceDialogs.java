package org.srodesk.ui.compliance;

import java.util.Optional;

import org.srodesk.domain.UnitEvent;
import org.srodesk.domain.compliance.AttendanceRate;
import org.srodesk.domain.compliance.MonthlyLog;
import org.srodesk.domain.compliance.TrainingCompletion;
import org.srodesk.domain.compliance.TrainingCourse;

/**
 * The compliance screen's own dialogs, opened only through this interface so the view models are
 * tested without a window; {@link FxComplianceDialogs} shows real ones. Each returns what was
 * committed, or empty when cancelled. Call on the JavaFX thread.
 */
public interface ComplianceDialogs {

    Optional<TrainingCompletion> showCompletionDialog(CompletionDialogViewModel viewModel);

    Optional<MonthlyLog> showLogDialog(LogDialogViewModel viewModel);

    Optional<UnitEvent> showRescheduleDialog(RescheduleDialogViewModel viewModel);

    Optional<AttendanceRate> showAttendanceDialog(AttendanceDialogViewModel viewModel);

    Optional<TrainingCourse> showCourseDialog(CourseDialogViewModel viewModel);
}
