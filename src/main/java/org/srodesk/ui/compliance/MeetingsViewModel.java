package org.srodesk.ui.compliance;

import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.srodesk.domain.account.Permission;
import org.srodesk.domain.compliance.MeetingRule;
import org.srodesk.domain.compliance.SchoolYear;
import org.srodesk.service.Actor;
import org.srodesk.service.compliance.MeetingRow;
import org.srodesk.service.compliance.MeetingService;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.RoleGate;
import org.srodesk.ui.common.TaskRunner;

/** The unit-meetings tab: the school year's meetings, moving one, adding missing months, taking attendance. */
public final class MeetingsViewModel {

    private final MeetingService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ComplianceDialogs complianceDialogs;
    private final Actor actor;
    private final Runnable afterChange;
    private final ObjectProperty<SchoolYear> year = new SimpleObjectProperty<>(this, "year");
    private final ObservableList<MeetingRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<MeetingRow> selected = new SimpleObjectProperty<>(this, "selected");

    MeetingsViewModel(MeetingService service, TaskRunner tasks, DialogService dialogs,
                      ComplianceDialogs complianceDialogs, Actor actor, Runnable afterChange) {
        this.service = Objects.requireNonNull(service);
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.complianceDialogs = complianceDialogs;
        this.actor = actor;
        this.afterChange = afterChange;
        year.set(SchoolYear.containing(service.today()));
        year.addListener((obs, old, now) -> load());
    }

    public void load() {
        SchoolYear which = year.get();
        tasks.run("Reading unit meetings…", () -> service.meetings(which), rows::setAll, this::failed);
    }

    /** Adds a meeting by the default rule to each school month of the year that has none. */
    public void addMissingMeetings() {
        if (!mayChange()) {
            return;
        }
        SchoolYear which = year.get();
        tasks.run("Planning meetings…", () -> service.addMissingMeetings(which, actor), added -> {
            dialogs.showInformation("Unit meetings", added.isEmpty()
                    ? "Every school month of " + which.label() + " already has its meeting."
                    : added.size() + " meetings added (" + MeetingRule.DEFAULT.describe() + ").");
            load();
        }, this::failed);
    }

    public void rescheduleSelected() {
        if (!mayChange()) {
            return;
        }
        MeetingRow row = selected.get();
        if (row != null) {
            complianceDialogs.showRescheduleDialog(new RescheduleDialogViewModel(service, tasks, row, actor))
                    .ifPresent(moved -> load());
        }
    }

    public void takeAttendance() {
        MeetingRow row = selected.get();
        if (row == null || !mayChange()) {
            return;
        }
        AttendanceDialogViewModel dialog = new AttendanceDialogViewModel(service, tasks, actor, row);
        dialog.load();
        complianceDialogs.showAttendanceDialog(dialog).ifPresent(rate -> {
            load();
            afterChange.run();
        });
    }

    private void failed(Throwable error) {
        RoleGate.showFailure(dialogs, "Unit meetings", "Something went wrong: " + error.getMessage(), error);
    }

    /** Planning, moving and taking attendance at meetings is scheduling. */
    public boolean mayChange() {
        return actor.may(Permission.SCHEDULE);
    }

    public ObjectProperty<SchoolYear> yearProperty() { return year; }
    public ObservableList<MeetingRow> rows() { return rows; }
    public ObjectProperty<MeetingRow> selectedProperty() { return selected; }
}
