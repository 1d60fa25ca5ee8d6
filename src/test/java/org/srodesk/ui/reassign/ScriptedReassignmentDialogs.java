package org.srodesk.ui.reassign;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.srodesk.domain.timeoff.PrincipalNotice;
import org.srodesk.service.ReassignmentOutcome;

/**
 * {@link ReassignmentDialogs} for view-model tests: each dialog runs a script on its view model
 * (fill in, submit) and returns what the submit delivered, as the real dialog would.
 */
final class ScriptedReassignmentDialogs implements ReassignmentDialogs {

    Consumer<ReassignmentDialogViewModel> onReassignment = vm -> { };
    Consumer<EndReassignmentViewModel> onEnd = vm -> { };
    boolean sendNotices;
    final List<ReassignmentDialogViewModel> opened = new ArrayList<>();
    final List<PrincipalNotice> previewed = new ArrayList<>();

    @Override
    public Optional<ReassignmentOutcome> showReassignmentDialog(ReassignmentDialogViewModel viewModel) {
        opened.add(viewModel);
        onReassignment.accept(viewModel);
        List<ReassignmentOutcome> result = new ArrayList<>();
        viewModel.submit(result::add);
        return result.stream().findFirst();
    }

    @Override
    public Optional<ReassignmentOutcome> showEndDialog(EndReassignmentViewModel viewModel) {
        onEnd.accept(viewModel);
        List<ReassignmentOutcome> result = new ArrayList<>();
        viewModel.submit(result::add);
        return result.stream().findFirst();
    }

    @Override
    public boolean showNoticePreview(PrincipalNotice notice, String sendLabel) {
        previewed.add(notice);
        return sendNotices;
    }

    @Override
    public Optional<char[]> askSmtpPassword(String user, String host) {
        return Optional.empty();
    }
}
