package org.srodesk.ui.coverage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.coverage.CoveragePin;
import org.srodesk.domain.coverage.CoverageSettings;
import org.srodesk.domain.coverage.ManualNeed;
import org.srodesk.service.Actor;
import org.srodesk.service.CoverageAcceptException;
import org.srodesk.service.CoverageService;
import org.srodesk.service.PlannedPeriod;
import org.srodesk.ui.common.DateLabels;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.RoleGate;
import org.srodesk.ui.common.TaskRunner;

/**
 * The coverage planner screen: a period (a month, or any from–to), its plan as rows, the reserve
 * strip, totals and pin conflicts, and the sergeant's actions — re-plan, pin, clear a pin, add or
 * remove a manual need, change K/R/per-zone, accept. Every call to the service runs through the
 * {@link TaskRunner}. Pins live here, for the plan being edited; manual needs are saved by the service.
 */
public final class CoverageViewModel {

    private final CoverageService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final CoveragePrompts prompts;
    private final Actor actor;
    private final Supplier<LocalDate> today;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ReadOnlyStringWrapper periodLabel = new ReadOnlyStringWrapper(this, "periodLabel", "");
    private final ObservableList<CoverageRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ReserveTile> reserves = FXCollections.observableArrayList();
    private final ObservableList<String> conflicts = FXCollections.observableArrayList();
    private final ObservableList<CoveragePin> pins = FXCollections.observableArrayList();
    private final ObservableList<CoverageRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<ReserveTile> reservesView = FXCollections.unmodifiableObservableList(reserves);
    private final ObservableList<String> conflictsView = FXCollections.unmodifiableObservableList(conflicts);
    private final ObservableList<CoveragePin> pinsView = FXCollections.unmodifiableObservableList(pins);
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper(this, "totals", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<PlannedPeriod> planned = new ReadOnlyObjectWrapper<>(this, "planned");
    private final ObjectProperty<CoverageRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final IntegerProperty minBlockDays = new SimpleIntegerProperty(this, "minBlockDays", 3);
    private final IntegerProperty reserveRovers = new SimpleIntegerProperty(this, "reserveRovers", 1);
    private final BooleanProperty reservePerZone = new SimpleBooleanProperty(this, "reservePerZone", true);
    private final ReadOnlyStringWrapper otherDeskNotice = new ReadOnlyStringWrapper(this, "otherDeskNotice", "");
    private long generation;
    /** The {@link #generation} current when {@link #otherDeskNotice} was set; a plan started later clears it. */
    private long noticeGeneration;

    public CoverageViewModel(CoverageService service, TaskRunner tasks, DialogService dialogs, CoveragePrompts prompts,
                             Actor actor, Supplier<LocalDate> today) {
        this.service = Objects.requireNonNull(service, "service");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.today = Objects.requireNonNull(today, "today");
        DateRange month = DateRange.monthOf(firstMonthToPlan(today.get()));
        from.set(month.start());
        to.set(month.end());
        periodLabel.set(labelOf(month));
    }

    // ---- period and planning

    /** The month the screen opens on: this month, or next month once this one is in its last ten days. */
    static LocalDate firstMonthToPlan(LocalDate today) {
        return today.plusDays(10).getMonth() == today.getMonth() ? today : today.plusMonths(1).withDayOfMonth(1);
    }

    /** Plans the current period (first visit, Re-plan). */
    public void replan() {
        replan(null);
    }

    /** Plans the current period; when done, selects the row {@code keep} names again (if it is still there). */
    private void replan(RowKey keep) {
        DateRange period = period().orElse(null);
        if (period == null) {
            dialogs.showError("Period", "Choose a start and an end date; the end cannot be before the start.");
            return;
        }
        long ticket = ++generation;
        List<CoveragePin> pinsNow = List.copyOf(pins);
        LocalDate day = today.get();
        tasks.run("Planning coverage for " + labelOf(period) + "…", () -> service.planPeriod(period, pinsNow, day),
                result -> {
                    if (ticket == generation) {
                        show(result);
                        afterOtherDeskReload(ticket, keep);
                    }
                }, this::failed);
    }

    public void previousMonth() {
        showMonth(YearMonth.from(from.get()).minusMonths(1));
    }

    public void nextMonth() {
        showMonth(YearMonth.from(from.get()).plusMonths(1));
    }

    public void thisMonth() {
        showMonth(YearMonth.from(today.get()));
    }

    private void showMonth(YearMonth month) {
        pins.clear();
        from.set(month.atDay(1));
        to.set(month.atEndOfMonth());
        replan();
    }

    /** The from–to period, if valid. */
    public Optional<DateRange> period() {
        if (from.get() == null || to.get() == null || to.get().isBefore(from.get())) {
            return Optional.empty();
        }
        return Optional.of(DateRange.of(from.get(), to.get()));
    }

    private void show(PlannedPeriod result) {
        planned.set(result);
        periodLabel.set(labelOf(result.period()));
        rows.setAll(CoverageRows.tree(result));
        reserves.setAll(CoverageRows.reserves(result));
        List<String> lines = new ArrayList<>();
        result.plan().conflicts().stream()
                .sorted(Comparator.comparing(c -> c.date() == null ? LocalDate.MIN : c.date()))
                .forEach(c -> lines.add((c.accepted() ? "Accepted coverage: " : "Pin: ") + c.explanation()));
        conflicts.setAll(lines);
        CoverageSettings s = result.settings();
        minBlockDays.set(s.minBlockDays());
        reserveRovers.set(s.reserveRovers());
        reservePerZone.set(s.reservePerZone());
        totals.set(CoverageSummaries.totals(result, pins.size()));
        selected.set(null);
    }

    private static String labelOf(DateRange period) {
        DateRange month = DateRange.monthOf(period.start());
        return month.equals(period) ? DateLabels.monthAndYear(YearMonth.from(period.start())) : DateLabels.range(period);
    }

    private void failed(Throwable error) {
        if (error instanceof CoverageAcceptException refused) {
            dialogs.showError("Plan not saved", refused.getMessage());
        } else if (RoleGate.refusal(error).isPresent()) {
            dialogs.showError("Coverage", RoleGate.refusal(error).get().getMessage());
        } else {
            dialogs.showError("Coverage", "The coverage plan could not be loaded or saved.", error);
        }
    }

    // ---- other desks (issue 13): a shared server database

    /** The notice shown when another desk changed coverage data while this desk has unsaved edits. */
    static final String OTHER_DESK_NOTICE = "Another desk changed coverage";

    /**
     * Another desk committed a change to what the plan is made of (coverage, time off, reassignments,
     * postings…; on the FX thread). With no unsaved edits the plan is reloaded, keeping the selected
     * row; with pins or unapplied settings it is not — {@link #otherDeskNoticeProperty()} says so and
     * {@link #reloadAfterOtherDesk()} (the notice's Reload) re-plans when the sergeant chooses.
     */
    public void otherDeskChanged() {
        if (planned.get() == null && !tasks.isBusy()) {
            return; // nothing shown yet: the first plan reads the data as it is then
        }
        if (hasUnsavedEdits()) {
            noticeGeneration = generation;
            otherDeskNotice.set(OTHER_DESK_NOTICE);
        } else {
            replan(RowKey.of(selected.get()));
        }
    }

    /** The notice's Reload: re-plans on the current data with this desk's pins, keeping the selection. */
    public void reloadAfterOtherDesk() {
        replan(RowKey.of(selected.get()));
    }

    /** Edits that exist only on this screen: pins, or K/R/per-zone changed but not applied. */
    public boolean hasUnsavedEdits() {
        PlannedPeriod current = planned.get();
        return !pins.isEmpty() || current != null
                && !new CoverageSettingsView(minBlockDays.get(), reserveRovers.get(), reservePerZone.get())
                .matches(current.settings());
    }

    /** "" or {@link #OTHER_DESK_NOTICE} (shown with a Reload button): another desk's change is not shown yet. */
    public ReadOnlyStringProperty otherDeskNoticeProperty() {
        return otherDeskNotice.getReadOnlyProperty();
    }

    /**
     * Accepting writes the period's coverage as this plan has it; when another desk changed coverage
     * since (the notice is up), that would overwrite its work unseen: say so, and accept nothing.
     */
    private boolean refuseAcceptOverOtherDesksChange() {
        if (otherDeskNotice.get().isEmpty()) {
            return false;
        }
        dialogs.showInformation("Accept coverage plan", "Another desk changed coverage since this plan was made. "
                + "Reload first (your pins are kept), check the plan, then accept.");
        return true;
    }

    private void afterOtherDeskReload(long ticket, RowKey keep) {
        if (ticket > noticeGeneration) {
            otherDeskNotice.set(""); // this plan was started after the other desk's change: it shows it
        }
        if (keep != null) {
            selected.set(keep.find(rows).orElse(null));
        }
    }

    /** What identifies a row across reloads: a school; an absence block (its id); a school's day. */
    private record RowKey(CoverageRow.Kind kind, long schoolId, String blockId, LocalDate date) {

        static RowKey of(CoverageRow row) {
            if (row == null) {
                return null;
            }
            return switch (row.kind()) {
                case SCHOOL -> new RowKey(row.kind(), row.schoolId(), null, null);
                case BLOCK -> new RowKey(row.kind(), row.schoolId(), row.block().id(), null);
                case DAY -> new RowKey(row.kind(), row.schoolId(), null, row.date());
            };
        }

        Optional<CoverageRow> find(List<CoverageRow> tree) {
            for (CoverageRow row : tree) {
                if (equals(of(row))) {
                    return Optional.of(row);
                }
                Optional<CoverageRow> below = find(row.children());
                if (below.isPresent()) {
                    return below;
                }
            }
            return Optional.empty();
        }
    }

    // ---- settings

    /** Saves K, R and the per-zone reserve as edited, then re-plans. */
    public void applySettings() {
        if (!canSchedule()) {
            return;
        }
        CoverageSettings settings;
        try {
            settings = new CoverageSettings(minBlockDays.get(), reserveRovers.get(), reservePerZone.get());
        } catch (IllegalArgumentException e) {
            dialogs.showError("Coverage settings", e.getMessage());
            return;
        }
        tasks.run("Saving coverage settings…", () -> {
            service.saveSettings(settings, actor);
            return settings;
        }, saved -> replan(), this::failed);
    }

    public BooleanBinding settingsChangedBinding() {
        return Bindings.createBooleanBinding(() -> planned.get() != null
                        && !new CoverageSettingsView(minBlockDays.get(), reserveRovers.get(), reservePerZone.get())
                        .matches(planned.get().settings()),
                planned, minBlockDays, reserveRovers, reservePerZone);
    }

    private record CoverageSettingsView(int k, int r, boolean perZone) {
        boolean matches(CoverageSettings s) {
            return s.minBlockDays() == k && s.reserveRovers() == r && s.reservePerZone() == perZone;
        }
    }

    // ---- pins

    /** Asks which free rover to pin to the selected day or block, then re-plans. */
    public void pinSelected() {
        CoverageRow row = selected.get();
        PlannedPeriod current = planned.get();
        if (row == null || current == null || row.kind() == CoverageRow.Kind.SCHOOL || !canSchedule()) {
            return;
        }
        boolean day = row.kind() == CoverageRow.Kind.DAY;
        if (day && row.date().isBefore(current.today())) {
            dialogs.showInformation("Pin a rover", "That day is in the past; its coverage can no longer change.");
            return;
        }
        var free = day ? current.roversFreeFor(row.need()) : current.roversFreeFor(row.block());
        if (free.isEmpty()) {
            dialogs.showInformation("Pin a rover", day
                    ? "No rover is on duty and free on " + DateLabels.fullDate(row.date()) + "."
                    : "No rover is on duty and free on every remaining day of this absence; pin single days instead.");
            return;
        }
        List<CoveragePrompts.RoverChoice> choices = free.stream()
                .map(r -> new CoveragePrompts.RoverChoice(r.id(), r.name() + (r.zone().isBlank() ? "" : " — " + r.zone())))
                .toList();
        String where = CoverageRows.schoolLabel(current, row.schoolId());
        String message = day ? "Rovers free on " + DateLabels.fullDate(row.date()) + " for " + where + ":"
                : "Rovers free on every remaining day of " + row.label() + " (" + row.dates() + ") at " + where + ":";
        prompts.chooseRover(day ? "Pin a rover to a day" : "Pin a rover to the whole absence", message, choices)
                .ifPresent(roverId -> {
                    removePinsOf(row);
                    pins.add(day ? CoveragePin.day(roverId, row.schoolId(), row.date())
                            : CoveragePin.block(roverId, row.block().id()));
                    replan();
                });
    }

    /** Removes the pins that decide the selected day or block, then re-plans. */
    public void clearPinOfSelected() {
        CoverageRow row = selected.get();
        if (row == null || !row.isPinned() || !canSchedule()) {
            return;
        }
        if (removePinsOf(row)) {
            replan();
        }
    }

    private boolean removePinsOf(CoverageRow row) {
        if (row.kind() == CoverageRow.Kind.DAY) {
            boolean removed = pins.removeIf(p -> !p.isBlockPin() && p.schoolId() == row.schoolId()
                    && p.date().equals(row.date()));
            return removed || pins.removeIf(p -> p.isBlockPin() && p.blockId().equals(row.block().id()));
        }
        var dates = row.block().needDates();
        return pins.removeIf(p -> p.isBlockPin() ? p.blockId().equals(row.block().id())
                : p.schoolId() == row.schoolId() && dates.contains(p.date()));
    }

    // ---- manual needs

    /** Asks for a school, day and note, saves the need, then re-plans. */
    public void addManualNeed() {
        PlannedPeriod current = planned.get();
        DateRange period = period().orElse(null);
        if (current == null || period == null || !canSchedule()) {
            return;
        }
        List<CoveragePrompts.SchoolChoice> schools = current.schools().values().stream()
                .sorted(Comparator.<org.srodesk.domain.School>comparingInt(s -> s.isHigh() ? 0 : 1)
                        .thenComparing(org.srodesk.domain.School::code))
                .map(s -> new CoveragePrompts.SchoolChoice(s.id(), CoverageRows.schoolLabel(s)))
                .toList();
        LocalDate suggested = period.contains(current.today()) ? current.today() : period.start();
        prompts.askManualNeed(schools, suggested, period).ifPresent(input -> tasks.run("Adding the need…",
                () -> service.addManualNeed(new ManualNeed(input.schoolId(), input.date(), input.note()), actor),
                saved -> replan(), this::failed));
    }

    /** Removes the selected manual need (after asking), then re-plans. */
    public void removeSelectedManualNeed() {
        CoverageRow row = selected.get();
        PlannedPeriod current = planned.get();
        if (row == null || current == null || !isManual(row) || !canSchedule()) {
            return;
        }
        var block = row.block();
        var saved = current.manualNeeds().stream().filter(n -> n.schoolId() == block.schoolId()
                && n.date().equals(block.first()) && n.note().equals(block.note())).findFirst();
        if (saved.isEmpty() || !dialogs.confirm("Remove need", "Remove the need added by hand at "
                + CoverageRows.schoolLabel(current, block.schoolId()) + " on " + DateLabels.fullDate(block.first()) + "?",
                "Remove")) {
            return;
        }
        long id = saved.get().id();
        tasks.run("Removing the need…", () -> service.removeManualNeed(id, actor), removed -> replan(), this::failed);
    }

    static boolean isManual(CoverageRow row) {
        return row != null && row.block() != null && row.block().reason() == org.srodesk.domain.coverage.NeedReason.MANUAL;
    }

    // ---- accepting

    /** Shows what accepting will write, and on confirmation writes it and re-plans. */
    public void accept() {
        PlannedPeriod current = planned.get();
        if (current == null || !canSchedule() || refuseAcceptOverOtherDesksChange()) {
            return;
        }
        String message = CoverageSummaries.acceptQuestion(current);
        if (!dialogs.confirm("Accept coverage plan", message, "Accept plan")) {
            return;
        }
        tasks.run("Saving the coverage plan…",
                () -> service.accept(current.plan(), current.period(), actor, current.today()),
                summary -> {
                    status.set("Plan accepted for " + labelOf(current.period()) + ": " + summary + ".");
                    pins.clear();
                    replan();
                }, this::failed);
    }

    // ---- what the signed-in role may start

    /**
     * Accepting the plan, pins, manual needs and the K/R settings: scheduling. Planning and re-planning
     * any period is reading, open to every role.
     */
    public boolean canSchedule() {
        return actor.may(Permission.SCHEDULE);
    }

    public Actor actor() {
        return actor;
    }

    // ---- properties

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyStringProperty periodLabelProperty() {
        return periodLabel.getReadOnlyProperty();
    }

    public ObservableList<CoverageRow> rows() {
        return rowsView;
    }

    public ObservableList<ReserveTile> reserves() {
        return reservesView;
    }

    public ObservableList<String> conflicts() {
        return conflictsView;
    }

    public ObservableList<CoveragePin> pins() {
        return pinsView;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlannedPeriod> plannedProperty() {
        return planned.getReadOnlyProperty();
    }

    public ObjectProperty<CoverageRow> selectedProperty() {
        return selected;
    }

    public IntegerProperty minBlockDaysProperty() {
        return minBlockDays;
    }

    public IntegerProperty reserveRoversProperty() {
        return reserveRovers;
    }

    public BooleanProperty reservePerZoneProperty() {
        return reservePerZone;
    }

    public TaskRunner tasks() {
        return tasks;
    }
}
