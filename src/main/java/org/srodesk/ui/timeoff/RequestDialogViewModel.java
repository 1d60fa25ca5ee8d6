package org.srodesk.ui.timeoff;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.srodesk.domain.Officer;
import org.srodesk.domain.TimeOffKind;
import org.srodesk.service.Actor;
import org.srodesk.service.DecisionOutcome;
import org.srodesk.service.TimeOffDraft;
import org.srodesk.service.TimeOffService;
import org.srodesk.service.ValidationException;
import org.srodesk.ui.common.TaskRunner;

/**
 * The new-request dialog's state: officer, kind, first and last day or a partial day with hours,
 * note. {@link #fieldErrors()} holds the service's refusals per field ({@link TimeOffDraft#OFFICER}…)
 * for the dialog to show next to each field; a field's error clears when it is edited.
 */
public final class RequestDialogViewModel {

    private final TimeOffService service;
    private final TaskRunner tasks;
    private final Actor actor;

    private final ObservableList<Officer> officers = FXCollections.observableArrayList();
    private final ObjectProperty<Officer> officer = new SimpleObjectProperty<>(this, "officer");
    private final ObjectProperty<TimeOffKind> kind = new SimpleObjectProperty<>(this, "kind", TimeOffKind.VACATION);
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>(this, "startDate");
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>(this, "endDate");
    private final BooleanProperty partialDay = new SimpleBooleanProperty(this, "partialDay", false);
    private final StringProperty fromTime = new SimpleStringProperty(this, "fromTime", "08:00");
    private final StringProperty toTime = new SimpleStringProperty(this, "toTime", "12:00");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public RequestDialogViewModel(TimeOffService service, TaskRunner tasks, Actor actor, List<Officer> choices) {
        this.service = Objects.requireNonNull(service);
        this.tasks = Objects.requireNonNull(tasks);
        this.actor = Objects.requireNonNull(actor);
        officers.setAll(choices);
        clearOnEdit(officer, TimeOffDraft.OFFICER);
        clearOnEdit(kind, TimeOffDraft.KIND);
        clearOnEdit(startDate, TimeOffDraft.START);
        clearOnEdit(endDate, TimeOffDraft.END);
        clearOnEdit(fromTime, TimeOffDraft.HOURS);
        clearOnEdit(toTime, TimeOffDraft.HOURS);
        clearOnEdit(partialDay, TimeOffDraft.HOURS);
        startDate.addListener((obs, old, day) -> {
            if (day != null && (endDate.get() == null || partialDay.get() || endDate.get().isBefore(day))) {
                endDate.set(day);
            }
        });
        partialDay.addListener((obs, old, partial) -> {
            if (partial && startDate.get() != null) {
                endDate.set(startDate.get());
            }
        });
    }

    private void clearOnEdit(ObservableValue<?> value, String field) {
        value.addListener((obs, old, now) -> {
            fieldErrors.remove(field);
            if (TimeOffDraft.START.equals(field) || TimeOffDraft.END.equals(field)) {
                fieldErrors.remove(TimeOffDraft.START);
                fieldErrors.remove(TimeOffDraft.END);
            }
            problem.set("");
        });
    }

    /** Preselects an officer and days (e.g. from the roster's selection). */
    public void preset(Officer who, LocalDate first, LocalDate last) {
        officer.set(who);
        startDate.set(first);
        endDate.set(last);
    }

    /** What is wrong before asking the service: empty when the input can be sent. */
    public String localError(String field) {
        return switch (field) {
            case TimeOffDraft.OFFICER -> officer.get() == null ? "Choose the officer." : "";
            case TimeOffDraft.KIND -> kind.get() == null ? "Choose the kind of time off." : "";
            case TimeOffDraft.START -> startDate.get() == null ? "Enter the first day." : "";
            case TimeOffDraft.END -> endDate.get() == null ? "Enter the last day."
                    : startDate.get() != null && endDate.get().isBefore(startDate.get())
                    ? "The last day is before the first day." : "";
            case TimeOffDraft.HOURS -> !partialDay.get() ? "" : hoursError();
            default -> "";
        };
    }

    private String hoursError() {
        LocalTime from = time(fromTime.get());
        LocalTime to = time(toTime.get());
        if (from == null || to == null) {
            return "Write the hours as 08:00 and 12:00.";
        }
        return to.isAfter(from) ? "" : "The end time is not after the start time.";
    }

    /** The message to show next to {@code field}: the local check first, else the service's refusal. */
    public String errorFor(String field) {
        String local = localError(field);
        return local.isEmpty() ? fieldErrors.getOrDefault(field, "") : local;
    }

    /** Enters the request through the service, off the FX thread; {@code onDone} gets the committed outcome. */
    public void submit(Consumer<DecisionOutcome> onDone) {
        for (String field : List.of(TimeOffDraft.OFFICER, TimeOffDraft.KIND, TimeOffDraft.START, TimeOffDraft.END,
                TimeOffDraft.HOURS)) {
            if (!localError(field).isEmpty()) {
                fieldErrors.put(field, localError(field));
            }
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        TimeOffDraft draft = draft();
        tasks.run("Entering the request…", () -> service.request(draft, actor), onDone, this::failed);
    }

    TimeOffDraft draft() {
        boolean partial = partialDay.get();
        return new TimeOffDraft(officer.get() == null ? null : officer.get().id(), kind.get(), startDate.get(),
                endDate.get(), partial ? time(fromTime.get()) : null, partial ? time(toTime.get()) : null, note.get());
    }

    private void failed(Throwable error) {
        if (error instanceof ValidationException refused) {
            refused.errors().forEach(e -> fieldErrors.put(e.field(), e.message()));
        } else {
            problem.set("The request was not entered: " + error.getMessage());
        }
    }

    private static LocalTime time(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalTime.parse(text.trim().length() == 4 ? "0" + text.trim() : text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public ObservableList<Officer> officers() { return officers; }
    public ObjectProperty<Officer> officerProperty() { return officer; }
    public ObjectProperty<TimeOffKind> kindProperty() { return kind; }
    public ObjectProperty<LocalDate> startDateProperty() { return startDate; }
    public ObjectProperty<LocalDate> endDateProperty() { return endDate; }
    public BooleanProperty partialDayProperty() { return partialDay; }
    public StringProperty fromTimeProperty() { return fromTime; }
    public StringProperty toTimeProperty() { return toTime; }
    public StringProperty noteProperty() { return note; }
    public ObservableMap<String, String> fieldErrors() { return fieldErrors; }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public boolean isBusy() { return tasks.isBusy(); }
}
