package org.srodesk.ui.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.srodesk.domain.compliance.MonthlyLog;
import org.srodesk.service.Actor;
import org.srodesk.service.compliance.LogDraft;
import org.srodesk.service.compliance.MonthlyLogService;
import org.srodesk.ui.common.TaskRunner;

/**
 * Record (or correct) one officer's monthly log: the month, the day it arrived, and the counts it
 * reports, each count a text field so a typo can be shown next to it.
 */
public final class LogDialogViewModel {

    /** Count fields in form order with their labels; the first five are informational sessions by topic. */
    public static final Map<String, String> COUNT_LABELS = countLabels();

    private final MonthlyLogService service;
    private final TaskRunner tasks;
    private final Actor actor;
    private final ObservableList<Officer> officers = FXCollections.observableArrayList();
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<Officer> officer = new SimpleObjectProperty<>(this, "officer");
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>(this, "month");
    private final ObjectProperty<LocalDate> received = new SimpleObjectProperty<>(this, "received");
    private final Map<String, StringProperty> counts = new LinkedHashMap<>();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final FieldErrors errors = new FieldErrors();
    private Integer version;

    public LogDialogViewModel(MonthlyLogService service, TaskRunner tasks, Actor actor, List<Officer> officerChoices,
                              List<YearMonth> monthChoices) {
        this.service = Objects.requireNonNull(service);
        this.tasks = Objects.requireNonNull(tasks);
        this.actor = Objects.requireNonNull(actor);
        officers.setAll(officerChoices);
        months.setAll(monthChoices);
        COUNT_LABELS.keySet().forEach(field -> {
            StringProperty value = new SimpleStringProperty(this, field, "0");
            counts.put(field, value);
            errors.clearOnEdit(value, field);
        });
        errors.clearOnEdit(officer, LogDraft.OFFICER);
        errors.clearOnEdit(month, LogDraft.MONTH);
        errors.clearOnEdit(received, LogDraft.RECEIVED);
        received.set(service.today());
    }

    private static Map<String, String> countLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(LogDraft.GANGS, "Gangs");
        labels.put(LogDraft.DRUGS, "Drugs");
        labels.put(LogDraft.CYBER, "Cyber bullying");
        labels.put(LogDraft.SEXTING, "Sexting");
        labels.put(LogDraft.JUSTICE, "Criminal justice system");
        labels.put(LogDraft.PPC, "Problem Pupil Committee");
        labels.put(LogDraft.PTA, "PTA / advisory council");
        labels.put(LogDraft.REPORTS, "Reports taken");
        return java.util.Collections.unmodifiableMap(labels);
    }

    /** Presets the officer and month; with an existing log, fills the form to correct it. */
    public void preset(Officer who, YearMonth which, MonthlyLog existing) {
        officer.set(who);
        month.set(which);
        if (existing != null) {
            version = existing.version();
            received.set(existing.receivedOn());
            counts.get(LogDraft.GANGS).set(Integer.toString(existing.sessionsGangs()));
            counts.get(LogDraft.DRUGS).set(Integer.toString(existing.sessionsDrugs()));
            counts.get(LogDraft.CYBER).set(Integer.toString(existing.sessionsCyber()));
            counts.get(LogDraft.SEXTING).set(Integer.toString(existing.sessionsSexting()));
            counts.get(LogDraft.JUSTICE).set(Integer.toString(existing.sessionsJustice()));
            counts.get(LogDraft.PPC).set(Integer.toString(existing.ppcMeetings()));
            counts.get(LogDraft.PTA).set(Integer.toString(existing.ptaMeetings()));
            counts.get(LogDraft.REPORTS).set(Integer.toString(existing.reportsTaken()));
            note.set(existing.note());
        }
    }

    /** True when correcting a log already recorded. */
    public boolean isCorrection() {
        return version != null;
    }

    /** Records the log off the FX thread; {@code onDone} gets it once committed. */
    public void submit(Consumer<MonthlyLog> onDone) {
        Map<String, Integer> values = new LinkedHashMap<>();
        counts.forEach((field, text) -> {
            String t = text.get() == null ? "" : text.get().strip();
            try {
                values.put(field, t.isEmpty() ? 0 : Integer.parseInt(t));
            } catch (NumberFormatException e) {
                errors.put(field, "Write a whole number, e.g. 3.");
            }
        });
        if (!errors.isEmpty()) {
            return;
        }
        LogDraft draft = new LogDraft(officer.get() == null ? null : officer.get().id(), month.get(), received.get(),
                values.get(LogDraft.GANGS), values.get(LogDraft.DRUGS), values.get(LogDraft.CYBER),
                values.get(LogDraft.SEXTING), values.get(LogDraft.JUSTICE), values.get(LogDraft.PPC),
                values.get(LogDraft.PTA), values.get(LogDraft.REPORTS), note.get(), version);
        tasks.run("Recording the monthly log…", () -> service.record(draft, actor), onDone,
                e -> errors.failed(e, "The log was not recorded"));
    }

    public String errorFor(String field) { return errors.get(field); }
    public ObservableMap<String, String> fieldErrors() { return errors.map(); }
    public ReadOnlyStringProperty problemProperty() { return errors.problemProperty(); }
    public ObservableList<Officer> officers() { return officers; }
    public ObservableList<YearMonth> months() { return months; }
    public ObjectProperty<Officer> officerProperty() { return officer; }
    public ObjectProperty<YearMonth> monthProperty() { return month; }
    public ObjectProperty<LocalDate> receivedProperty() { return received; }
    public StringProperty countProperty(String field) { return counts.get(field); }
    public StringProperty noteProperty() { return note; }
}
