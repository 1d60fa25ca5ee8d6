package org.srodesk.ui.shell;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.srodesk.service.Actor;
import org.srodesk.service.DistrictSummary;
import org.srodesk.ui.common.CountLabels;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.TaskRunner;

/**
 * State and commands of the main window: the selected screen, the status bar (database, user,
 * district counts, busy work) and the File and Help menu commands. Everything that blocks runs
 * through the {@link TaskRunner}; every question and message goes through the {@link DialogService}.
 */
public final class ShellViewModel {

    static final String OPENING = "Opening database…";

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final String version;
    private final FolderImporter importer;
    private final FolderExporter exporter;

    private final ObjectProperty<Screen> selectedScreen = new SimpleObjectProperty<>(this, "selectedScreen", Screen.ROSTER);
    private final ReadOnlyBooleanWrapper databaseReady = new ReadOnlyBooleanWrapper(this, "databaseReady", false);
    private final ReadOnlyStringWrapper databaseText = new ReadOnlyStringWrapper(this, "databaseText", "No database open");
    private final ReadOnlyStringWrapper userText;
    private final ReadOnlyStringWrapper districtText = new ReadOnlyStringWrapper(this, "districtText", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "SRO Desk");
    private final BooleanBinding folderCommandsDisabled;

    private Callable<DistrictSummary> districtCounter;
    private Path lastFolder;

    public ShellViewModel(TaskRunner tasks, DialogService dialogs, Actor actor, String version,
                          FolderImporter importer, FolderExporter exporter) {
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.version = Objects.requireNonNull(version);
        this.importer = Objects.requireNonNull(importer);
        this.exporter = Objects.requireNonNull(exporter);
        this.userText = new ReadOnlyStringWrapper(this, "userText", actor.displayName());
        this.folderCommandsDisabled = Bindings.createBooleanBinding(
                () -> !databaseReady.get() || tasks.isBusy(), databaseReady, tasks.busyProperty());
    }

    // --- database life cycle, driven by the composition root ---

    /** The database {@code description} is being opened: the status bar says so, navigation waits. */
    public void databaseOpening(String description) {
        databaseReady.set(false);
        databaseText.set(OPENING + " " + description);
        districtText.set("");
    }

    /**
     * The database is open. {@code countDistrict} (blocking; run through the TaskRunner) gives the
     * counts of the status bar, now and after every import.
     */
    public void databaseOpened(String description, Callable<DistrictSummary> countDistrict) {
        this.districtCounter = Objects.requireNonNull(countDistrict);
        databaseText.set(description);
        title.set("SRO Desk — " + fileName(description));
        databaseReady.set(true);
        refreshDistrictSummary();
    }

    /** Opening failed and nothing is open. */
    public void databaseUnavailable() {
        databaseReady.set(false);
        databaseText.set("No database open");
        districtText.set("");
    }

    /** Recounts officers, schools, … for the status bar. */
    public void refreshDistrictSummary() {
        if (districtCounter == null) {
            return;
        }
        tasks.run("Counting officers and schools…", districtCounter,
                summary -> districtText.set(describe(summary)),
                error -> districtText.set("Counts unavailable: " + error.getMessage()));
    }

    static String describe(DistrictSummary s) {
        return CountLabels.of(s.officers(), "officer") + " · " + CountLabels.of(s.schools(), "school")
                + " · " + CountLabels.of(s.calendarDays(), "calendar day");
    }

    // --- commands ---

    public void select(Screen screen) {
        if (databaseReady.get()) {
            selectedScreen.set(Objects.requireNonNull(screen));
        }
    }

    /** File → Import folder…: asks for a folder, then imports it. */
    public void chooseFolderToImport() {
        dialogs.chooseDirectory("Import CSV files from a folder", lastFolder).ifPresent(this::importFolder);
    }

    /** File → Export folder…: asks for a folder, then exports into it. */
    public void chooseFolderToExport() {
        dialogs.chooseDirectory("Export CSV files into a folder", lastFolder).ifPresent(this::exportFolder);
    }

    public void importFolder(Path folder) {
        lastFolder = folder;
        tasks.run("Importing " + folder.getFileName() + "…", () -> importer.importFolder(folder),
                summary -> {
                    refreshDistrictSummary();
                    dialogs.showInformation("Import finished", summary);
                },
                error -> reportFolderFailure("Import folder", "Nothing was imported from " + folder + ".", error));
    }

    public void exportFolder(Path folder) {
        lastFolder = folder;
        tasks.run("Exporting to " + folder.getFileName() + "…", () -> exporter.exportFolder(folder),
                summary -> dialogs.showInformation("Export finished", summary),
                error -> reportFolderFailure("Export folder", "The export to " + folder + " did not finish.", error));
    }

    private void reportFolderFailure(String title, String context, Throwable error) {
        if (error instanceof UnsupportedOperationException) {
            dialogs.showError(title, error.getMessage());
        } else {
            dialogs.showError(title, context + "\n\n" + error.getMessage(), error);
        }
    }

    /** Help → About SRO Desk. */
    public void showAbout() {
        dialogs.showInformation("About SRO Desk", aboutText());
    }

    String aboutText() {
        return "SRO Desk " + version + "\n"
                + "Scheduling desk for a police School Resource Officer unit: roster, time off, rover "
                + "coverage, reassignments, deployment review and principal rosters.\n\n"
                + "Java " + System.getProperty("java.version") + " · JavaFX "
                + System.getProperty("javafx.runtime.version", "?") + "\n"
                + "Licensed under the Apache License 2.0.";
    }

    // --- properties ---

    public ObjectProperty<Screen> selectedScreenProperty() {
        return selectedScreen;
    }

    public Screen getSelectedScreen() {
        return selectedScreen.get();
    }

    public ReadOnlyBooleanProperty databaseReadyProperty() {
        return databaseReady.getReadOnlyProperty();
    }

    public boolean isDatabaseReady() {
        return databaseReady.get();
    }

    public ReadOnlyStringProperty databaseTextProperty() {
        return databaseText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userTextProperty() {
        return userText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty districtTextProperty() {
        return districtText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public ReadOnlyStringProperty busyMessageProperty() {
        return tasks.messageProperty();
    }

    /** True while Import/Export folder cannot run: no database yet, or other work running. */
    public BooleanBinding folderCommandsDisabledProperty() {
        return folderCommandsDisabled;
    }

    public String version() {
        return version;
    }

    private static String fileName(String description) {
        int slash = Math.max(description.lastIndexOf('/'), description.lastIndexOf('\\'));
        return slash < 0 ? description : description.substring(slash + 1);
    }
}
