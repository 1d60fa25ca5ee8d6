package org.srodesk.ui.roster;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.Officer;
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.School;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.roster.CellStory;
import org.srodesk.domain.roster.RosterFilter;
import org.srodesk.domain.roster.RosterModel;
import org.srodesk.domain.roster.RosterRow;
import org.srodesk.service.Actor;
import org.srodesk.service.AssignmentChangeException;
import org.srodesk.service.AssignmentService;
import org.srodesk.service.Actor;
import org.srodesk.service.RosterService;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.FileType;
import org.srodesk.ui.common.RoleGate;
import org.srodesk.ui.common.TaskRunner;

/**
 * The roster screen's state and commands; the only roster class that calls services. Like
 * CalendarFX's load events, it asks for exactly the period on screen, loads and resolves it off the
 * FX thread through the {@link TaskRunner}, and applies the result in one batch (model, rows,
 * selection). Filtering and search work on the loaded model without touching the database.
 */
public final class RosterViewModel {

    private final RosterService rosterService;
    private final AssignmentService assignmentService;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;
    private final Actor actor;

    private final ObjectProperty<RosterPeriod> periodKind = new SimpleObjectProperty<>(this, "periodKind", RosterPeriod.MONTH);
    private final ObjectProperty<LocalDate> anchorDate = new SimpleObjectProperty<>(this, "anchorDate");
    private final ReadOnlyObjectWrapper<DateRange> period = new ReadOnlyObjectWrapper<>(this, "period");
    private final ReadOnlyStringWrapper periodTitle = new ReadOnlyStringWrapper(this, "periodTitle", "");
    private final ReadOnlyObjectWrapper<RosterModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ObservableList<RosterRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> zones = FXCollections.observableArrayList();
    private final ObjectProperty<OfficerRole> role = new SimpleObjectProperty<>(this, "role");
    private final ObjectProperty<SchoolLevel> level = new SimpleObjectProperty<>(this, "level");
    private final StringProperty zone = new SimpleStringProperty(this, "zone", "");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty onlyUnusual = new SimpleBooleanProperty(this, "onlyUnusual", false);
    private final ObjectProperty<GridSelection> selection = new SimpleObjectProperty<>(this, "selection", GridSelection.NONE);
    private final ReadOnlyObjectWrapper<CellStory> story = new ReadOnlyObjectWrapper<>(this, "story");
    private final BooleanProperty detailsShown = new SimpleBooleanProperty(this, "detailsShown", false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanBinding canChangeSchool;
    private final ObjectProperty<TimeOffEntry> timeOffEntry = new SimpleObjectProperty<>(this, "timeOffEntry");
    private final BooleanBinding canRequestTimeOff;
    private final ObjectProperty<ReassignmentEntry> reassignmentEntry = new SimpleObjectProperty<>(this, "reassignmentEntry");
    private final BooleanBinding canRecordReassignment;
    private long generation;
    private String notice = "";

    public RosterViewModel(RosterService rosterService, AssignmentService assignmentService, TaskRunner tasks,
                           DialogService dialogs, Supplier<LocalDate> today, Actor actor) {
        this.rosterService = Objects.requireNonNull(rosterService);
        this.actor = Objects.requireNonNull(actor, "actor");
        this.assignmentService = Objects.requireNonNull(assignmentService);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.today = Objects.requireNonNull(today);
        anchorDate.set(today.get());
        period.set(periodKind.get().around(anchorDate.get()));
        periodTitle.set(periodKind.get().title(period.get()));
        role.addListener((o, a, b) -> refilter());
        level.addListener((o, a, b) -> refilter());
        zone.addListener((o, a, b) -> refilter());
        search.addListener((o, a, b) -> refilter());
        onlyUnusual.addListener((o, a, b) -> refilter());
        selection.addListener((o, a, b) -> updateStory());
        periodKind.addListener((o, a, b) -> requestPeriod());
        canChangeSchool = Bindings.createBooleanBinding(
                () -> canSchedule() && selectedOfficer() != null && !selectedOfficer().isRover(), selection, rows);
        canRequestTimeOff = Bindings.createBooleanBinding(
                () -> canSchedule() && timeOffEntry.get() != null && selectedOfficer() != null,
                timeOffEntry, selection, rows);
        canRecordReassignment = Bindings.createBooleanBinding(
                () -> canRecordReassignments() && reassignmentEntry.get() != null && selectedOfficer() != null,
                reassignmentEntry, selection, rows);
    }

    /** Loads the period on screen (first show, and "Reload"). */
    public void load() {
        requestPeriod();
    }

    private void requestPeriod() {
        DateRange wanted = periodKind.get().around(anchorDate.get());
        period.set(wanted);
        periodTitle.set(periodKind.get().title(wanted));
        long ticket = ++generation;
        loading.set(true);
        tasks.run("Loading roster " + periodTitle.get() + "…", () -> RosterModel.of(rosterService.loadSnapshot(wanted)),
                loaded -> {
                    if (ticket == generation) {
                        loading.set(false);
                        apply(loaded);
                    }
                },
                failure -> {
                    if (ticket == generation) {
                        loading.set(false);
                        status.set("The roster could not be loaded: " + failure.getMessage());
                        dialogs.showError("Roster", "The roster for " + periodTitle.get() + " could not be loaded.", failure);
                    }
                });
    }

    /** Applies a loaded period in one batch, keeping the selected officer and day when still shown. */
    private void apply(RosterModel loaded) {
        Officer focusedOfficer = selectedOfficer();
        LocalDate focusedDay = selectedDay();
        model.set(loaded);
        String chosenZone = zone.get();
        zones.setAll(loaded.zones());
        if (!chosenZone.isBlank() && !zones.contains(chosenZone)) {
            zone.set("");
        }
        rows.setAll(loaded.rows(filter()));
        int row = focusedOfficer == null ? 0 : Math.max(0, indexOfOfficer(focusedOfficer.id()));
        LocalDate day = focusedDay != null && loaded.period().contains(focusedDay) ? focusedDay
                : loaded.period().contains(anchorDate.get()) ? anchorDate.get() : loaded.period().start();
        selection.set(rows.isEmpty() ? GridSelection.NONE : GridSelection.at(row, loaded.indexOf(day)));
        updateStory();
        status.set((notice.isEmpty() ? "" : notice + " · ") + rows.size() + " of " + loaded.rows().size()
                + " officers");
        notice = "";
    }

    private void refilter() {
        RosterModel current = model.get();
        if (current == null) {
            return;
        }
        Officer focused = selectedOfficer();
        int column = selection.get().isEmpty() ? 0 : selection.get().focusColumn();
        rows.setAll(current.rows(filter()));
        int row = focused == null ? -1 : indexOfOfficer(focused.id());
        selection.set(rows.isEmpty() ? GridSelection.NONE : GridSelection.at(Math.max(0, row), column));
        status.set(rows.size() + " of " + current.rows().size() + " officers");
    }

    private int indexOfOfficer(long officerId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).officer().id() == officerId) {
                return i;
            }
        }
        return -1;
    }

    public RosterFilter filter() {
        return new RosterFilter(role.get(), level.get(), zone.get(), search.get(), onlyUnusual.get());
    }

    private void updateStory() {
        RosterModel current = model.get();
        Officer officer = selectedOfficer();
        LocalDate day = selectedDay();
        story.set(current == null || officer == null || day == null ? null
                : CellStory.of(current.snapshot(), officer.id(), day));
    }

    // ---- navigation -------------------------------------------------------------------------

    /** Arrow keys: moves the focus cell; {@code extend} (Shift) keeps the anchor. */
    public void move(int rowDelta, int columnDelta, boolean extend) {
        RosterModel current = model.get();
        if (current == null) {
            return;
        }
        selection.set(selection.get().moved(rowDelta, columnDelta, extend, rows.size(), current.days().size()));
    }

    /** A click (or Shift+click) on a cell. */
    public void select(int row, int column, boolean extend) {
        GridSelection current = selection.get();
        selection.set(extend && !current.isEmpty()
                ? new GridSelection(current.anchorRow(), current.anchorColumn(), row, column)
                : GridSelection.at(row, column));
    }

    /** Enter: shows the details panel for the focus cell. */
    public void openDetails() {
        detailsShown.set(true);
    }

    public void nextPeriod() {
        shiftPeriod(1);
    }

    public void previousPeriod() {
        shiftPeriod(-1);
    }

    private void shiftPeriod(int count) {
        LocalDate focused = selectedDay();
        LocalDate target = periodKind.get().shift(focused != null ? focused : anchorDate.get(), count);
        jumpTo(target);
    }

    /** T: the period containing today, with today's column focused. */
    public void goToToday() {
        jumpTo(today.get());
    }

    /** Shows the period containing {@code day} and focuses its column (loading only if needed). */
    public void jumpTo(LocalDate day) {
        if (day == null) {
            return;
        }
        anchorDate.set(day);
        RosterModel current = model.get();
        if (current != null && current.period().equals(periodKind.get().around(day))) {
            int row = selection.get().isEmpty() ? 0 : selection.get().focusRow();
            selection.set(rows.isEmpty() ? GridSelection.NONE : GridSelection.at(row, current.indexOf(day)));
            return;
        }
        requestPeriod();
    }

    // ---- editing ----------------------------------------------------------------------------

    /** Schools to choose from when changing a posting, by code. */
    public List<School> schools() {
        RosterModel current = model.get();
        return current == null ? List.of()
                : current.snapshot().schools().values().stream().sorted(Comparator.comparing(School::code)).toList();
    }

    /**
     * Posts the selected officer to {@code school} from {@code from} on, then reloads the period.
     * Refusals (a rover, a date before the current posting …) are shown as an error the sergeant
     * can act on.
     */
    public void changePrimarySchool(School school, LocalDate from) {
        Officer officer = selectedOfficer();
        if (officer == null || school == null || !canSchedule()) {
            return;
        }
        tasks.run("Changing " + officer.sortName() + "'s school…",
                () -> assignmentService.changePrimarySchool(officer.id(), school.id(), from, actor),
                created -> {
                    notice = officer.sortName() + " is posted to " + school.code() + " from " + from;
                    requestPeriod();
                },
                failure -> {
                    if (failure instanceof AssignmentChangeException refusal) {
                        dialogs.showError("Change primary school", refusal.getMessage());
                    } else {
                        RoleGate.showFailure(dialogs, "Change primary school", "The change could not be saved.", failure);
                    }
                });
    }

    /**
     * Opens the time-off request dialog for the selected officer and the selected days (Shift+arrows
     * widen them), and reloads the period if a request was entered. Does nothing until the
     * composition root supplies a {@link TimeOffEntry}.
     */
    public void requestTimeOff() {
        TimeOffEntry entry = timeOffEntry.get();
        Officer officer = selectedOfficer();
        DateRange days = selectedDays();
        if (entry == null || officer == null || days == null || !canSchedule()) {
            return;
        }
        List<Officer> officers = List.copyOf(model.get().snapshot().officers());
        if (entry.requestTimeOff(officer, days, officers)) {
            notice = "Time off entered for " + officer.sortName();
            requestPeriod();
        }
    }

    /** Opens the reassignment dialog for the selected officer and days, once a {@link ReassignmentEntry} is supplied. */
    public void recordReassignment() {
        ReassignmentEntry entry = reassignmentEntry.get();
        if (entry != null && selectedOfficer() != null && selectedDays() != null && canRecordReassignments()) {
            entry.recordReassignment(selectedOfficer(), selectedDays());
        }
    }

    /** Asks where to save, then writes the visible rows and the totals as CSV off the FX thread. */
    public void exportVisibleRoster() {
        RosterModel current = model.get();
        if (current == null || !canExport()) {
            return;
        }
        String name = "roster-" + current.period().start() + "-to-" + current.period().end() + ".csv";
        dialogs.chooseFileToSave("Export roster", null, name, List.of(FileType.of("CSV file", "*.csv")))
                .ifPresent(file -> exportTo(current, List.copyOf(rows), file));
    }

    private void exportTo(RosterModel current, List<RosterRow> visible, Path file) {
        tasks.run("Exporting roster…", () -> {
                    rosterService.exportCsv(current, visible, file, actor);
                    return file;
                },
                written -> status.set(visible.size() + " officers exported to " + written + "."),
                failure -> dialogs.showError("Export roster", "The roster could not be written to " + file + ": "
                        + failure.getMessage()));
    }

    // ---- what the signed-in role may start -------------------------------------------------

    /** Assignment edits and time-off entry. */
    public boolean canSchedule() {
        return actor.may(Permission.SCHEDULE);
    }

    /** The reassignment entry. */
    public boolean canRecordReassignments() {
        return actor.may(Permission.RECORD_REASSIGNMENT);
    }

    /** The CSV export of the visible roster (data leaving the desk). */
    public boolean canExport() {
        return actor.may(Permission.EXPORT);
    }

    /** True when the signed-in role may change nothing on the roster: the screen shows the read-only banner. */
    public boolean readOnly() {
        return RoleGate.readOnly(actor, Permission.SCHEDULE, Permission.RECORD_REASSIGNMENT);
    }

    public Actor actor() {
        return actor;
    }

    // ---- selection helpers ------------------------------------------------------------------

    /** The officer of the focus row, or null. */
    public Officer selectedOfficer() {
        GridSelection current = selection.get();
        return current.isEmpty() || current.focusRow() >= rows.size() ? null : rows.get(current.focusRow()).officer();
    }

    /** The day of the focus column, or null. */
    public LocalDate selectedDay() {
        RosterModel current = model.get();
        GridSelection sel = selection.get();
        return current == null || sel.isEmpty() || sel.focusColumn() >= current.days().size() ? null
                : current.days().get(sel.focusColumn());
    }

    /** The selected days (the columns of the selection), for the time-off and reassignment entries. */
    public DateRange selectedDays() {
        RosterModel current = model.get();
        GridSelection sel = selection.get();
        if (current == null || sel.isEmpty()) {
            return null;
        }
        return DateRange.of(current.days().get(sel.firstColumn()), current.days().get(sel.lastColumn()));
    }

    // ---- properties -------------------------------------------------------------------------

    public ObjectProperty<RosterPeriod> periodKindProperty() { return periodKind; }
    public ReadOnlyObjectProperty<LocalDate> anchorDateProperty() { return anchorDate; }
    public ReadOnlyObjectProperty<DateRange> periodProperty() { return period.getReadOnlyProperty(); }
    public ReadOnlyStringProperty periodTitleProperty() { return periodTitle.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<RosterModel> modelProperty() { return model.getReadOnlyProperty(); }
    public ObservableList<RosterRow> rows() { return FXCollections.unmodifiableObservableList(rows); }
    ObservableList<RosterRow> mutableRowsForGrid() { return rows; }
    public ObservableList<String> zones() { return zones; }
    public ObjectProperty<OfficerRole> roleProperty() { return role; }
    public ObjectProperty<SchoolLevel> levelProperty() { return level; }
    public StringProperty zoneProperty() { return zone; }
    public StringProperty searchProperty() { return search; }
    public BooleanProperty onlyUnusualProperty() { return onlyUnusual; }
    public ObjectProperty<GridSelection> selectionProperty() { return selection; }
    public ReadOnlyObjectProperty<CellStory> storyProperty() { return story.getReadOnlyProperty(); }
    public BooleanProperty detailsShownProperty() { return detailsShown; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public BooleanBinding canChangeSchoolBinding() { return canChangeSchool; }
    public BooleanBinding canRequestTimeOffBinding() { return canRequestTimeOff; }
    public ObjectProperty<TimeOffEntry> timeOffEntryProperty() { return timeOffEntry; }
    public BooleanBinding canRecordReassignmentBinding() { return canRecordReassignment; }
    public ObjectProperty<ReassignmentEntry> reassignmentEntryProperty() { return reassignmentEntry; }
    public LocalDate today() { return today.get(); }
}
