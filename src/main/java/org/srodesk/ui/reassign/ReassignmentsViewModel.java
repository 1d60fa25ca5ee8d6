package org.srodesk.ui.reassign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.srodesk.domain.Officer;
import org.srodesk.domain.School;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.reassign.ReassignmentEvent;
import org.srodesk.domain.timeoff.PrincipalNotice;
import org.srodesk.export.notice.SmtpSettings;
import org.srodesk.service.Actor;
import org.srodesk.service.DeliveryResult;
import org.srodesk.service.PrincipalNoticeService;
import org.srodesk.service.ReassignmentFilter;
import org.srodesk.service.ReassignmentOutcome;
import org.srodesk.service.ReassignmentRow;
import org.srodesk.service.ReassignmentService;
import org.srodesk.service.ReassignmentTiming;
import org.srodesk.service.ReplanningFlag;
import org.srodesk.service.TimeOffSettingsService;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.RoleGate;
import org.srodesk.ui.common.TaskRunner;

/**
 * The Reassignments screen: current, upcoming, past and cancelled reassignments with filters and
 * what each leaves uncovered; the history of the selected one; the coverage re-planning flag; and the
 * commands that open the record / change, end-early and cancel dialogs. Principal notices queued with
 * a change are previewed and sent through the shared outbox ({@link PrincipalNoticeService}).
 *
 * <p>The roster opens the dialog for a selected officer and days with {@link #recordFor(long, LocalDate, LocalDate)}.
 */
public final class ReassignmentsViewModel {

    private final ReassignmentService service;
    private final PrincipalNoticeService notices;
    private final TimeOffSettingsService settings;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ReassignmentDialogs reassignmentDialogs;
    private final Actor actor;

    private final ObservableList<ReassignmentRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Officer> officers = FXCollections.observableArrayList();
    private final ObservableList<School> schools = FXCollections.observableArrayList();
    private final ObservableList<ReassignmentEvent> history = FXCollections.observableArrayList();
    private final ObjectProperty<ReassignmentTiming> timingFilter = new SimpleObjectProperty<>(this, "timingFilter");
    private final ObjectProperty<Officer> officerFilter = new SimpleObjectProperty<>(this, "officerFilter");
    private final StringProperty destinationFilter = new SimpleStringProperty(this, "destinationFilter", "");
    private final ObjectProperty<LocalDate> fromFilter = new SimpleObjectProperty<>(this, "fromFilter");
    private final ObjectProperty<LocalDate> toFilter = new SimpleObjectProperty<>(this, "toFilter");
    private final ObjectProperty<ReassignmentRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Optional<ReplanningFlag>> replanning =
            new ReadOnlyObjectWrapper<>(this, "replanning", Optional.empty());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ReassignmentsViewModel(ReassignmentService service, PrincipalNoticeService notices,
                                  TimeOffSettingsService settings, TaskRunner tasks, DialogService dialogs,
                                  ReassignmentDialogs reassignmentDialogs, Actor actor) {
        this.service = Objects.requireNonNull(service);
        this.notices = Objects.requireNonNull(notices);
        this.settings = Objects.requireNonNull(settings);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.reassignmentDialogs = Objects.requireNonNull(reassignmentDialogs);
        this.actor = Objects.requireNonNull(actor);
        timingFilter.addListener((obs, old, now) -> reloadRows());
        officerFilter.addListener((obs, old, now) -> reloadRows());
        destinationFilter.addListener((obs, old, now) -> reloadRows());
        fromFilter.addListener((obs, old, now) -> reloadRows());
        toFilter.addListener((obs, old, now) -> reloadRows());
        selected.addListener((obs, old, row) -> loadHistory(row));
    }

    /** Loads officers, schools, the list and the re-planning flag. */
    public void load() {
        tasks.run("Loading officers and schools…", () -> List.of(service.officers(), service.schools()), both -> {
            @SuppressWarnings("unchecked")
            List<Officer> o = (List<Officer>) both.get(0);
            @SuppressWarnings("unchecked")
            List<School> s = (List<School>) both.get(1);
            officers.setAll(o);
            schools.setAll(s);
        }, this::failed);
        reloadRows();
    }

