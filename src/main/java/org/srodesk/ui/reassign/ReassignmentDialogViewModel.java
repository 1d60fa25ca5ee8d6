package org.srodesk.ui.reassign;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.srodesk.domain.Reassignment;
import org.srodesk.domain.School;
import org.srodesk.domain.reassign.ReassignmentCheck;
import org.srodesk.domain.reassign.ReassignmentConflict;
import org.srodesk.domain.reassign.SchoolGap;
import org.srodesk.service.Actor;
import org.srodesk.service.ConflictConfirmation;
import org.srodesk.service.ReassignmentDraft;
import org.srodesk.service.ReassignmentOutcome;
import org.srodesk.service.ReassignmentService;
import org.srodesk.service.ValidationException;
import org.srodesk.ui.common.TaskRunner;

/**
 * The reassignment dialog's state, for a new reassignment or a change: officer, first and last day
 * (or open-ended), destination school or named duty, who ordered it (rank and name), order reference
 * and reason. {@link #check()} asks the service for the conflicts and gaps as the input changes; they
 * are shown before saving, and saving with conflicts needs {@link #confirmProperty()}.
 * {@link #fieldErrors()} holds refusals per field ({@link ReassignmentDraft#OFFICER} …).
 */
public final class ReassignmentDialogViewModel {

    /** Ranks offered for "ordered by"; any other can be typed. */
    public static final List<String> RANKS = List.of("Chief", "Assistant Chief", "Deputy Chief", "Commander",
            "Lieutenant", "Sergeant");

    private final ReassignmentService service;
    private final TaskRunner tasks;
    private final Actor actor;
    private final Reassignment editing;

    private final ObservableList<Officer> officers = FXCollections.observableArrayList();
    private final ObservableList<School> schools = FXCollections.observableArrayList();
    private final ObjectProperty<Officer> officer = new SimpleObjectProperty<>(this, "officer");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>(this, "startDate");
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>(this, "endDate");
    private final BooleanProperty openEnded = new SimpleBooleanProperty(this, "openEnded", false);
    private final BooleanProperty toSchool = new SimpleBooleanProperty(this, "toSchool", false);
    private final ObjectProperty<School> school = new SimpleObjectProperty<>(this, "school");
    private final StringProperty duty = new SimpleStringProperty(this, "duty", "");
    private final StringProperty orderedByRank = new SimpleStringProperty(this, "orderedByRank", "");
    private final StringProperty orderedByName = new SimpleStringProperty(this, "orderedByName", "");
    private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final BooleanProperty confirm = new SimpleBooleanProperty(this, "confirm", false);
    private final StringProperty confirmNote = new SimpleStringProperty(this, "confirmNote", "");
    private final BooleanProperty releaseCoverage = new SimpleBooleanProperty(this, "releaseCoverage", true);
    private final ObservableList<ReassignmentConflict> conflicts = FXCollections.observableArrayList();
    private final ObservableList<SchoolGap> gaps = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper(this, "checked", false);
    private final ReadOnlyBooleanWrapper releasable = new ReadOnlyBooleanWrapper(this, "releasable", false);
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private ReassignmentDraft lastChecked;

    /** A new reassignment. */
    public ReassignmentDialogViewModel(ReassignmentService service, TaskRunner tasks, Actor actor,
                                       List<Officer> officerChoices, List<School> schoolChoices) {
        this(service, tasks, actor, officerChoices, schoolChoices, null);
    }

    /** A change to {@code editing} (null for a new one). */
    public ReassignmentDialogViewModel(ReassignmentService service, TaskRunner tasks, Actor actor,
                                       List<Officer> officerChoices, List<School> schoolChoices, Reassignment editing) {
        this.service = Objects.requireNonNull(service);
        this.tasks = Objects.requireNonNull(tasks);
        this.actor = Objects.requireNonNull(actor);
        this.editing = editing;
        officers.setAll(officerChoices);
        schools.setAll(schoolChoices);
        if (editing != null) {
            fill(editing);
        }
        clearOnEdit(officer, ReassignmentDraft.OFFICER);
        clearOnEdit(startDate, ReassignmentDraft.START);
        clearOnEdit(endDate, ReassignmentDraft.END);
        clearOnEdit(openEnded, ReassignmentDraft.END);
        clearOnEdit(toSchool, ReassignmentDraft.DESTINATION);
        clearOnEdit(school, ReassignmentDraft.DESTINATION);
        clearOnEdit(duty, ReassignmentDraft.DESTINATION);
        clearOnEdit(orderedByRank, ReassignmentDraft.ORDERED_BY);
        clearOnEdit(orderedByName, ReassignmentDraft.ORDERED_BY);
        clearOnEdit(confirm, ReassignmentDraft.CONFIRM);
        startDate.addListener((obs, old, day) -> {
            if (day != null && endDate.get() != null && endDate.get().isBefore(day)) {
                endDate.set(day);
            }
        });
    }

