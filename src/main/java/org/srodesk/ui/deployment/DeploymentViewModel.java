package org.srodesk.ui.deployment;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import org.srodesk.domain.DateRange;
import org.srodesk.domain.SchoolLevel;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.deployment.DeploymentTotals;
import org.srodesk.domain.deployment.OfficerFigures;
import org.srodesk.domain.deployment.RoverFigures;
import org.srodesk.domain.deployment.SchoolFigures;
import org.srodesk.service.Actor;
import org.srodesk.service.DeploymentReview;
import org.srodesk.service.DeploymentService;
import org.srodesk.service.ImportException;
import org.srodesk.service.ImportSummary;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.FileType;
import org.srodesk.ui.common.RoleGate;
import org.srodesk.ui.common.TaskRunner;

/**
 * The deployment review screen: the period, the review's tables (filtered; the view binds their
 * sort order), the headline tiles, calls-for-service import with progress, CSV export, and the
 * {@link WhatIfViewModel}. Read-only: nothing here changes an assignment. Every service call runs
 * through the {@link TaskRunner}; import progress is handed to {@code uiThread}.
 */
public final class DeploymentViewModel {

    private static final List<FileType> CSV = List.of(FileType.of("CSV file", "*.csv"));

    /** "All levels" in the level filter. */
    public static final String ALL_LEVELS = "All levels";