    /** Reloads the list with the current filters, and the re-planning flag. */
    public void reloadRows() {
        ReassignmentFilter filter = new ReassignmentFilter(timingFilter.get(),
                officerFilter.get() == null ? null : officerFilter.get().id(), destinationFilter.get(),
                fromFilter.get(), toFilter.get());
        tasks.run("Loading reassignments…", () -> service.list(filter), found -> {
            Long keep = selected.get() == null ? null : selected.get().reassignment().id();
            rows.setAll(found);
            selected.set(keep == null ? null
                    : found.stream().filter(r -> r.reassignment().id() == keep).findFirst().orElse(null));
        }, this::failed);
        tasks.run("Reading the coverage flag…", service::replanningFlag, replanning::set, this::failed);
    }

    public void clearFilters() {
        timingFilter.set(null);
        officerFilter.set(null);
        destinationFilter.set("");
        fromFilter.set(null);
        toFilter.set(null);
    }

    private void loadHistory(ReassignmentRow row) {
        if (row == null) {
            history.clear();
            return;
        }
        long id = row.reassignment().id();
        tasks.run("Reading the history…", () -> service.history(id), events -> {
            if (selected.get() != null && selected.get().reassignment().id() == id) {
                history.setAll(events);
            }
        }, this::failed);
    }

    /** Opens the dialog for a new reassignment, for the officer the filter names, if any. */
    public void recordNew() {
        if (!canRecordReassignments()) {
            return;
        }
        ReassignmentDialogViewModel dialog = newDialog();
        if (officerFilter.get() != null) {
            dialog.officerProperty().set(officerFilter.get());
        }
        reassignmentDialogs.showReassignmentDialog(dialog).ifPresent(this::afterChange);
    }

    /**
     * The roster's entry point: opens the dialog for a new reassignment of officer {@code officerId}
     * from {@code first} to {@code last} (null: open-ended). Call on the JavaFX thread; the dialog opens once
     * the officers and schools are read.
     */
    public void recordFor(long officerId, LocalDate first, LocalDate last) {
        if (!canRecordReassignments()) {
            return;
        }
        // Officers and schools are read afresh: the roster may call before this screen was ever opened.
        tasks.run("Loading officers and schools…", () -> List.of(service.officers(), service.schools()), both -> {
            @SuppressWarnings("unchecked")
            List<Officer> o = (List<Officer>) both.get(0);
            @SuppressWarnings("unchecked")
            List<School> s = (List<School>) both.get(1);
            officers.setAll(o);
            schools.setAll(s);
            ReassignmentDialogViewModel dialog = newDialog();
            dialog.preset(officerId, first, last);
            dialog.check();
            reassignmentDialogs.showReassignmentDialog(dialog).ifPresent(this::afterChange);
        }, this::failed);
    }

    private ReassignmentDialogViewModel newDialog() {
        return new ReassignmentDialogViewModel(service, tasks, actor, List.copyOf(officers), List.copyOf(schools));
    }

    /** Opens the change dialog on the selected reassignment (current or upcoming only). */
    public void editSelected() {
        ReassignmentRow row = selected.get();
        if (row == null || !row.timing().isOpen() || !canRecordReassignments()) {
            return;
        }
        ReassignmentDialogViewModel dialog = new ReassignmentDialogViewModel(service, tasks, actor,
                List.copyOf(officers), List.copyOf(schools), row.reassignment());
        dialog.check();
        reassignmentDialogs.showReassignmentDialog(dialog).ifPresent(this::afterChange);
    }

    public void endSelected() {
        openEnd(false);
    }

    public void cancelSelected() {
        openEnd(true);
    }

    private void openEnd(boolean cancelling) {
        ReassignmentRow row = selected.get();
        if (row == null || !row.timing().isOpen() || !canRecordReassignments()) {
            return;
        }
        reassignmentDialogs.showEndDialog(new EndReassignmentViewModel(service, tasks, actor, row, cancelling,
                service.today())).ifPresent(this::afterChange);
    }

