package org.srodesk.ui.reassign;

import java.util.Optional;

import org.srodesk.domain.timeoff.PrincipalNotice;
import org.srodesk.service.ReassignmentOutcome;

/**
 * The Reassignments screen's own dialogs, opened only through this interface so that
 * {@link ReassignmentsViewModel} is tested without a window. Production: {@link FxReassignmentDialogs}.
 * Call on the JavaFX thread.
 */
public interface ReassignmentDialogs {

    /** The record / change dialog; the outcome once saved, empty when closed. */
    Optional<ReassignmentOutcome> showReassignmentDialog(ReassignmentDialogViewModel viewModel);

    /** End early or cancel; the outcome once saved, empty when closed. */
    Optional<ReassignmentOutcome> showEndDialog(EndReassignmentViewModel viewModel);

    /** The principal's notice as it will be read; true to send now, false to leave it in the outbox. */
    boolean showNoticePreview(PrincipalNotice notice, String sendLabel);

    /** Asks for the SMTP password (kept for this session only); empty when cancelled. */
    Optional<char[]> askSmtpPassword(String user, String host);
}
