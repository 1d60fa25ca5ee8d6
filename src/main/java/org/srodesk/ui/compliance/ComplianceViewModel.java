package org.srodesk.ui.compliance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
import org.srodesk.domain.OfficerRole;
import org.srodesk.domain.account.Permission;
import org.srodesk.domain.compliance.OverdueItem;
import org.srodesk.domain.compliance.SchoolYear;
import org.srodesk.domain.compliance.TrainingCourse;
import org.srodesk.domain.compliance.TrainingState;
import org.srodesk.service.Actor;
import org.srodesk.service.ValidationException;
import org.srodesk.service.compliance.ComplianceServices;
import org.srodesk.service.compliance.TrainingMatrix;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.FileType;
import org.srodesk.ui.common.RoleGate;
import org.srodesk.ui.common.TaskRunner;

/**
 * The compliance screen: the training matrix (officers × required courses) with its filters and
 * CSV export, the "Overdue" panel, the annual review PDF, and — through {@link LogsViewModel} and
 * {@link MeetingsViewModel} — the monthly logs and unit meetings. Every service call goes through
 * the {@link TaskRunner}; every dialog through {@link DialogService} or {@link ComplianceDialogs}.
 */
public final class ComplianceViewModel {

    private final ComplianceServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ComplianceDialogs complianceDialogs;
    private final Actor actor;
    private final LogsViewModel logs;
    private final MeetingsViewModel meetings;

    private final ReadOnlyObjectWrapper<TrainingMatrix> matrix = new ReadOnlyObjectWrapper<>(this, "matrix");
    private final ObservableList<TrainingMatrix.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<OverdueItem> overdue = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<OfficerRole> roleFilter = new SimpleObjectProperty<>(this, "roleFilter");
    private final ObjectProperty<TrainingState> stateFilter = new SimpleObjectProperty<>(this, "stateFilter");
    private final ObservableList<SchoolYear> reviewYears = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ComplianceViewModel(ComplianceServices services, TaskRunner tasks, DialogService dialogs,
                               ComplianceDialogs complianceDialogs, Actor actor) {
        this.services = Objects.requireNonNull(services);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.complianceDialogs = Objects.requireNonNull(complianceDialogs);
        this.actor = Objects.requireNonNull(actor);
        this.logs = new LogsViewModel(services.logs(), tasks, dialogs, complianceDialogs, actor, this::officers,
                this::changed);
        this.meetings = new MeetingsViewModel(services.meetings(), tasks, dialogs, complianceDialogs, actor,
                this::changed);
        search.addListener((obs, old, now) -> applyFilters());
        roleFilter.addListener((obs, old, now) -> applyFilters());
        stateFilter.addListener((obs, old, now) -> applyFilters());
        LocalDate today = services.logs().today();
        SchoolYear current = SchoolYear.containing(today);
        reviewYears.setAll(current.startYear() > 2000 ? List.of(new SchoolYear(current.startYear() - 1), current)
                : List.of(current));
    }

    /** Loads the matrix, the overdue panel, this month's logs and this year's meetings. */
    public void load() {
        reloadMatrix();
        reloadOverdue();
        logs.load();
        meetings.load();
    }

    public void reloadMatrix() {
        tasks.run("Reading training records…", () -> services.training().matrix(), loaded -> {
            matrix.set(loaded);
            applyFilters();
        }, this::failed);
    }

    public void reloadOverdue() {
        tasks.run("Finding what is overdue…", () -> services.overdue().overdue(), overdue::setAll, this::failed);
    }

    private void changed() {
        reloadMatrix();
        reloadOverdue();
    }

    private void applyFilters() {
        TrainingMatrix current = matrix.get();
        if (current == null) {
            rows.clear();
            return;
        }
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        rows.setAll(current.rows().stream()
                .filter(r -> roleFilter.get() == null || r.officer().role() == roleFilter.get())
                .filter(r -> stateFilter.get() == null || r.standings().stream().anyMatch(s -> s.state() == stateFilter.get()))
                .filter(r -> needle.isEmpty() || (r.officer().sortName() + " " + r.officer().badge() + " " + r.school())
                        .toLowerCase(Locale.ROOT).contains(needle))
                .toList());
    }

