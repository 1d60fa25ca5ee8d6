package org.srodesk.ui.timeoff;

import java.util.Optional;

import org.srodesk.domain.timeoff.PrincipalNotice;
import org.srodesk.service.DecisionOutcome;

/**
 * The time-off screen's own dialogs, opened only through this interface so that
 * {@link TimeOffViewModel} is tested without a window (tests pass a fake that drives the dialog
 * view models). The production implementation is {@link FxTimeOffDialogs}. Call on the JavaFX thread.
 */
public interface TimeOffDialogs {

    /** The new-request dialog; the outcome once a request was entered, empty when cancelled. */
    Optional<DecisionOutcome> showRequestDialog(RequestDialogViewModel viewModel);

    /** The decision dialog; the outcome once approved, denied or cancelled, empty when closed. */
    Optional<DecisionOutcome> showDecisionDialog(DecisionDialogViewModel viewModel);

    /**
     * Shows the notice as the principal will read it.
     *
     * @param sendLabel "Send now" (SMTP) or "Save .eml" (no server)
     * @return true to send now, false to leave it in the outbox
     */
    boolean showNoticePreview(PrincipalNotice notice, String sendLabel);

    /** Asks for the SMTP password (kept for this session only); empty when cancelled. */
    Optional<char[]> askSmtpPassword(String user, String host);

    /** The settings dialog; true when saved. */
    boolean showSettingsDialog(TimeOffSettingsViewModel viewModel);
}