    private void fill(Reassignment r) {
        officer.set(officers.stream().filter(o -> o.id() == r.officerId()).findFirst().orElse(null));
        startDate.set(r.startDate());
        endDate.set(r.endDate());
        openEnded.set(r.endDate() == null);
        toSchool.set(r.toSchool());
        school.set(r.toSchool() ? schools.stream().filter(s -> s.id() == r.destinationSchoolId()).findFirst()
                .orElse(null) : null);
        duty.set(r.toSchool() ? "" : r.destinationDuty());
        String rank = RANKS.stream().sorted((a, b) -> b.length() - a.length())
                .filter(k -> r.orderedBy().startsWith(k + " ")).findFirst().orElse("");
        orderedByRank.set(rank);
        orderedByName.set(rank.isEmpty() ? r.orderedBy() : r.orderedBy().substring(rank.length() + 1));
        reference.set(r.orderReference());
        reason.set(r.reason());
    }

    private void clearOnEdit(ObservableValue<?> value, String field) {
        value.addListener((obs, old, now) -> {
            fieldErrors.remove(field);
            if (ReassignmentDraft.START.equals(field) || ReassignmentDraft.END.equals(field)) {
                fieldErrors.remove(ReassignmentDraft.START);
                fieldErrors.remove(ReassignmentDraft.END);
            }
            problem.set("");
        });
    }

    /** Preselects an officer and days, e.g. the roster's selection. */
    public void preset(Officer who, LocalDate first, LocalDate last) {
        officer.set(who);
        startDate.set(first);
        endDate.set(last);
        openEnded.set(last == null);
    }

    /** Preselects the officer with id {@code officerId} (if among the choices) and days. */
    public void preset(long officerId, LocalDate first, LocalDate last) {
        preset(officers.stream().filter(o -> o.id() == officerId).findFirst().orElse(null), first, last);
    }

    public boolean isEditing() {
        return editing != null;
    }

    public Optional<Reassignment> editing() {
        return Optional.ofNullable(editing);
    }

    /** What is wrong before asking the service: "" when the field can be sent. */
    public String localError(String field) {
        return switch (field) {
            case ReassignmentDraft.OFFICER -> officer.get() == null ? "Choose the officer." : "";
            case ReassignmentDraft.START -> startDate.get() == null ? "Enter the first day." : "";
            case ReassignmentDraft.END -> openEnded.get() ? ""
                    : endDate.get() == null ? "Enter the last day, or tick open-ended."
                    : startDate.get() != null && endDate.get().isBefore(startDate.get())
                    ? "The last day is before the first day." : "";
            case ReassignmentDraft.DESTINATION -> toSchool.get() ? school.get() == null ? "Choose the school." : ""
                    : duty.get() == null || duty.get().isBlank() ? "Name the duty (e.g. Patrol)." : "";
            case ReassignmentDraft.ORDERED_BY -> orderedByName.get() == null || orderedByName.get().isBlank()
                    ? "Name the command staff member who ordered it."
                    : orderedByRank.get() == null || orderedByRank.get().isBlank() ? "Choose or type their rank." : "";
            default -> "";
        };
    }

    /** The message next to {@code field}: the local check first, else the service's refusal. */
    public String errorFor(String field) {
        String local = localError(field);
        return local.isEmpty() ? fieldErrors.getOrDefault(field, "") : local;
    }

    private boolean complete() {
        return List.of(ReassignmentDraft.OFFICER, ReassignmentDraft.START, ReassignmentDraft.END,
                ReassignmentDraft.DESTINATION).stream().allMatch(f -> localError(f).isEmpty());
    }