    /** The sergeant re-planned coverage: clears the flag. */
    public void clearReplanning() {
        if (!canSchedule()) {
            return;
        }
        tasks.run("Clearing the coverage flag…", () -> {
            service.clearReplanningFlag(actor);
            return Optional.<ReplanningFlag>empty();
        }, replanning::set, this::failed);
    }

    private void afterChange(ReassignmentOutcome outcome) {
        var r = outcome.reassignment();
        List<String> parts = new ArrayList<>();
        parts.add("Reassignment #" + r.id() + " saved.");
        if (outcome.releasedCoverage() > 0) {
            parts.add("Released " + outcome.releasedCoverage() + " day(s) of rover coverage.");
        }
        if (!outcome.replanning().isEmpty()) {
            parts.add(outcome.replanning());
        }
        message.set(String.join(" ", parts));
        reloadRows();
        if (!outcome.noticeGap().isEmpty()) {
            dialogs.showInformation("No principal notice", outcome.noticeGap());
        }
        for (PrincipalNotice notice : outcome.notices()) {
            previewAndSend(notice);
        }
    }

    /** Shows a queued notice; sends it (or saves the .eml) when the sergeant says so, else it stays in the outbox. */
    public void previewAndSend(PrincipalNotice notice) {
        if (!canSchedule()) {
            // Sending principal notices is the sergeant's: the notice waits in the outbox.
            message.set(message.get() + " The notice to " + notice.recipient()
                    + " waits in the outbox of the Time off screen for the sergeant.");
            return;
        }
        tasks.run("Reading settings…", settings::load, current -> {
            String label = current.smtp().isConfigured() ? "Send now" : "Save .eml";
            if (reassignmentDialogs.showNoticePreview(notice, label)) {
                send(notice, current.smtp());
            } else {
                message.set(message.get() + " The notice to " + notice.recipient()
                        + " waits in the outbox of the Time off screen.");
            }
        }, this::failed);
    }

    private void send(PrincipalNotice notice, SmtpSettings smtp) {
        tasks.run("Checking the mail server…", notices::needsPassword, needs -> {
            if (needs) {
                Optional<char[]> password = reassignmentDialogs.askSmtpPassword(smtp.user(), smtp.host());
                if (password.isEmpty()) {
                    message.set("Not sent: the notice waits in the outbox of the Time off screen.");
                    return;
                }
                notices.rememberPassword(password.get());
                java.util.Arrays.fill(password.get(), '\0');
            }
            tasks.run("Sending the principal notice…", () -> notices.deliver(notice.id(), actor), result -> {
                message.set(result.message());
                if (result.outcome() == DeliveryResult.Outcome.FAILED) {
                    dialogs.showError("Notice not sent", result.message());
                }
            }, this::failed);
        }, this::failed);
    }

    private void failed(Throwable error) {
        RoleGate.showFailure(dialogs, "Reassignments", "Something went wrong: " + error.getMessage(), error);
    }

    /** Recording, changing, ending and cancelling reassignments. */
    public boolean canRecordReassignments() {
        return actor.may(Permission.RECORD_REASSIGNMENT);
    }

    /** Clearing the coverage re-planning flag and sending principal notices: the sergeant's scheduling. */
    public boolean canSchedule() {
        return actor.may(Permission.SCHEDULE);
    }

    public Actor actor() {
        return actor;
    }

    public ObservableList<ReassignmentRow> rows() { return rows; }
    public ObservableList<Officer> officers() { return officers; }
    public ObservableList<ReassignmentEvent> history() { return history; }
    public ObjectProperty<ReassignmentTiming> timingFilterProperty() { return timingFilter; }
    public ObjectProperty<Officer> officerFilterProperty() { return officerFilter; }
    public StringProperty destinationFilterProperty() { return destinationFilter; }
    public ObjectProperty<LocalDate> fromFilterProperty() { return fromFilter; }
    public ObjectProperty<LocalDate> toFilterProperty() { return toFilter; }
    public ObjectProperty<ReassignmentRow> selectedProperty() { return selected; }
    /** The coverage re-planning flag, empty when nothing waits. */
    public ReadOnlyObjectProperty<Optional<ReplanningFlag>> replanningProperty() { return replanning.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
