package org.srodesk.ui.timeoff;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.srodesk.domain.Officer;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.timeoff.PrincipalNotice;
import org.srodesk.service.Actor;
import org.srodesk.service.DecisionOutcome;
import org.srodesk.service.DeliveryResult;
import org.srodesk.service.PrincipalNoticeService;
import org.srodesk.service.TimeOffFilter;
import org.srodesk.service.TimeOffRow;
import org.srodesk.service.TimeOffService;
import org.srodesk.service.TimeOffSettingsService;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.RoleGate;
import org.srodesk.ui.common.TaskRunner;

/**
 * The time-off screen: the list of requests (pending first, then by first day) with its filters,
 * the pending count for the navigation badge, the principal-notice outbox, and the commands that
 * open the request, decision and settings dialogs. All service calls go through the {@link TaskRunner}.
 */
public final class TimeOffViewModel {

    private final TimeOffService service;
    private final PrincipalNoticeService notices;
    private final TimeOffSettingsService settings;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final TimeOffDialogs timeOffDialogs;
    private final Actor actor;

    private final ObservableList<TimeOffRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Officer> officers = FXCollections.observableArrayList();
    private final ObservableList<PrincipalNotice> outbox = FXCollections.observableArrayList();
    private final ObjectProperty<TimeOffStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObjectProperty<TimeOffKind> kindFilter = new SimpleObjectProperty<>(this, "kindFilter");
    private final ObjectProperty<Officer> officerFilter = new SimpleObjectProperty<>(this, "officerFilter");
    private final ObjectProperty<LocalDate> fromFilter = new SimpleObjectProperty<>(this, "fromFilter");
    private final ObjectProperty<LocalDate> toFilter = new SimpleObjectProperty<>(this, "toFilter");
    private final ObjectProperty<TimeOffRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyIntegerWrapper pendingCount = new ReadOnlyIntegerWrapper(this, "pendingCount");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final StringBinding pendingBadge = Bindings.createStringBinding(
            () -> pendingCount.get() == 0 ? "" : Integer.toString(pendingCount.get()), pendingCount);

    public TimeOffViewModel(TimeOffService service, PrincipalNoticeService notices, TimeOffSettingsService settings,
                            TaskRunner tasks, DialogService dialogs, TimeOffDialogs timeOffDialogs, Actor actor) {
        this.service = Objects.requireNonNull(service);
        this.notices = Objects.requireNonNull(notices);
        this.settings = Objects.requireNonNull(settings);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.timeOffDialogs = Objects.requireNonNull(timeOffDialogs);
        this.actor = Objects.requireNonNull(actor);
        statusFilter.addListener((obs, old, now) -> reloadRows());
        kindFilter.addListener((obs, old, now) -> reloadRows());
        officerFilter.addListener((obs, old, now) -> reloadRows());
        fromFilter.addListener((obs, old, now) -> reloadRows());
        toFilter.addListener((obs, old, now) -> reloadRows());
    }

    /** Loads officers, the list, the pending count and the outbox. */
    public void load() {
        tasks.run("Loading officers…", service::officers, officers::setAll, this::failed);
        reloadRows();
        refreshOutbox();
    }

    /** Reloads the list with the current filters, and the pending count. */
    public void reloadRows() {
        TimeOffFilter filter = new TimeOffFilter(statusFilter.get(), kindFilter.get(),
                officerFilter.get() == null ? null : officerFilter.get().id(), fromFilter.get(), toFilter.get());
        tasks.run("Loading time off…", () -> service.list(filter), found -> {
            Long keep = selected.get() == null ? null : selected.get().request().id();
            rows.setAll(found);
            selected.set(keep == null ? null
                    : found.stream().filter(r -> r.request().id() == keep).findFirst().orElse(null));
        }, this::failed);
        refreshPendingCount();
    }

    /** Counts pending requests (for the badge); cheap, called after every change. */
    public void refreshPendingCount() {
        tasks.run("Counting pending requests…", service::pendingCount, pendingCount::set, this::failed);
    }

    public void clearFilters() {
        statusFilter.set(null);
        kindFilter.set(null);
        officerFilter.set(null);
        fromFilter.set(null);
        toFilter.set(null);
    }

    /** Opens the new-request dialog, for the selected officer if the filter names one. */
    public void newRequest() {
        if (!canSchedule()) {
            return;
        }
        RequestDialogViewModel dialog = new RequestDialogViewModel(service, tasks, actor, List.copyOf(officers));
        if (officerFilter.get() != null) {
            dialog.officerProperty().set(officerFilter.get());
        }
        timeOffDialogs.showRequestDialog(dialog).ifPresent(this::afterChange);
    }

