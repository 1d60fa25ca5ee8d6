package org.srodesk.ui.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.srodesk.domain.account.AuditEntry;
import org.srodesk.service.AccessDeniedException;
import org.srodesk.service.Actor;
import org.srodesk.service.ValidationException;
import org.srodesk.service.audit.AuditExport;
import org.srodesk.service.audit.AuditExportException;
import org.srodesk.service.audit.AuditFilter;
import org.srodesk.service.audit.AuditPage;
import org.srodesk.service.audit.AuditService;
import org.srodesk.ui.common.CountLabels;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.FileType;
import org.srodesk.ui.common.TaskRunner;

/**
 * The Audit screen: the audit log filtered by user ({@code null}: everyone), kind of record ({@code null}: all
 * records) and a period of days (the last 30 by default), newest first, at most
 * {@link AuditFilter#DEFAULT_LIMIT} rows with the total count; the selected row's before and after in full;
 * and the CSV export of every matching row. Read-only: the screen offers no way to change or remove a row.
 *
 * <p>Every change of a filter reloads the rows off the FX thread; a result that arrives after a newer request
 * was made is dropped. A role without the permission sees the service's refusal in place of the rows.
 */
public final class AuditViewModel {

    /** How many days the default period spans, today included. */
    public static final int DEFAULT_DAYS = 30;

