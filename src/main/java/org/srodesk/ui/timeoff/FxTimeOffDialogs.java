package org.srodesk.ui.timeoff;

import java.util.Optional;
import java.util.function.Supplier;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.srodesk.domain.timeoff.PrincipalNotice;
import org.srodesk.service.DecisionOutcome;
import org.srodesk.service.TimeOffSettingsService;
import org.srodesk.ui.common.BaseDialog;

/** {@link TimeOffDialogs} with real windows owned by the main window. */
public final class FxTimeOffDialogs implements TimeOffDialogs {

    private final Supplier<Window> owner;

    public FxTimeOffDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<DecisionOutcome> showRequestDialog(RequestDialogViewModel viewModel) {
        return new RequestDialog(owner.get(), viewModel).showAndWait();
    }

    @Override
    public Optional<DecisionOutcome> showDecisionDialog(DecisionDialogViewModel viewModel) {
        return new DecisionDialog(owner.get(), viewModel).showAndWait();
    }

    @Override
    public boolean showNoticePreview(PrincipalNotice notice, String sendLabel) {
        return new NoticePreview(owner.get(), notice, sendLabel).showAndWait().orElse(false);
    }

    @Override
    public Optional<char[]> askSmtpPassword(String user, String host) {
        return new PasswordPrompt(owner.get(), user, host).showAndWait();
    }

    @Override
    public boolean showSettingsDialog(TimeOffSettingsViewModel viewModel) {
        return new SettingsDialog(owner.get(), viewModel).showAndWait().orElse(false);
    }

    /** The e-mail as the principal will read it. */
    static final class NoticePreview extends BaseDialog<Boolean> {
        NoticePreview(Window owner, PrincipalNotice notice, String sendLabel) {
            super(owner, "Notice to the principal", sendLabel);
            getDialogPane().getButtonTypes().setAll(primaryButtonType(), new ButtonType("Later", ButtonData.CANCEL_CLOSE));
            GridPane head = new GridPane();
            head.getStyleClass().add("sro-form");
            head.add(caption("To"), 0, 0);
            head.add(new Label(notice.recipient()), 1, 0);
            head.add(caption("Subject"), 0, 1);
            Label subject = new Label(notice.subject());
            subject.setWrapText(true);
            head.add(subject, 1, 1);
            TextArea body = new TextArea(notice.body());
            body.setId("notice-body");
            body.setEditable(false);
            body.setWrapText(true);
            body.setPrefRowCount(14);
            Label later = new Label("Later keeps it in the outbox of the time-off screen.");
            later.getStyleClass().add("sro-hint");
            setContent(new VBox(10, head, body, later));
            getDialogPane().getStyleClass().add("sro-wide-dialog");
            setResultConverter(button -> button == primaryButtonType());
        }
    }

    /** Asks for the SMTP password; it is kept in memory for this session only. */
    static final class PasswordPrompt extends BaseDialog<char[]> {
        PasswordPrompt(Window owner, String user, String host) {
            super(owner, "Mail server password", "Send");
            PasswordField password = new PasswordField();
            password.setId("smtp-password");
            Label hint = new Label("Password of " + user + " on " + host + ". SRO Desk keeps it in memory until you"
                    + " close the application and never saves it.");
            hint.setWrapText(true);
            hint.getStyleClass().add("sro-hint");
            setContent(new VBox(10, password, hint));
            getDialogPane().setPrefWidth(440);
            setResultConverter(button -> button == primaryButtonType() ? password.getText().toCharArray() : null);
        }
    }

    /** N, M and the SMTP server; errors next to the fields. */
    static final class SettingsDialog extends BaseDialog<Boolean> {
        SettingsDialog(Window owner, TimeOffSettingsViewModel vm) {
            super(owner, "Time-off settings", "Save");
            Spinner<Integer> extended = spinner(1, 60, vm.extendedDaysProperty().get());
            extended.setId("settings-extended");
            extended.valueProperty().addListener((o, a, b) -> vm.extendedDaysProperty().set(b));
            Spinner<Integer> notice = spinner(0, 365, vm.noticeDaysProperty().get());
            notice.setId("settings-notice");
            notice.valueProperty().addListener((o, a, b) -> vm.noticeDaysProperty().set(b));
            TextField host = field(vm.hostProperty(), "smtp.example.org");
            Spinner<Integer> port = spinner(1, 65535, vm.portProperty().get());
            port.valueProperty().addListener((o, a, b) -> vm.portProperty().set(b));
            CheckBox tls = new CheckBox("Use STARTTLS");
            tls.selectedProperty().bindBidirectional(vm.startTlsProperty());
            TextField user = field(vm.userProperty(), "sergeant@police.example.org");
            TextField from = field(vm.fromProperty(), "sro-unit@police.example.org");
            GridPane form = new GridPane();
            form.getStyleClass().add("sro-form");
            int row = 0;
            row = add(form, row, "Extended absence: more than", extended, "school days in a row",
                    TimeOffSettingsService.FIELD_EXTENDED, vm);
            row = add(form, row, "Late notice: fewer than", notice, "days before the first day",
                    TimeOffSettingsService.FIELD_NOTICE, vm);
            row = add(form, row, "SMTP server", host, "empty: notices are saved as .eml files", "host", vm);
            row = add(form, row, "Port", port, "", TimeOffSettingsService.FIELD_PORT, vm);
            row = add(form, row, "", tls, "", "tls", vm);
            row = add(form, row, "User", user, "the password is asked when sending, never saved", "user", vm);
            add(form, row, "From", from, "", "from", vm);
            setContent(form);
            getDialogPane().getStyleClass().add("sro-wide-dialog");
            primaryButton().addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                vm.save(saved -> {
                    setResult(true);
                    close();
                });
            });
            setResultConverter(button -> false);
        }

        private static int add(GridPane form, int row, String label, javafx.scene.Node field, String hint, String key,
                               TimeOffSettingsViewModel vm) {
            form.add(caption(label), 0, row);
            form.add(field, 1, row);
            Label after = new Label(hint);
            after.getStyleClass().add("sro-hint");
            form.add(after, 2, row);
            Label error = new Label();
            error.getStyleClass().add("sro-field-error");
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            vm.fieldErrors().addListener((javafx.collections.MapChangeListener<String, String>) c ->
                    error.setText(vm.fieldErrors().getOrDefault(key, "")));
            form.add(error, 1, row + 1, 2, 1);
            return row + 2;
        }

        private static Spinner<Integer> spinner(int min, int max, int value) {
            Spinner<Integer> spinner = new Spinner<>(min, max, value);
            spinner.setEditable(true);
            spinner.setPrefWidth(110);
            return spinner;
        }

        private static TextField field(javafx.beans.property.StringProperty property, String prompt) {
            TextField field = new TextField();
            field.setPromptText(prompt);
            field.textProperty().bindBidirectional(property);
            return field;
        }
    }

    static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sro-form-label");
        return label;
    }
}