    /**
     * Asks the service for the conflicts and gaps of the input as it is (when officer, days and
     * destination are complete), off the FX thread; a late answer for older input is dropped.
     */
    public void check() {
        if (!complete()) {
            conflicts.clear();
            gaps.clear();
            checked.set(false);
            releasable.set(false);
            lastChecked = null;
            return;
        }
        // Who ordered it does not change the conflicts: a stand-in lets the check run before it is typed.
        ReassignmentDraft draft = draftWithOrder("(checking)");
        lastChecked = draft;
        long editingId = editing == null ? 0 : editing.id();
        tasks.run("Checking for conflicts…", () -> service.check(draft, editingId), result -> {
            if (draft.equals(lastChecked)) {
                show(result);
            }
        }, error -> {
            if (draft.equals(lastChecked)) {
                failed(error);
            }
        });
    }

    private void show(ReassignmentCheck check) {
        conflicts.setAll(check.conflicts());
        gaps.setAll(check.gaps());
        releasable.set(!check.releasableCoverageIds().isEmpty());
        checked.set(true);
    }

    /** Saves through the service, off the FX thread; {@code onDone} gets the committed outcome. */
    public void submit(Consumer<ReassignmentOutcome> onDone) {
        for (String field : List.of(ReassignmentDraft.OFFICER, ReassignmentDraft.START, ReassignmentDraft.END,
                ReassignmentDraft.DESTINATION, ReassignmentDraft.ORDERED_BY)) {
            if (!localError(field).isEmpty()) {
                fieldErrors.put(field, localError(field));
            }
        }
        if (!conflicts.isEmpty() && !confirm.get()) {
            fieldErrors.put(ReassignmentDraft.CONFIRM, "Tick the box to save despite the conflicts, or change the input.");
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        ReassignmentDraft draft = draft();
        ConflictConfirmation answer = new ConflictConfirmation(confirm.get() && !conflicts.isEmpty(), confirmNote.get(),
                releaseCoverage.get() && releasable.get());
        if (editing == null) {
            tasks.run("Recording the reassignment…", () -> service.record(draft, answer, actor), onDone, this::failed);
        } else {
            tasks.run("Saving the change…", () -> service.change(editing.id(), editing.version(), draft, answer, actor),
                    onDone, this::failed);
        }
    }

    ReassignmentDraft draft() {
        String rank = orderedByRank.get() == null ? "" : orderedByRank.get().trim();
        String name = orderedByName.get() == null ? "" : orderedByName.get().trim();
        return draftWithOrder(name.isEmpty() ? "" : (rank + " " + name).trim());
    }

    private ReassignmentDraft draftWithOrder(String orderedBy) {
        boolean school = toSchool.get();
        return new ReassignmentDraft(officer.get() == null ? null : officer.get().id(), startDate.get(),
                openEnded.get() ? null : endDate.get(), school && this.school.get() != null ? this.school.get().id() : null,
                school ? null : duty.get(), orderedBy, reference.get(), reason.get());
    }

    private void failed(Throwable error) {
        if (error instanceof ValidationException refused) {
            refused.errors().forEach(e -> fieldErrors.put(e.field(), e.message()));
            if (refused.byField().containsKey(ReassignmentDraft.CONFIRM)) {
                check();
            }
        } else {
            problem.set("Not saved: " + error.getMessage());
        }
    }

    public ObservableList<Officer> officers() { return officers; }
    public ObservableList<School> schools() { return schools; }
    public ObjectProperty<Officer> officerProperty() { return officer; }
    public ObjectProperty<LocalDate> startDateProperty() { return startDate; }
    public ObjectProperty<LocalDate> endDateProperty() { return endDate; }
    public BooleanProperty openEndedProperty() { return openEnded; }
    public BooleanProperty toSchoolProperty() { return toSchool; }
    public ObjectProperty<School> schoolProperty() { return school; }
    public StringProperty dutyProperty() { return duty; }
    public StringProperty orderedByRankProperty() { return orderedByRank; }
    public StringProperty orderedByNameProperty() { return orderedByName; }
    public StringProperty referenceProperty() { return reference; }
    public StringProperty reasonProperty() { return reason; }
    public BooleanProperty confirmProperty() { return confirm; }
    public StringProperty confirmNoteProperty() { return confirmNote; }
    public BooleanProperty releaseCoverageProperty() { return releaseCoverage; }
    public ObservableList<ReassignmentConflict> conflicts() { return conflicts; }
    public ObservableList<SchoolGap> gaps() { return gaps; }
    public ReadOnlyBooleanProperty checkedProperty() { return checked.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty releasableProperty() { return releasable.getReadOnlyProperty(); }
    public ObservableMap<String, String> fieldErrors() { return fieldErrors; }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
}
