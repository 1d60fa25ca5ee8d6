package org.srodesk.ui.export;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.srodesk.domain.School;
import org.srodesk.service.Actor;
import org.srodesk.service.DistrictService;
import org.srodesk.service.RosterExportException;
import org.srodesk.service.RosterExportResult;
import org.srodesk.service.RosterPdfService;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.RoleGate;
import org.srodesk.ui.common.TaskRunner;

/**
 * The principal roster export: month, which schools, target folder, the combined PDF, progress and
 * Cancel. Every service call goes through the {@link TaskRunner}; progress reported by the export's
 * rendering threads is handed to {@code uiThread} ({@code Platform::runLater} in production).
 */
public final class ExportViewModel {

    private final RosterPdfService rosterPdfService;
    private final DistrictService districtService;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Executor uiThread;
    private final Consumer<Path> folderOpener;
    private final Clock clock;
    private final Actor actor;

    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>(this, "month");
    private final ObservableList<SchoolChoice> schools = FXCollections.observableArrayList(
            choice -> new javafx.beans.Observable[] {choice.selectedProperty()});
    private final FilteredList<SchoolChoice> visibleSchools = new FilteredList<>(schools, s -> true);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<ExportScope> scope = new SimpleObjectProperty<>(this, "scope", ExportScope.ALL_SCHOOLS);
    private final ObjectProperty<SchoolChoice> oneSchool = new SimpleObjectProperty<>(this, "oneSchool");
    private final IntegerProperty selectedCount = new SimpleIntegerProperty(this, "selectedCount", 0);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final BooleanProperty combined = new SimpleBooleanProperty(this, "combined", false);
    private final BooleanProperty openFolderWhenDone = new SimpleBooleanProperty(this, "openFolderWhenDone", true);
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final BooleanBinding canExport;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    /**
     * @param uiThread     runs progress updates on the JavaFX thread ({@code Platform::runLater});
     *                     tests pass {@code Runnable::run}
     * @param folderOpener shows the folder to the user when the export is done (may block: it is
     *                     called through the task runner)
     * @param actor        the signed-in person: exporting needs the EXPORT permission
     */
    public ExportViewModel(RosterPdfService rosterPdfService, DistrictService districtService, TaskRunner tasks,
                           DialogService dialogs, Executor uiThread, Consumer<Path> folderOpener, Clock clock,
                           Actor actor) {
        this.rosterPdfService = Objects.requireNonNull(rosterPdfService);
        this.actor = Objects.requireNonNull(actor, "actor");
        this.districtService = Objects.requireNonNull(districtService);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.folderOpener = Objects.requireNonNull(folderOpener);
        this.clock = Objects.requireNonNull(clock);
        search.addListener((obs, old, query) -> visibleSchools.setPredicate(s -> s.matches(query)));
        selectedCount.bind(Bindings.size(schools.filtered(SchoolChoice::isSelected)));
        canExport = Bindings.createBooleanBinding(() -> mayExport() && !running.get() && month.get() != null && folder.get() != null
                        && switch (scope.get()) {
                            case ONE_SCHOOL -> oneSchool.get() != null;
                            case SELECTION -> selectedCount.get() > 0;
                            case ALL_SCHOOLS -> !schools.isEmpty();
                        },
                running, month, folder, scope, oneSchool, selectedCount, schools);
    }

    /** Loads the months of the school calendar and the schools; proposes next month. */
    public void load() {
        tasks.run("Loading schools…", () -> new Loaded(rosterPdfService.availableMonths(), districtService.schools()),
                loaded -> {
                    months.setAll(loaded.months());
                    YearMonth next = YearMonth.now(clock).plusMonths(1);
                    month.set(loaded.months().contains(next) ? next
                            : loaded.months().contains(YearMonth.now(clock)) ? YearMonth.now(clock)
                            : loaded.months().isEmpty() ? null : loaded.months().get(0));
                    schools.setAll(loaded.schools().stream()
                            .sorted(java.util.Comparator.comparing(School::code)).map(SchoolChoice::new).toList());
                },
                error -> dialogs.showError("Roster export", "The schools could not be loaded.", error));
    }

