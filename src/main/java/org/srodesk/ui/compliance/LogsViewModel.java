package org.srodesk.ui.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.srodesk.domain.Officer;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.compliance.MonthNames;
import org.srodesk.service.Actor;
import org.srodesk.service.compliance.LogRow;
import org.srodesk.service.compliance.MonthlyLogService;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.RoleGate;
import org.srodesk.ui.common.TaskRunner;

/** The monthly-logs tab: one month's logs of every officer, and the dialog that records one. */
public final class LogsViewModel {

    private final MonthlyLogService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ComplianceDialogs complianceDialogs;
    private final Actor actor;
    private final Supplier<List<Officer>> officers;
    private final Runnable afterChange;
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>(this, "month");
    private final ObservableList<LogRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<LogRow> selected = new SimpleObjectProperty<>(this, "selected");

    LogsViewModel(MonthlyLogService service, TaskRunner tasks, DialogService dialogs, ComplianceDialogs complianceDialogs,
                  Actor actor, Supplier<List<Officer>> officers, Runnable afterChange) {
        this.service = Objects.requireNonNull(service);
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.complianceDialogs = complianceDialogs;
        this.actor = actor;
        this.officers = officers;
        this.afterChange = afterChange;
        LocalDate today = service.today();
        List<YearMonth> choices = new ArrayList<>();
        for (YearMonth m = YearMonth.from(today); choices.size() < 15; m = m.minusMonths(1)) {
            choices.add(m);
        }
        months.setAll(choices);
        month.set(YearMonth.from(today).minusMonths(1));
        month.addListener((obs, old, now) -> load());
    }

    /** Reads every officer's log for the chosen month. */
    public void load() {
        YearMonth which = month.get();
        if (which == null) {
            rows.clear();
            return;
        }
        tasks.run("Reading the logs of " + MonthNames.of(which) + "…", () -> service.month(which), rows::setAll,
                e -> RoleGate.showFailure(dialogs, "Monthly logs", "The logs could not be read: " + e.getMessage(), e));
    }

    /** Opens the log dialog for the selected line (a correction when the log is recorded), or a blank one. */
    public void recordSelected() {
        if (!actor.may(Permission.SCHEDULE)) {
            return;
        }
        LogRow row = selected.get();
        LogDialogViewModel dialog = new LogDialogViewModel(service, tasks, actor, officers.get(), months);
        if (row != null) {
            dialog.preset(row.officer(), row.month(), row.log().orElse(null));
        } else {
            dialog.monthProperty().set(month.get());
        }
        complianceDialogs.showLogDialog(dialog).ifPresent(log -> {
            load();
            afterChange.run();
        });
    }

    public ObservableList<YearMonth> months() { return months; }
    public ObjectProperty<YearMonth> monthProperty() { return month; }
    public ObservableList<LogRow> rows() { return rows; }
    public ObjectProperty<LogRow> selectedProperty() { return selected; }
}