    public void clearFilters() {
        search.set("");
        roleFilter.set(null);
        stateFilter.set(null);
    }

    List<Officer> officers() {
        TrainingMatrix current = matrix.get();
        return current == null ? List.of() : current.rows().stream().map(TrainingMatrix.Row::officer).toList();
    }

    /** Opens the record-training dialog, for {@code who} when given. */
    public void recordTraining(Officer who) {
        if (!canSchedule()) {
            return;
        }
        TrainingMatrix current = matrix.get();
        List<TrainingCourse> courses = current == null ? List.of() : current.courses();
        CompletionDialogViewModel dialog = new CompletionDialogViewModel(services.training(), tasks, actor, officers(),
                courses);
        dialog.officerProperty().set(who);
        complianceDialogs.showCompletionDialog(dialog).ifPresent(done -> {
            message.set("Training recorded: " + courses.stream().filter(c -> c.id() == done.courseId())
                    .map(TrainingCourse::name).findFirst().orElse("course") + " on " + done.completedOn() + ".");
            changed();
        });
    }

    /** Opens the add-course dialog; the new course joins the matrix. */
    public void addCourse() {
        if (!canSchedule()) {
            return;
        }
        complianceDialogs.showCourseDialog(new CourseDialogViewModel(services.training(), tasks, actor)).ifPresent(course -> {
            message.set("Course added: " + course.name() + ", renewed every " + course.renewalMonths() + " months.");
            changed();
        });
    }

    /** Writes the rows the filters show as CSV, to a file the user chooses. */
    public void exportMatrixCsv() {
        TrainingMatrix current = matrix.get();
        if (current == null || !canExport()) {
            return;
        }
        List<TrainingMatrix.Row> shown = new ArrayList<>(rows);
        dialogs.chooseFileToSave("Export the training matrix", null, "training-matrix-" + current.asOf() + ".csv",
                List.of(FileType.of("CSV file", "*.csv"))).ifPresent(file -> tasks.run("Writing " + file.getFileName() + "…",
                () -> services.training().writeMatrixCsv(current, shown, file, actor),
                count -> message.set("Wrote " + count + " officers to " + file + "."), this::failed));
    }

    /** Writes the annual program review of {@code year} as a PDF, to a file the user chooses. */
    public void exportReview(SchoolYear year) {
        if (year == null || !canExport()) {
            return;
        }
        dialogs.chooseFileToSave("Save the program review", null, "sro-program-review-" + year.label() + ".pdf",
                List.of(FileType.of("PDF document", "*.pdf"))).ifPresent(file -> writeReview(year, file));
    }

    private void writeReview(SchoolYear year, Path file) {
        tasks.run("Writing the " + year.label() + " program review…", () -> services.review().writePdf(year, file, actor),
                pages -> message.set("Wrote the " + year.label() + " program review (" + pages + " pages) to " + file + "."),
                error -> {
                    if (error instanceof ValidationException refused) {
                        dialogs.showError("Program review", refused.getMessage());
                    } else {
                        failed(error);
                    }
                });
    }

    private void failed(Throwable error) {
        RoleGate.showFailure(dialogs, "Compliance", "Something went wrong: " + error.getMessage(), error);
    }

    /** Training, courses, monthly logs and unit meetings: the sergeant's records. */
    public boolean canSchedule() {
        return actor.may(Permission.SCHEDULE);
    }

    /** The matrix CSV and the program review PDF: data leaving the desk. */
    public boolean canExport() {
        return actor.may(Permission.EXPORT);
    }

    public Actor actor() {
        return actor;
    }

    public LogsViewModel logs() { return logs; }
    public MeetingsViewModel meetings() { return meetings; }
    public ReadOnlyObjectProperty<TrainingMatrix> matrixProperty() { return matrix.getReadOnlyProperty(); }
    public ObservableList<TrainingMatrix.Row> rows() { return rows; }
    public ObservableList<OverdueItem> overdue() { return overdue; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<OfficerRole> roleFilterProperty() { return roleFilter; }
    public ObjectProperty<TrainingState> stateFilterProperty() { return stateFilter; }
    public ObservableList<SchoolYear> reviewYears() { return reviewYears; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    void say(String text) { message.set(text); }
}
