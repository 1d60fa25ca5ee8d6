package org.srodesk.ui.reassign;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.srodesk.service.Actor;
import org.srodesk.service.ReassignmentDraft;
import org.srodesk.service.ReassignmentOutcome;
import org.srodesk.service.ReassignmentRow;
import org.srodesk.service.ReassignmentService;
import org.srodesk.service.ValidationException;
import org.srodesk.ui.common.TaskRunner;

/**
 * Ending a reassignment early (a new last day) or cancelling it, with a comment for the history.
 * The service refuses a last day that is not earlier, naming {@link ReassignmentDraft#END}.
 */
public final class EndReassignmentViewModel {

    private final ReassignmentService service;
    private final TaskRunner tasks;
    private final Actor actor;
    private final ReassignmentRow row;
    private final boolean cancelling;
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>(this, "lastDay");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final ReadOnlyStringWrapper lastDayError = new ReadOnlyStringWrapper(this, "lastDayError", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** @param cancelling true to cancel, false to end early */
    public EndReassignmentViewModel(ReassignmentService service, TaskRunner tasks, Actor actor, ReassignmentRow row,
                                    boolean cancelling, LocalDate today) {
        this.service = Objects.requireNonNull(service);
        this.tasks = Objects.requireNonNull(tasks);
        this.actor = Objects.requireNonNull(actor);
        this.row = Objects.requireNonNull(row);
        this.cancelling = cancelling;
        LocalDate start = row.reassignment().startDate();
        lastDay.set(today.isBefore(start) ? start : today);
        lastDay.addListener((obs, old, now) -> {
            lastDayError.set("");
            problem.set("");
        });
    }

    public void submit(Consumer<ReassignmentOutcome> onDone) {
        if (!cancelling && lastDay.get() == null) {
            lastDayError.set("Enter the last day.");
            return;
        }
        var r = row.reassignment();
        if (cancelling) {
            tasks.run("Cancelling the reassignment…", () -> service.cancel(r.id(), r.version(), comment.get(), actor),
                    onDone, this::failed);
        } else {
            LocalDate day = lastDay.get();
            tasks.run("Ending the reassignment…", () -> service.endEarly(r.id(), r.version(), day, comment.get(), actor),
                    onDone, this::failed);
        }
    }

    private void failed(Throwable error) {
        if (error instanceof ValidationException refused && refused.byField().containsKey(ReassignmentDraft.END)) {
            lastDayError.set(refused.byField().get(ReassignmentDraft.END));
        } else {
            problem.set("Not saved: " + error.getMessage());
        }
    }

    public ReassignmentRow row() { return row; }
    public boolean isCancelling() { return cancelling; }
    public ObjectProperty<LocalDate> lastDayProperty() { return lastDay; }
    public StringProperty commentProperty() { return comment; }
    public ReadOnlyStringProperty lastDayErrorProperty() { return lastDayError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
}
