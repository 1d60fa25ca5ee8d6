package org.srodesk.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A {@link DialogService} for view-model tests: records what was shown and answers from a script. */
public final class RecordingDialogService implements DialogService {

    /** One dialog that was shown. */
    public record Shown(String kind, String title, String message, Throwable details) {
    }

    public final List<Shown> shown = new ArrayList<>();
    public final Deque<String> choiceAnswers = new ArrayDeque<>();
    public final Deque<Optional<Path>> pathAnswers = new ArrayDeque<>();
    public boolean confirmAnswer;

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message, null));
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        shown.add(new Shown("error", title, message, details));
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(new Shown("information", title, message, null));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        shown.add(new Shown("confirm", title, message, null));
        return confirmAnswer;
    }

    @Override
    public Optional<String> choose(String title, String message, List<String> choices) {
        shown.add(new Shown("choose", title, message, null));
        return Optional.ofNullable(choiceAnswers.poll());
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initialDirectory) {
        shown.add(new Shown("chooseDirectory", title, "", null));
        return pathAnswers.isEmpty() ? Optional.empty() : pathAnswers.poll();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialDirectory, List<FileType> types) {
        shown.add(new Shown("chooseFileToOpen", title, "", null));
        return pathAnswers.isEmpty() ? Optional.empty() : pathAnswers.poll();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialDirectory, String suggestedName,
                                           List<FileType> types) {
        shown.add(new Shown("chooseFileToSave", title, "", null));
        return pathAnswers.isEmpty() ? Optional.empty() : pathAnswers.poll();
    }

    public Shown last() {
        return shown.get(shown.size() - 1);
    }
}