    /** Opens the decision dialog on the selected request. */
    public void decideSelected() {
        TimeOffRow row = selected.get();
        if (row == null || !canSchedule()) {
            return;
        }
        DecisionDialogViewModel dialog = new DecisionDialogViewModel(service, tasks, actor, row);
        dialog.loadFindings();
        timeOffDialogs.showDecisionDialog(dialog).ifPresent(this::afterChange);
    }

    private void afterChange(DecisionOutcome outcome) {
        message.set(describe(outcome));
        reloadRows();
        if (outcome.notice().isPresent()) {
            previewAndSend(outcome.notice().get());
        } else if (!outcome.noticeGap().isEmpty()) {
            dialogs.showInformation("No principal notice", outcome.noticeGap());
        }
        refreshOutbox();
    }

    private static String describe(DecisionOutcome outcome) {
        var request = outcome.request();
        return "Request #" + request.id() + " is now " + request.status().name().toLowerCase() + ".";
    }

    /** Shows the notice; sends it (or saves the .eml) when the sergeant says so, else it stays in the outbox. */
    public void previewAndSend(PrincipalNotice notice) {
        if (!canSchedule()) {
            return;
        }
        tasks.run("Reading settings…", settings::load, current -> {
            String label = current.smtp().isConfigured() ? "Send now" : "Save .eml";
            if (timeOffDialogs.showNoticePreview(notice, label)) {
                send(List.of(notice.id()));
            } else {
                message.set("The notice to " + notice.recipient() + " waits in the outbox.");
                refreshOutbox();
            }
        }, this::failed);
    }

    /** Retries every notice in the outbox. */
    public void sendOutbox() {
        send(outbox.stream().map(PrincipalNotice::id).toList());
    }

    private void send(List<Long> ids) {
        if (ids.isEmpty() || !canSchedule()) {
            return;
        }
        tasks.run("Checking the mail server…",
                () -> notices.needsPassword() ? java.util.Optional.of(settings.load().smtp()) : java.util.Optional.empty(),
                asking -> {
            if (asking.isPresent()) {
                var current = (org.srodesk.export.notice.SmtpSettings) asking.get();
                var password = timeOffDialogs.askSmtpPassword(current.user(), current.host());
                if (password.isEmpty()) {
                    message.set("Not sent: the notices wait in the outbox.");
                    return;
                }
                notices.rememberPassword(password.get());
                java.util.Arrays.fill(password.get(), '\0');
            }
            tasks.run("Sending principal notices…", () -> ids.stream().map(id -> notices.deliver(id, actor)).toList(), results -> {
                message.set(results.stream().map(DeliveryResult::message).reduce((a, b) -> a + " " + b).orElse(""));
                results.stream().filter(r -> r.outcome() == DeliveryResult.Outcome.FAILED).findFirst()
                        .ifPresent(r -> dialogs.showError("Notice not sent", r.message()));
                refreshOutbox();
            }, this::failed);
        }, this::failed);
    }

    /** Reloads the outbox (queued and failed notices). */
    public void refreshOutbox() {
        tasks.run("Reading the outbox…", notices::pending, outbox::setAll, this::failed);
    }

    public void openSettings() {
        if (!canChangeSettings()) {
            return;
        }
        tasks.run("Reading settings…", settings::load, current -> {
            if (timeOffDialogs.showSettingsDialog(new TimeOffSettingsViewModel(settings, tasks, current, actor))) {
                message.set("Settings saved.");
            }
        }, this::failed);
    }

    private void failed(Throwable error) {
        RoleGate.showFailure(dialogs, "Time off", "Something went wrong: " + error.getMessage(), error);
    }

    /** Requests, decisions (approve, deny, cancel) and sending principal notices. */
    public boolean canSchedule() {
        return actor.may(Permission.SCHEDULE);
    }

    /** The time-off rules and the notice mail settings. */
    public boolean canChangeSettings() {
        return actor.may(Permission.CHANGE_SETTINGS);
    }

    public Actor actor() {
        return actor;
    }

    public ObservableList<TimeOffRow> rows() { return rows; }
    public ObservableList<Officer> officers() { return officers; }
    public ObservableList<PrincipalNotice> outbox() { return outbox; }
    public ObjectProperty<TimeOffStatus> statusFilterProperty() { return statusFilter; }
    public ObjectProperty<TimeOffKind> kindFilterProperty() { return kindFilter; }
    public ObjectProperty<Officer> officerFilterProperty() { return officerFilter; }
    public ObjectProperty<LocalDate> fromFilterProperty() { return fromFilter; }
    public ObjectProperty<LocalDate> toFilterProperty() { return toFilter; }
    public ObjectProperty<TimeOffRow> selectedProperty() { return selected; }
    public ReadOnlyIntegerProperty pendingCountProperty() { return pendingCount.getReadOnlyProperty(); }
    /** The navigation badge: the pending count, "" when none. */
    public StringBinding pendingBadgeProperty() { return pendingBadge; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public String notesFolder() { return notices.folder().toString(); }
}
