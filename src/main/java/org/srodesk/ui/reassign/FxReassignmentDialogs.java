package org.srodesk.ui.reassign;

import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.Window;

import org.srodesk.domain.timeoff.PrincipalNotice;
import org.srodesk.service.ReassignmentOutcome;
import org.srodesk.ui.timeoff.FxTimeOffDialogs;

/**
 * {@link ReassignmentDialogs} with real windows owned by the main window. The notice preview and the
 * SMTP password prompt are the time-off screen's, so principal notices look the same whatever caused them.
 */
public final class FxReassignmentDialogs implements ReassignmentDialogs {

    private final Supplier<Window> owner;
    private final FxTimeOffDialogs notices;

    public FxReassignmentDialogs(Supplier<Window> owner) {
        this.owner = owner;
        this.notices = new FxTimeOffDialogs(owner);
    }

    @Override
    public Optional<ReassignmentOutcome> showReassignmentDialog(ReassignmentDialogViewModel viewModel) {
        return new ReassignmentDialog(owner.get(), viewModel).showAndWait();
    }

    @Override
    public Optional<ReassignmentOutcome> showEndDialog(EndReassignmentViewModel viewModel) {
        return new EndReassignmentDialog(owner.get(), viewModel).showAndWait();
    }

    @Override
    public boolean showNoticePreview(PrincipalNotice notice, String sendLabel) {
        return notices.showNoticePreview(notice, sendLabel);
    }

    @Override
    public Optional<char[]> askSmtpPassword(String user, String host) {
        return notices.askSmtpPassword(user, host);
    }
}
