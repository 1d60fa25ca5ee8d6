package org.srodesk.ui.compliance;

import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;

import org.srodesk.domain.compliance.TrainingCourse;
import org.srodesk.service.Actor;
import org.srodesk.service.compliance.TrainingService;
import org.srodesk.ui.common.TaskRunner;

/** Add a department course to the required training: short code, name, renewal period in months. */
public final class CourseDialogViewModel {

    private final TrainingService service;
    private final TaskRunner tasks;
    private final Actor actor;
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty renewal = new SimpleStringProperty(this, "renewal", "24");
    private final FieldErrors errors = new FieldErrors();

    public CourseDialogViewModel(TrainingService service, TaskRunner tasks, Actor actor) {
        this.service = Objects.requireNonNull(service);
        this.tasks = Objects.requireNonNull(tasks);
        this.actor = Objects.requireNonNull(actor);
        errors.clearOnEdit(code, "code");
        errors.clearOnEdit(name, "name");
        errors.clearOnEdit(renewal, "renewal");
    }

    public void submit(Consumer<TrainingCourse> onDone) {
        Integer months;
        try {
            months = Integer.valueOf(renewal.get().strip());
        } catch (NumberFormatException e) {
            errors.put("renewal", "Write the months as a whole number, e.g. 24.");
            return;
        }
        String c = code.get();
        String n = name.get();
        tasks.run("Adding the course…", () -> service.addCourse(c, n, months, actor), onDone,
                e -> errors.failed(e, "The course was not added"));
    }

    public String errorFor(String field) { return errors.get(field); }
    public ObservableMap<String, String> fieldErrors() { return errors.map(); }
    public ReadOnlyStringProperty problemProperty() { return errors.problemProperty(); }
    public StringProperty codeProperty() { return code; }
    public StringProperty nameProperty() { return name; }
    public StringProperty renewalProperty() { return renewal; }
}
