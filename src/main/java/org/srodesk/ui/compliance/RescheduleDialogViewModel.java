package org.srodesk.ui.compliance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;

import org.srodesk.domain.UnitEvent;
import org.srodesk.service.Actor;
import org.srodesk.service.compliance.MeetingRow;
import org.srodesk.service.compliance.MeetingService;
import org.srodesk.ui.common.TaskRunner;

/** Move one month's unit meeting to another day and time of that month. */
public final class RescheduleDialogViewModel {

    private final MeetingService service;
    private final TaskRunner tasks;
    private final UnitEvent meeting;
    private final int version;
    private final Actor actor;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty time = new SimpleStringProperty(this, "time", "");
    private final FieldErrors errors = new FieldErrors();

    /** {@code row}: the meeting as the list read it; its version goes back with the move. */
    public RescheduleDialogViewModel(MeetingService service, TaskRunner tasks, MeetingRow row, Actor actor) {
        this.service = Objects.requireNonNull(service);
        this.actor = Objects.requireNonNull(actor, "actor");
        this.tasks = Objects.requireNonNull(tasks);
        this.meeting = Objects.requireNonNull(row, "row").meeting();
        this.version = row.version();
        date.set(meeting.date());
        time.set(meeting.startTime() == null ? "14:00" : meeting.startTime().toString());
        errors.clearOnEdit(date, MeetingService.DATE);
        errors.clearOnEdit(time, MeetingService.TIME);
    }

    public void submit(Consumer<UnitEvent> onDone) {
        LocalTime start;
        try {
            String t = time.get() == null ? "" : time.get().strip();
            start = LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            errors.put(MeetingService.TIME, "Write the time as 14:00.");
            return;
        }
        LocalDate day = date.get();
        tasks.run("Moving the meeting…", () -> service.reschedule(meeting.id(), version, day, start, actor), onDone,
                e -> errors.failed(e, "The meeting was not moved"));
    }

    public UnitEvent meeting() { return meeting; }
    public String errorFor(String field) { return errors.get(field); }
    public ObservableMap<String, String> fieldErrors() { return errors.map(); }
    public ReadOnlyStringProperty problemProperty() { return errors.problemProperty(); }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty timeProperty() { return time; }
}