    private static final List<FileType> CSV = List.of(FileType.of("CSV file", "*.csv"));
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH);

    private final AuditService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Actor actor;
    private final Supplier<LocalDate> today;
    private final int limit;

    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<String> userChoices = FXCollections.observableArrayList();
    private final ObservableList<String> entityChoices = FXCollections.observableArrayList();
    private final ObjectProperty<String> userFilter = new SimpleObjectProperty<>(this, "userFilter");
    private final ObjectProperty<String> entityFilter = new SimpleObjectProperty<>(this, "entityFilter");
    private final ObjectProperty<LocalDate> fromFilter = new SimpleObjectProperty<>(this, "fromFilter");
    private final ObjectProperty<LocalDate> toFilter = new SimpleObjectProperty<>(this, "toFilter");
    private final ObjectProperty<AuditEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final ReadOnlyStringWrapper filterProblem = new ReadOnlyStringWrapper(this, "filterProblem", "");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting", false);
    /** The filter of the rows shown; null while none are (bad filters, refused, not loaded yet). */
    private final ObjectProperty<AuditFilter> shown = new SimpleObjectProperty<>(this, "shown");
    private final BooleanBinding exportDisabled;
    private long request;
    private boolean resetting;

    public AuditViewModel(AuditService service, TaskRunner tasks, DialogService dialogs, Actor actor,
                          Supplier<LocalDate> today) {
        this(service, tasks, dialogs, actor, today, AuditFilter.DEFAULT_LIMIT);
    }

    /** With the number of rows shown at most (the screen: {@link AuditFilter#DEFAULT_LIMIT}). */
    public AuditViewModel(AuditService service, TaskRunner tasks, DialogService dialogs, Actor actor,
                          Supplier<LocalDate> today, int limit) {
        this.service = Objects.requireNonNull(service, "service");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.today = Objects.requireNonNull(today, "today");
        this.limit = limit;
        userChoices.add(null);
        entityChoices.add(null);
        setDefaultPeriod();
        userFilter.addListener((obs, old, now) -> filtersChanged());
        entityFilter.addListener((obs, old, now) -> filtersChanged());
        fromFilter.addListener((obs, old, now) -> filtersChanged());
        toFilter.addListener((obs, old, now) -> filtersChanged());
        exportDisabled = Bindings.createBooleanBinding(() -> exporting.get() || shown.get() == null, exporting, shown);
    }

    /** Loads the filter choices and the rows. */
    public void load() {
        loadChoices();
        reloadRows();
    }

    /** Back to everyone, all records, the last {@value #DEFAULT_DAYS} days. */
    public void resetFilters() {
        resetting = true;
        try {
            userFilter.set(null);
            entityFilter.set(null);
            setDefaultPeriod();
        } finally {
            resetting = false;
        }
        reloadRows();
    }

    private void setDefaultPeriod() {
        LocalDate now = today.get();
        fromFilter.set(now.minusDays(DEFAULT_DAYS - 1L));
        toFilter.set(now);
    }

    private void filtersChanged() {
        if (!resetting) {
            reloadRows();
        }
    }

    private void loadChoices() {
        tasks.run("Reading the audit log's users…", () -> List.of(service.userNames(actor), service.entities(actor)),
                both -> {
                    String user = userFilter.get();
                    String entity = entityFilter.get();
                    setChoices(userChoices, both.get(0), user);
                    setChoices(entityChoices, both.get(1), entity);
                }, this::failed);
    }

    /** Keeps the chosen value selectable even when the log does not (yet) name it. */
    private static void setChoices(ObservableList<String> choices, List<String> found, String chosen) {
        List<String> all = new ArrayList<>();
        all.add(null);
        all.addAll(found);
        if (chosen != null && !found.contains(chosen)) {
            all.add(chosen);
        }
        if (!all.equals(choices)) {
            choices.setAll(all);
        }
    }

    /** Reads the rows for the current filters. */
    public void reloadRows() {
        AuditFilter filter;
        try {
            filter = currentFilter();
        } catch (ValidationException e) {
            request++; // drops any answer still on its way
            rows.clear();
            shown.set(null);
            count.set("");
            filterProblem.set(e.getMessage());
            return;
        }
        filterProblem.set("");
        long id = ++request;
        tasks.run("Reading the audit log…", () -> service.find(actor, filter), page -> {
            if (id == request) {
                show(filter, page);
            }
        }, error -> {
            if (id == request) {
                failed(error);
            }
        });
    }

    private AuditFilter currentFilter() {
        return new AuditFilter(userFilter.get(), entityFilter.get(), fromFilter.get(), toFilter.get(), limit);
    }

    private void show(AuditFilter filter, AuditPage page) {
        Long keep = selected.get() == null ? null : selected.get().id();
        shown.set(filter);
        refusal.set("");
        rows.setAll(page.rows());
        selected.set(keep == null ? null : page.rows().stream().filter(r -> r.id() == keep).findFirst().orElse(null));
        count.set(countText(page));
    }

    static String countText(AuditPage page) {
        if (page.total() == 0) {
            return "No entries match.";
        }
        if (page.truncated()) {
            return String.format(Locale.ENGLISH, "Showing the newest %,d of %s.", page.rows().size(),
                    CountLabels.of(page.total(), "matching entry", "matching entries"));
        }
        return CountLabels.of(page.total(), "entry", "entries") + ".";
    }

    /**
     * Export CSV…: asks where to save, then writes every row matching the filters (not only those shown) off
     * the FX thread; the message says where it went. The export is itself recorded in the audit log.
     */
    public void exportCsv() {
        AuditFilter filter = shown.get();
        if (filter == null || exporting.get()) {
            return;
        }
        String suggested = "audit-log" + (filter.from() == null ? "" : "-" + filter.from())
                + (filter.to() == null ? "" : "-to-" + filter.to()) + ".csv";
        dialogs.chooseFileToSave("Export the audit log", null, suggested, CSV).ifPresent(file -> export(filter, file));
    }

    private void export(AuditFilter filter, Path file) {
        exporting.set(true);
        message.set("Writing " + file.getFileName() + "…");
        tasks.run("Exporting the audit log…", () -> service.exportCsv(actor, filter, file), (AuditExport done) -> {
            exporting.set(false);
            message.set("Exported " + CountLabels.of(done.rows(), "entry", "entries") + " to " + done.file() + ".");
            loadChoices();
            reloadRows(); // the export's own row
        }, error -> {
            exporting.set(false);
            message.set("Nothing was exported.");
            if (error instanceof AccessDeniedException || error instanceof ValidationException
                    || error instanceof AuditExportException) {
                dialogs.showError("Audit log not exported", error.getMessage());
            } else {
                dialogs.showError("Audit log not exported", error.getMessage(), error);
            }
        });
    }

    private void failed(Throwable error) {
        if (error instanceof AccessDeniedException) {
            rows.clear();
            shown.set(null);
            count.set("");
            refusal.set(error.getMessage());
        } else if (error instanceof ValidationException) {
            filterProblem.set(error.getMessage());
        } else {
            dialogs.showError("Audit log", "The audit log could not be read: " + error.getMessage(), error);
        }
    }

    // ---- words for the table

    /** "2026-03-02 08:15:30" in the desk's time zone. */
    public String when(AuditEntry entry) {
        return WHEN.format(entry.at().atZone(service.zone()));
    }

    /** "time_off_request" → "Time off request"; {@code null} → "All records". */
    public static String recordLabel(String entity) {
        return entity == null ? "All records" : words(entity);
    }

    /** {@code null} → "Everyone". */
    public static String userLabel(String userName) {
        return userName == null ? "Everyone" : userName;
    }

    /** "SIGN_IN_FAILED" → "Sign in failed". */
    public static String actionLabel(String action) {
        return words(action);
    }

    private static String words(String code) {
        String text = code.replace('_', ' ').toLowerCase(Locale.ROOT).strip();
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The selected row in one line: "Approve · Time off request 7 · by sgt.olson · 2026-03-02 08:15:30". */
    public String describe(AuditEntry entry) {
        if (entry == null) {
            return "Select an entry to see its record before and after in full.";
        }
        return actionLabel(entry.action()) + " · " + recordLabel(entry.entity())
                + (entry.entityId().isEmpty() ? "" : " " + entry.entityId()) + " · by " + entry.userName() + " · "
                + when(entry);
    }

    // ---- properties

    public ObservableList<AuditEntry> rows() { return rows; }
    /** Everyone ({@code null}) and the user names in the log. */
    public ObservableList<String> userChoices() { return userChoices; }
    /** All records ({@code null}) and the kinds of record in the log. */
    public ObservableList<String> entityChoices() { return entityChoices; }
    public ObjectProperty<String> userFilterProperty() { return userFilter; }
    public ObjectProperty<String> entityFilterProperty() { return entityFilter; }
    public ObjectProperty<LocalDate> fromFilterProperty() { return fromFilter; }
    public ObjectProperty<LocalDate> toFilterProperty() { return toFilter; }
    public ObjectProperty<AuditEntry> selectedProperty() { return selected; }
    /** "Showing the newest 5,000 of 12,345 matching entries." */
    public ReadOnlyStringProperty countProperty() { return count.getReadOnlyProperty(); }
    /** Where the export went. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** What is wrong with the filters (the period ends before it starts); "" when nothing. */
    public ReadOnlyStringProperty filterProblemProperty() { return filterProblem.getReadOnlyProperty(); }
    /** The service's refusal when the role may not view the audit log; "" otherwise. */
    public ReadOnlyStringProperty refusalProperty() { return refusal.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty exportingProperty() { return exporting.getReadOnlyProperty(); }
    public BooleanBinding exportDisabledProperty() { return exportDisabled; }
    public TaskRunner tasks() { return tasks; }
}
