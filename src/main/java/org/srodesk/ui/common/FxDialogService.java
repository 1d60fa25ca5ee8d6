package org.srodesk.ui.common;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts and the platform's file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    /** @param owner the window dialogs belong to; asked each time, may return null before it shows */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        if (details != null) {
            StringWriter trace = new StringWriter();
            details.printStackTrace(new PrintWriter(trace));
            TextArea text = new TextArea(trace.toString());
            text.setEditable(false);
            text.setWrapText(false);
            text.setPrefRowCount(14);
            VBox.setVgrow(text, Priority.ALWAYS);
            VBox box = new VBox(6, new Label("Details for a bug report:"), text);
            alert.getDialogPane().setExpandableContent(box);
        }
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<String> choose(String title, String message, List<String> choices) {
        Alert alert = alert(Alert.AlertType.WARNING, title, message);
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            boolean last = i == choices.size() - 1 && choices.size() > 1;
            buttons.add(new ButtonType(choices.get(i), last ? ButtonData.CANCEL_CLOSE
                    : i == 0 ? ButtonData.OK_DONE : ButtonData.OTHER));
        }
        alert.getButtonTypes().setAll(buttons);
        // Four long choices ("Create a new empty database", …) came out as "Create a ...": once the buttons are styled
        // (a pulse after showing), the dialog widens to show every one in full, staying centred.
        javafx.scene.control.DialogPane pane = alert.getDialogPane();
        for (ButtonType type : buttons) {
            javafx.scene.control.ButtonBar.setButtonUniformSize(pane.lookupButton(type), false);
        }
        alert.setOnShown(shown -> javafx.application.Platform.runLater(() -> {
            double needed = pane.snappedLeftInset() + pane.snappedRightInset() + 40;
            for (ButtonType type : buttons) {
                if (pane.lookupButton(type) instanceof javafx.scene.layout.Region button) {
                    double full = Math.max(70, button.prefWidth(-1)); // 70: the button bar's own minimum
                    button.setMinWidth(full);
                    needed += full + 10;
                }
            }
            Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
            if (window != null && needed > pane.getWidth()) {
                double wider = needed - pane.getWidth();
                String width = String.valueOf(Math.ceil(needed));
                pane.setStyle("-fx-pref-width: " + width + "; -fx-max-width: " + width + ";");
                window.sizeToScene();
                window.setX(window.getX() - wider / 2);
            }
        }));
        return alert.showAndWait().map(ButtonType::getText);
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initialDirectory) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        existingDirectory(initialDirectory).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialDirectory, List<FileType> types) {
        return Optional.ofNullable(fileChooser(title, initialDirectory, types).showOpenDialog(owner.get()))
                .map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialDirectory, String suggestedName,
                                           List<FileType> types) {
        FileChooser chooser = fileChooser(title, initialDirectory, types);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    private FileChooser fileChooser(String title, Path initialDirectory, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        existingDirectory(initialDirectory).ifPresent(chooser::setInitialDirectory);
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        }
        return chooser;
    }

    private static Optional<File> existingDirectory(Path directory) {
        return Optional.ofNullable(directory).filter(Files::isDirectory).map(Path::toFile);
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.getDialogPane().setMinWidth(460);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().getStyleClass().add("sro-dialog");
        Theme.style(alert.getDialogPane());
        if (alert.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            AppIcons.apply(stage);
        }
        return alert;
    }
}
