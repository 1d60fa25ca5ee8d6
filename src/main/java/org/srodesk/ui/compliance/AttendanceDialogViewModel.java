package org.srodesk.ui.compliance;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.srodesk.domain.Officer;
import org.srodesk.domain.UnitEvent;
import org.srodesk.domain.compliance.AttendanceRate;
import org.srodesk.service.Actor;
import org.srodesk.service.compliance.AttendanceLine;
import org.srodesk.service.compliance.MeetingRow;
import org.srodesk.service.compliance.MeetingService;
import org.srodesk.ui.common.TaskRunner;

/**
 * The attendance sheet of one unit meeting: per officer Present / Absent (with the reason) / not
 * recorded. Refusals (an absence without its reason) show next to the officer's line.
 */
public final class AttendanceDialogViewModel {

    /** One editable line; {@code attended} null = not recorded. */
    public static final class Line {
        private final Officer officer;
        private final ObjectProperty<Boolean> attended = new SimpleObjectProperty<>(this, "attended");
        private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

        Line(AttendanceLine line) {
            this.officer = line.officer();
            attended.set(line.attended());
            reason.set(line.absenceReason());
        }

        public Officer officer() { return officer; }
        public ObjectProperty<Boolean> attendedProperty() { return attended; }
        public StringProperty reasonProperty() { return reason; }
        public String field() { return "reason-" + officer.id(); }
    }

    private final MeetingService service;
    private final TaskRunner tasks;
    private final Actor actor;
    private final UnitEvent meeting;
    /** The meeting's version as last read (the list's row, then the sheet); goes back with the sheet. */
    private int version;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final FieldErrors errors = new FieldErrors();

    /** {@code row}: the meeting as the list read it. */
    public AttendanceDialogViewModel(MeetingService service, TaskRunner tasks, Actor actor, MeetingRow row) {
        this.service = Objects.requireNonNull(service);
        this.tasks = Objects.requireNonNull(tasks);
        this.actor = Objects.requireNonNull(actor);
        this.meeting = Objects.requireNonNull(row, "row").meeting();
        this.version = row.version();
    }

    /** Reads the sheet as recorded so far. */
    public void load() {
        tasks.run("Reading attendance…", () -> service.attendance(meeting.id()), found -> {
            version = found.version();
            lines.setAll(found.lines().stream().map(Line::new).toList());
            lines.forEach(l -> {
                errors.clearOnEdit(l.reasonProperty(), l.field());
                errors.clearOnEdit(l.attendedProperty(), l.field());
            });
        }, e -> errors.failed(e, "Attendance could not be read"));
    }

    /** Marks every line not yet recorded as present. */
    public void markRestPresent() {
        lines.stream().filter(l -> l.attendedProperty().get() == null).forEach(l -> l.attendedProperty().set(true));
    }

    public void submit(Consumer<AttendanceRate> onDone) {
        List<AttendanceLine> sheet = lines.stream()
                .map(l -> new AttendanceLine(l.officer(), l.attendedProperty().get(), l.reasonProperty().get())).toList();
        int seen = version;
        tasks.run("Recording attendance…", () -> service.recordAttendance(meeting.id(), seen, sheet, actor), onDone,
                e -> errors.failed(e, "Attendance was not recorded"));
    }

    public UnitEvent meeting() { return meeting; }
    public ObservableList<Line> lines() { return lines; }
    public String errorFor(String field) { return errors.get(field); }
    public ObservableMap<String, String> fieldErrors() { return errors.map(); }
    public ReadOnlyStringProperty problemProperty() { return errors.problemProperty(); }
}