    private final DeploymentService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Actor actor;
    private final Executor uiThread;
    private final ObjectProperty<PeriodKind> periodKind = new SimpleObjectProperty<>(this, "periodKind", PeriodKind.MONTH);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ReadOnlyObjectWrapper<DeploymentReview> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final StringProperty periodLabel = new SimpleStringProperty(this, "periodLabel", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final javafx.beans.property.BooleanProperty importing =
            new javafx.beans.property.SimpleBooleanProperty(this, "importing", false);
    private final DoubleProperty importProgress = new SimpleDoubleProperty(this, "importProgress", 0);
    private final StringProperty schoolFilter = new SimpleStringProperty(this, "schoolFilter", "");
    private final StringProperty levelFilter = new SimpleStringProperty(this, "levelFilter", ALL_LEVELS);
    private final StringProperty officerFilter = new SimpleStringProperty(this, "officerFilter", "");
    private final ObservableList<SchoolFigures> schools = FXCollections.observableArrayList();
    private final ObservableList<OfficerFigures> officers = FXCollections.observableArrayList();
    private final ObservableList<RoverFigures> rovers = FXCollections.observableArrayList();
    private final FilteredList<SchoolFigures> filteredSchools = new FilteredList<>(schools);
    private final FilteredList<OfficerFigures> filteredOfficers = new FilteredList<>(officers);
    private final FilteredList<RoverFigures> filteredRovers = new FilteredList<>(rovers);
    private final SortedList<SchoolFigures> sortedSchools = new SortedList<>(filteredSchools);
    private final SortedList<OfficerFigures> sortedOfficers = new SortedList<>(filteredOfficers);
    private final SortedList<RoverFigures> sortedRovers = new SortedList<>(filteredRovers);
    private final WhatIfViewModel whatIf;

    /**
     * @param today    the day whose month is shown first
     * @param uiThread where progress updates from the worker are applied (production: {@code Platform::runLater})
     */
    public DeploymentViewModel(DeploymentService service, TaskRunner tasks, DialogService dialogs, Actor actor,
                               Supplier<LocalDate> today, Executor uiThread) {
        this.service = Objects.requireNonNull(service, "service");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.whatIf = new WhatIfViewModel(service, tasks, dialogs, actor);
        DateRange first = PeriodKind.MONTH.containing(today.get());
        from.set(first.start());
        to.set(first.end());
        schoolFilter.addListener((o, a, b) -> applySchoolFilter());
        levelFilter.addListener((o, a, b) -> applySchoolFilter());
        officerFilter.addListener((o, a, b) -> applyOfficerFilter());
        periodKind.addListener((o, old, kind) -> {
            if (kind != PeriodKind.CUSTOM && from.get() != null) {
                setPeriod(kind.containing(from.get()));
                load();
            }
        });
    }

    // ---- period

    public void previous() {
        shift(-1);
    }

    public void next() {
        shift(1);
    }

    private void shift(int steps) {
        DateRange current = period();
        if (current != null) {
            setPeriod(periodKind.get().shift(current, steps));
            load();
        }
    }

    private void setPeriod(DateRange period) {
        from.set(period.start());
        to.set(period.end());
    }

    /** The chosen period, or null while the dates are missing or out of order. */
    public DateRange period() {
        LocalDate a = from.get();
        LocalDate b = to.get();
        return a == null || b == null || b.isBefore(a) ? null : DateRange.of(a, b);
    }

    /** Computes the review of the chosen period off the JavaFX thread. */
    public void load() {
        DateRange period = period();
        if (period == null) {
            dialogs.showError("Period", "Choose a period whose last day is not before its first.");
            return;
        }
        String label = periodKind.get().describe(period);
        tasks.run("Computing the deployment review for " + label + "…", () -> service.review(period),
                result -> show(result, label), this::failed);
    }

    private void show(DeploymentReview result, String label) {
        review.set(result);
        periodLabel.set(label + " · " + result.figures().schoolDays().size() + " school days");
        schools.setAll(result.figures().schools());
        officers.setAll(result.figures().officers());
        rovers.setAll(result.figures().rovers());
        whatIf.setReview(result);
        DeploymentTotals t = result.figures().totals();
        status.set(String.format(Locale.ROOT, "%d schools, %d officers (%d rovers). Recorded deployment: accepted "
                        + "coverage only — run a what-if to see the period re-planned.",
                t.schools(), result.figures().officers().size(), t.rovers()));
    }

    private void failed(Throwable error) {
        status.set("");
        dialogs.showError("Deployment review", "The review could not be computed: " + error.getMessage(), error);
    }

    // ---- filters

    private void applySchoolFilter() {
        String text = schoolFilter.get() == null ? "" : schoolFilter.get().trim().toLowerCase(Locale.ROOT);
        String level = levelFilter.get();
        filteredSchools.setPredicate(s -> (level == null || ALL_LEVELS.equals(level) || s.school().level().label().equals(level))
                && (text.isEmpty() || s.school().code().toLowerCase(Locale.ROOT).contains(text)
                || s.school().name().toLowerCase(Locale.ROOT).contains(text)
                || s.school().zone().toLowerCase(Locale.ROOT).contains(text)
                || s.primaries().toLowerCase(Locale.ROOT).contains(text)));
    }

    private void applyOfficerFilter() {
        String text = officerFilter.get() == null ? "" : officerFilter.get().trim().toLowerCase(Locale.ROOT);
        filteredOfficers.setPredicate(o -> text.isEmpty() || matches(o.officer(), text)
                || o.homeSchool().toLowerCase(Locale.ROOT).contains(text));
        filteredRovers.setPredicate(r -> text.isEmpty() || matches(r.officer(), text));
    }

    private static boolean matches(org.srodesk.domain.Officer o, String text) {
        return o.sortName().toLowerCase(Locale.ROOT).contains(text) || o.badge().toLowerCase(Locale.ROOT).contains(text)
                || o.zone().toLowerCase(Locale.ROOT).contains(text);
    }

    /** The level filter's choices: all, then each level. */
    public static List<String> levelChoices() {
        List<String> choices = new java.util.ArrayList<>(List.of(ALL_LEVELS));
        for (SchoolLevel level : SchoolLevel.values()) {
            choices.add(level.label());
        }
        return choices;
    }

    // ---- import

    /** Asks for a CAD export and imports it with progress; the review is recomputed after. */
    public void importCalls() {
        if (!canImportCalls()) {
            return;
        }
        dialogs.chooseFileToOpen("Import calls for service (school_code,date,count)", null, CSV).ifPresent(file -> {
            importProgress.set(0);
            importing.set(true);
            tasks.run("Importing calls for service…",
                    () -> service.importCallsForService(file, actor,
                            (step, fraction) -> uiThread.execute(() -> importProgress.set(fraction))),
                    this::imported, this::importFailed);
        });
    }

    private void imported(ImportSummary summary) {
        importing.set(false);
        importProgress.set(1);
        ImportSummary.Counts c = summary.countsFor("calls_for_service.csv");
        dialogs.showInformation("Calls for service imported", String.format(Locale.ROOT,
                "%,d rows read: %,d new, %,d updated, %,d unchanged.", c.total(), c.inserted(), c.updated(), c.skipped()));
        load();
    }

    private void importFailed(Throwable error) {
        importing.set(false);
        importProgress.set(0);
        if (error instanceof ImportException e) {
            dialogs.showError("Nothing was imported", e.getMessage());
        } else {
            RoleGate.showFailure(dialogs, "Nothing was imported", "The import failed: " + error.getMessage(), error);
        }
    }

    // ---- export

    public void exportSchools() {
        export("deployment-schools.csv", file -> service.exportSchools(List.copyOf(sortedSchools), file, actor));
    }

    public void exportOfficers() {
        export("deployment-officers.csv", file -> service.exportOfficers(List.copyOf(sortedOfficers), file, actor));
    }

    public void exportRovers() {
        export("deployment-rovers.csv", file -> service.exportRovers(List.copyOf(sortedRovers), file, actor));
    }

    private void export(String suggested, java.util.function.Consumer<Path> write) {
        if (review.get() == null || !canExport()) {
            return;
        }
        dialogs.chooseFileToSave("Export to CSV", null, suggested, CSV).ifPresent(file ->
                tasks.run("Writing " + file.getFileName() + "…", () -> {
                    write.accept(file);
                    return file;
                }, done -> status.set("Exported to " + done.toAbsolutePath()),
                        e -> dialogs.showError("Export", e.getMessage())));
    }

    // ---- what the signed-in role may start

    /** Importing calls for service is a reference-data import: scheduling. */
    public boolean canImportCalls() {
        return actor.may(Permission.SCHEDULE);
    }

    /** The CSV exports of the tables and of a what-if. */
    public boolean canExport() {
        return actor.may(Permission.EXPORT);
    }

    /** Saving what-if scenarios (running one writes nothing and is open to every role). */
    public boolean canSaveWhatIfs() {
        return actor.may(Permission.DEPLOYMENT_WHAT_IF);
    }

    public Actor actor() {
        return actor;
    }

    // ---- properties

    public TaskRunner tasks() {
        return tasks;
    }

    public WhatIfViewModel whatIf() {
        return whatIf;
    }

    public ObjectProperty<PeriodKind> periodKindProperty() {
        return periodKind;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyObjectProperty<DeploymentReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    public StringProperty periodLabelProperty() {
        return periodLabel;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** True while a calls-for-service import runs. */
    public javafx.beans.property.BooleanProperty importingProperty() {
        return importing;
    }

    public DoubleProperty importProgressProperty() {
        return importProgress;
    }

    public StringProperty schoolFilterProperty() {
        return schoolFilter;
    }

    public StringProperty levelFilterProperty() {
        return levelFilter;
    }

    public StringProperty officerFilterProperty() {
        return officerFilter;
    }

    /** Schools after the filters, in the table's sort order (bind its comparator to the table's). */
    public SortedList<SchoolFigures> schools() {
        return sortedSchools;
    }

    public SortedList<OfficerFigures> officers() {
        return sortedOfficers;
    }

    public SortedList<RoverFigures> rovers() {
        return sortedRovers;
    }
}
