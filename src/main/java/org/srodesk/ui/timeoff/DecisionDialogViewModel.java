package org.srodesk.ui.timeoff;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.srodesk.domain.TimeOffRequest;
import org.srodesk.domain.TimeOffStatus;
import org.srodesk.domain.timeoff.PolicyFinding;
import org.srodesk.domain.timeoff.TimeOffPolicy;
import org.srodesk.service.Actor;
import org.srodesk.service.ConcurrentChangeException;
import org.srodesk.service.DecisionOutcome;
import org.srodesk.service.TimeOffRow;
import org.srodesk.service.TimeOffService;
import org.srodesk.service.ValidationException;
import org.srodesk.ui.common.TaskRunner;

/**
 * The decision dialog's state: the request, its policy findings (loaded off the FX thread before
 * the sergeant can decide), the comment or justification, and approve / deny / cancel.
 */
public final class DecisionDialogViewModel {

    private final TimeOffService service;
    private final TaskRunner tasks;
    private final Actor actor;
    private final TimeOffRow row;

    private final ObservableList<PolicyFinding> findings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper findingsLoaded = new ReadOnlyBooleanWrapper(this, "findingsLoaded", false);
    private final ReadOnlyBooleanWrapper justificationRequired = new ReadOnlyBooleanWrapper(this, "justificationRequired");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final ReadOnlyStringWrapper commentError = new ReadOnlyStringWrapper(this, "commentError", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public DecisionDialogViewModel(TimeOffService service, TaskRunner tasks, Actor actor, TimeOffRow row) {
        this.service = Objects.requireNonNull(service);
        this.tasks = Objects.requireNonNull(tasks);
        this.actor = Objects.requireNonNull(actor);
        this.row = Objects.requireNonNull(row);
        comment.addListener((obs, old, now) -> commentError.set(""));
    }

    /** Loads the findings; the dialog's decision buttons wait for them. */
    public void loadFindings() {
        tasks.run("Checking the time-off policy…", () -> service.findings(row.request().id()), found -> {
            findings.setAll(found);
            justificationRequired.set(TimeOffPolicy.needsJustification(found));
            findingsLoaded.set(true);
        }, error -> problem.set(error instanceof ConcurrentChangeException ? error.getMessage()
                : "The policy could not be checked: " + error.getMessage()));
    }

    public boolean canDecide() {
        return row.request().status() == TimeOffStatus.REQUESTED;
    }

    public boolean canCancel() {
        return row.request().status().isActive();
    }

    public void approve(Consumer<DecisionOutcome> onDone) {
        if (justificationRequired.get() && comment.get().isBlank()) {
            commentError.set("Write why this extended absence while school is in session is approved.");
            return;
        }
        TimeOffRequest request = row.request();
        run("Approving…", () -> service.approve(request.id(), request.version(), comment.get(), actor), onDone);
    }

    public void deny(Consumer<DecisionOutcome> onDone) {
        if (comment.get().isBlank()) {
            commentError.set("Write why the request is denied.");
            return;
        }
        TimeOffRequest request = row.request();
        run("Denying…", () -> service.deny(request.id(), request.version(), comment.get(), actor), onDone);
    }

    public void cancelRequest(Consumer<DecisionOutcome> onDone) {
        TimeOffRequest request = row.request();
        run("Cancelling…", () -> service.cancel(request.id(), request.version(), comment.get(), actor), onDone);
    }

    private void run(String message, Callable<DecisionOutcome> work, Consumer<DecisionOutcome> onDone) {
        problem.set("");
        tasks.run(message, work, onDone, error -> {
            if (error instanceof ValidationException refused) {
                commentError.set(refused.getMessage());
            } else if (error instanceof ConcurrentChangeException changed) {
                problem.set(changed.getMessage());
            } else {
                problem.set("Nothing was saved: " + error.getMessage());
            }
        });
    }

    public TimeOffRow row() { return row; }
    public ObservableList<PolicyFinding> findings() { return findings; }
    public List<PolicyFinding> findingList() { return List.copyOf(findings); }
    public ReadOnlyBooleanProperty findingsLoadedProperty() { return findingsLoaded.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty justificationRequiredProperty() { return justificationRequired.getReadOnlyProperty(); }
    public StringProperty commentProperty() { return comment; }
    public ReadOnlyStringProperty commentErrorProperty() { return commentError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
}
