package org.srodesk.ui.common;

import java.util.function.Consumer;

import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The base of SRO Desk's own dialogs (time off, reassignment, …): themed, with the app icon, an
 * owner, a primary button and Cancel. Subclasses set their content and convert the result in
 * their view model; open them only through {@link DialogService} or a view model's request.
 *
 * <pre>{@code
 * class TimeOffDialog extends BaseDialog<TimeOffRequest> {
 *     TimeOffDialog(Window owner, TimeOffDialogViewModel vm) {
 *         super(owner, "Request time off", "Save");
 *         setContent(form);
 *         disablePrimaryWhen(validation.invalidProperty());   // ControlsFX ValidationSupport
 *         setResultConverter(b -> b == primaryButtonType() ? vm.toRequest() : null);
 *     }
 * }
 * }</pre>
 */
public abstract class BaseDialog<R> extends Dialog<R> {

    private final ButtonType primary;

    protected BaseDialog(Window owner, String title, String primaryLabel) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(title);
        setHeaderText(title);
        setResizable(true);
        primary = new ButtonType(primaryLabel, ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(primary, ButtonType.CANCEL);
        getDialogPane().getStyleClass().add("sro-dialog");
        Theme.style(getDialogPane());
        if (getDialogPane().getScene().getWindow() instanceof Stage stage) {
            AppIcons.apply(stage);
        }
    }

    protected final void setContent(Node content) {
        getDialogPane().setContent(content);
    }

    protected final ButtonType primaryButtonType() {
        return primary;
    }

    protected final Button primaryButton() {
        return (Button) getDialogPane().lookupButton(primary);
    }

    /**
     * The primary button no longer closes the dialog by itself: it hands {@code submit} a callback,
     * and the dialog closes with that callback's result only when the view model calls it (after a
     * successful save off the JavaFX thread). A refused save leaves the dialog open with its messages.
     */
    protected final void submitOnPrimary(Consumer<Consumer<R>> submit) {
        primaryButton().addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            submit.accept(result -> {
                setResult(result);
                close();
            });
        });
        setResultConverter(button -> null);
    }

    /** Keeps the primary button disabled while {@code invalid} is true (e.g. ValidationSupport#invalidProperty). */
    protected final void disablePrimaryWhen(ObservableBooleanValue invalid) {
        primaryButton().disableProperty().bind(invalid);
    }
}
