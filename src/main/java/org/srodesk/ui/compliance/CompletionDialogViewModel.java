package org.srodesk.ui.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.srodesk.domain.Officer;
import org.srodesk.domain.compliance.TrainingCompletion;
import org.srodesk.domain.compliance.TrainingCourse;
import org.srodesk.service.Actor;
import org.srodesk.service.compliance.CompletionDraft;
import org.srodesk.service.compliance.TrainingService;
import org.srodesk.ui.common.TaskRunner;

/**
 * Record a training completion: officer, course, day, hours, provider, certificate reference or
 * note, and whether the day goes on the roster as approved training time off.
 */
public final class CompletionDialogViewModel {

    private final TrainingService service;
    private final TaskRunner tasks;
    private final Actor actor;
    private final ObservableList<Officer> officers = FXCollections.observableArrayList();
    private final ObservableList<TrainingCourse> courses = FXCollections.observableArrayList();
    private final ObjectProperty<Officer> officer = new SimpleObjectProperty<>(this, "officer");
    private final ObjectProperty<TrainingCourse> course = new SimpleObjectProperty<>(this, "course");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty hours = new SimpleStringProperty(this, "hours", "8");
    private final StringProperty provider = new SimpleStringProperty(this, "provider", "");
    private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
    private final BooleanProperty onRoster = new SimpleBooleanProperty(this, "onRoster", true);
    private final FieldErrors errors = new FieldErrors();

    public CompletionDialogViewModel(TrainingService service, TaskRunner tasks, Actor actor,
                                     List<Officer> officerChoices, List<TrainingCourse> courseChoices) {
        this.service = Objects.requireNonNull(service);
        this.tasks = Objects.requireNonNull(tasks);
        this.actor = Objects.requireNonNull(actor);
        officers.setAll(officerChoices);
        courses.setAll(courseChoices);
        errors.clearOnEdit(officer, CompletionDraft.OFFICER);
        errors.clearOnEdit(course, CompletionDraft.COURSE);
        errors.clearOnEdit(date, CompletionDraft.DATE);
        errors.clearOnEdit(hours, CompletionDraft.HOURS);
    }

    /** Records the completion off the FX thread; {@code onDone} gets it once committed. Refusals go next to the fields. */
    public void submit(Consumer<TrainingCompletion> onDone) {
        BigDecimal parsed = parseHours(hours.get());
        if (parsed == null) {
            errors.put(CompletionDraft.HOURS, "Write the hours as a number, e.g. 7.5.");
            return;
        }
        CompletionDraft draft = new CompletionDraft(officer.get() == null ? null : officer.get().id(),
                course.get() == null ? null : course.get().id(), date.get(), parsed, provider.get(), reference.get(),
                onRoster.get());
        tasks.run("Recording the training…", () -> service.recordCompletion(draft, actor), onDone,
                e -> errors.failed(e, "The training was not recorded"));
    }

    private static BigDecimal parseHours(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String errorFor(String field) { return errors.get(field); }
    public ObservableMap<String, String> fieldErrors() { return errors.map(); }
    public ReadOnlyStringProperty problemProperty() { return errors.problemProperty(); }
    public ObservableList<Officer> officers() { return officers; }
    public ObservableList<TrainingCourse> courses() { return courses; }
    public ObjectProperty<Officer> officerProperty() { return officer; }
    public ObjectProperty<TrainingCourse> courseProperty() { return course; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty hoursProperty() { return hours; }
    public StringProperty providerProperty() { return provider; }
    public StringProperty referenceProperty() { return reference; }
    public BooleanProperty onRosterProperty() { return onRoster; }
}