    private record Loaded(List<YearMonth> months, List<School> schools) {
    }

    /** Asks for the target folder. */
    public void chooseFolder() {
        dialogs.chooseDirectory("Folder for the roster PDFs", folder.get()).ifPresent(folder::set);
    }

    /** Ticks every school the search shows. */
    public void selectVisible() {
        visibleSchools.forEach(s -> s.setSelected(true));
    }

    /** Unticks every school. */
    public void clearSelection() {
        schools.forEach(s -> s.setSelected(false));
    }

    /** The school codes the current scope exports; empty means all. */
    List<String> schoolCodes() {
        return switch (scope.get()) {
            case ONE_SCHOOL -> oneSchool.get() == null ? List.of() : List.of(oneSchool.get().code());
            case SELECTION -> schools.stream().filter(SchoolChoice::isSelected).map(SchoolChoice::code).toList();
            case ALL_SCHOOLS -> List.of();
        };
    }

    /** Starts the export in the background; progress and the outcome show in {@link #statusProperty()}. */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        YearMonth chosenMonth = month.get();
        List<String> codes = schoolCodes();
        Path target = folder.get();
        boolean alsoCombined = combined.get();
        cancelRequested.set(false);
        running.set(true);
        progress.set(0);
        status.set("Preparing the " + chosenMonth + " rosters…");
        tasks.run("Exporting roster PDFs…",
                () -> rosterPdfService.exportMonth(chosenMonth, codes, target, alsoCombined,
                        (done, total, code) -> uiThread.execute(() -> {
                            progress.set((double) done / total);
                            status.set("Wrote " + code + " (" + done + " of " + total + ")");
                        }),
                        cancelRequested::get, actor),
                this::finished, this::failed);
    }

    private void finished(RosterExportResult result) {
        running.set(false);
        progress.set(1);
        status.set(result.summary());
        if (openFolderWhenDone.get()) {
            Path written = result.folder();
            tasks.run("Opening the folder…", () -> {
                folderOpener.accept(written);
                return written;
            }, opened -> { }, error -> status.set(result.summary() + " The folder could not be opened: "
                    + error.getMessage()));
        }
    }

    private void failed(Throwable error) {
        running.set(false);
        if (error instanceof CancellationException) {
            status.set(error.getMessage() == null ? "Cancelled." : error.getMessage());
        } else if (RoleGate.refusal(error).isPresent()) {
            status.set(RoleGate.refusal(error).get().getMessage());
            dialogs.showError("Roster export", status.get());
        } else if (error instanceof RosterExportException export) {
            status.set(export.getMessage());
            dialogs.showError("Roster export", export.getMessage());
        } else {
            status.set("The export failed.");
            dialogs.showError("Roster export", "The roster export failed unexpectedly.", error);
        }
    }

    /** Asks the running export to stop after the files being written. */
    public void cancel() {
        if (running.get()) {
            cancelRequested.set(true);
            status.set("Cancelling…");
        }
    }

    /** True when the signed-in role may export principal rosters (the screen is read-only otherwise). */
    public boolean mayExport() {
        return actor.may(org.srodesk.domain.account.Permission.EXPORT);
    }

    public Actor actor() {
        return actor;
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    /** Every school, with its tick for "a selection". */
    public ObservableList<SchoolChoice> schools() {
        return schools;
    }

    /** The schools matching {@link #searchProperty()}. */
    public ObservableList<SchoolChoice> visibleSchools() {
        return visibleSchools;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<ExportScope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<SchoolChoice> oneSchoolProperty() {
        return oneSchool;
    }

    public IntegerProperty selectedCountProperty() {
        return selectedCount;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public BooleanProperty combinedProperty() {
        return combined;
    }

    public BooleanProperty openFolderWhenDoneProperty() {
        return openFolderWhenDone;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public BooleanBinding canExportBinding() {
        return canExport;
    }
}
