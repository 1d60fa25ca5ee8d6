package org.srodesk.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.srodesk.domain.account.Permission;
import org.srodesk.service.AccessDeniedException;
import org.srodesk.service.Actor;
import org.srodesk.service.DistrictSummary;
import org.srodesk.ui.common.CountLabels;
import org.srodesk.ui.common.DialogService;
import org.srodesk.ui.common.FileType;
import org.srodesk.ui.common.TaskRunner;

/**
 * State and commands of the main window: the selected screen, the status bar (database, user,
 * district counts, busy work) and the File and Help menu commands. Everything that blocks runs
 * through the {@link TaskRunner}; every question and message goes through the {@link DialogService}.
 */
public final class ShellViewModel {

    static final String OPENING = "Opening database…";
    static final String NOT_SIGNED_IN = "Not signed in";

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final String version;
    private final FolderImporter importer;
    private final FolderExporter exporter;

    private final ObjectProperty<Screen> selectedScreen = new SimpleObjectProperty<>(this, "selectedScreen", Screen.ROSTER);
    private final ReadOnlyBooleanWrapper databaseReady = new ReadOnlyBooleanWrapper(this, "databaseReady", false);
    private final ReadOnlyStringWrapper databaseText = new ReadOnlyStringWrapper(this, "databaseText", "No database open");
    private final ReadOnlyObjectWrapper<Actor> actor = new ReadOnlyObjectWrapper<>(this, "actor");
    private final ReadOnlyStringWrapper userText = new ReadOnlyStringWrapper(this, "userText", NOT_SIGNED_IN);
    private final BooleanBinding ready;
    private final ReadOnlyStringWrapper districtText = new ReadOnlyStringWrapper(this, "districtText", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "SRO Desk");
    private final BooleanBinding folderCommandsDisabled;

    private final DoubleProperty workProgress = new SimpleDoubleProperty(this, "workProgress", -1);

    private Callable<DistrictSummary> districtCounter;
    private Path lastFolder;
    private DeskBackups backups;
    private Executor progressThread = Runnable::run;
    private SessionCommands session = SessionCommands.NONE;

    public ShellViewModel(TaskRunner tasks, DialogService dialogs, String version,
                          FolderImporter importer, FolderExporter exporter) {
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.version = Objects.requireNonNull(version);
        this.importer = Objects.requireNonNull(importer);
        this.exporter = Objects.requireNonNull(exporter);
        this.ready = databaseReady.and(actor.isNotNull());
        this.folderCommandsDisabled = Bindings.createBooleanBinding(
                () -> !ready.get() || tasks.isBusy(), ready, tasks.busyProperty());
    }

    // --- the signed-in person, driven by the composition root ---

    /**
     * {@code signedIn} is at the desk: the status bar names them, the screens and commands their role
     * permits become usable, the others are hidden or disabled.
     */
    public void signedIn(Actor signedIn) {
        userText.set(signedIn.describe());
        actor.set(Objects.requireNonNull(signedIn));
        refreshDistrictSummary();
        if (!mayOpen(getSelectedScreen())) {
            selectedScreen.set(Screen.ROSTER);
        }
    }

    /** Nobody is signed in (signed out, or not yet): no screen is shown and no command runs. */
    public void signedOut() {
        actor.set(null);
        userText.set(NOT_SIGNED_IN);
        districtText.set(""); // the counts are the unit's data too
    }

    /** The signed-in person, or null. */
    public ReadOnlyObjectProperty<Actor> actorProperty() {
        return actor.getReadOnlyProperty();
    }

    /** True when someone is signed in on an open database: screens and commands are usable. */
    public BooleanBinding readyProperty() {
        return ready;
    }

    public boolean isReady() {
        return databaseReady.get() && actor.get() != null; // not the binding: safe to poll from a test thread
    }

    /**
     * Whether the signed-in role sees {@code screen} at all: the audit log needs {@link Permission#VIEW_AUDIT},
     * the accounts {@link Permission#MANAGE_ACCOUNTS}; every other screen is open to every role.
     */
    public boolean mayOpen(Screen screen) {
        Actor who = actor.get();
        return who != null && screen.requiredPermission().map(who::may).orElse(true);
    }

    /** {@link #mayOpen} as a binding, for the navigation and the View menu. */
    public BooleanBinding mayOpenProperty(Screen screen) {
        return Bindings.createBooleanBinding(() -> mayOpen(screen), actor);
    }

    /**
     * Whether the navigation and the View menu list {@code screen}: the screens every role reads always
     * (disabled while nobody is signed in), the audit log and the accounts only for a role that may open them.
     */
    public BooleanBinding shownInNavigationProperty(Screen screen) {
        return Bindings.createBooleanBinding(() -> screen.requiredPermission().isEmpty() || mayOpen(screen), actor);
    }

    /** True while a command needing {@code permission} cannot run: nobody signed in, the role lacks it, or work is running. */
    public BooleanBinding commandDisabledProperty(Permission permission) {
        return Bindings.createBooleanBinding(() -> !ready.get() || tasks.isBusy() || !may(permission),
                ready, tasks.busyProperty(), actor);
    }

    /** True while a command needing {@code permission} cannot run (other work running does not count). */
    public BooleanBinding notPermittedProperty(Permission permission) {
        return Bindings.createBooleanBinding(() -> !ready.get() || !may(permission), ready, actor);
    }

    private boolean may(Permission permission) {
        Actor who = actor.get();
        return who != null && who.may(permission);
    }

    /** Refuses a command the role may not run, saying so (the menus disable them; a shortcut may still arrive). */
    private boolean refused(String title, Permission permission) {
        Actor who = actor.get();
        if (who == null) {
            return true;
        }
        if (!who.may(permission)) {
            dialogs.showInformation(title, new AccessDeniedException(who, permission).getMessage());
            return true;
        }
        return false;
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

    /** Recounts officers, schools, … for the status bar (once someone is signed in). */
    public void refreshDistrictSummary() {
        if (districtCounter == null || actor.get() == null || !databaseReady.get()) {
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

    /** What the Account menu does (the composition root wires it when the window opens). */
    public void useSession(SessionCommands commands) {
        this.session = Objects.requireNonNull(commands);
    }

    /** Account → Change password…. */
    public void changePassword() {
        if (ready.get()) {
            session.changePassword();
        }
    }

    /** Account → Lock now. */
    public void lockNow() {
        if (ready.get()) {
            session.lockNow();
        }
    }

    /** Account → Sign out. */
    public void signOut() {
        if (ready.get()) {
            session.signOut();
        }
    }

    public void select(Screen screen) {
        if (ready.get() && mayOpen(screen)) {
            selectedScreen.set(Objects.requireNonNull(screen));
        }
    }

    /** File → Import folder…: asks for a folder, then imports it. */
    public void chooseFolderToImport() {
        if (refused("Import folder", Permission.SCHEDULE)) {
            return;
        }
        dialogs.chooseDirectory("Import CSV files from a folder", lastFolder).ifPresent(this::importFolder);
    }

    /** File → Export folder…: asks for a folder, then exports into it. */
    public void chooseFolderToExport() {
        if (refused("Export folder", Permission.EXPORT)) {
            return;
        }
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

    // --- backups ---

    static final FileType BACKUP_FILES = FileType.of("SRO Desk backup (*.zip)", "*.zip");

    /** The open desk's backups, set by the composition root when a database opens. */
    public void useBackups(DeskBackups deskBackups) {
        this.backups = deskBackups;
    }

    /**
     * Where progress reported by a worker thread is applied to {@link #workProgressProperty()}
     * (production: {@code Platform::runLater}; tests: the calling thread).
     */
    public void setProgressThread(Executor executor) {
        this.progressThread = Objects.requireNonNull(executor);
    }

    /** File → Back up now…: asks where (proposing the backups folder), then writes the backup with a progress bar. */
    public void backUpNow() {
        if (refused("Back up now", Permission.BACK_UP) || backups == null || showUnavailable("Back up now")) {
            return;
        }
        dialogs.chooseFileToSave("Back up the database", backups.backupFolder(),
                backups.suggestedBackupFile().getFileName().toString(), List.of(BACKUP_FILES))
                .ifPresent(this::backUpTo);
    }

    public void backUpTo(Path zip) {
        workProgress.set(0);
        tasks.run("Backing up to " + zip.getFileName() + "…",
                () -> backups.backUp(zip, fraction -> progressThread.execute(() -> workProgress.set(fraction))),
                summary -> {
                    workProgress.set(-1);
                    dialogs.showInformation("Backup finished", summary);
                },
                error -> {
                    workProgress.set(-1);
                    dialogs.showError("Backup not written", String.valueOf(error.getMessage()));
                });
    }

    /**
     * File → Restore from backup…: asks for a backup, checks that it opens and migrates, asks to
     * confirm (saying what it holds and where the current file is kept), then restores and reopens.
     */
    public void restoreFromBackup() {
        if (refused("Restore from backup", Permission.CHANGE_SETTINGS) || backups == null || showUnavailable("Restore from backup")) {
            return;
        }
        dialogs.chooseFileToOpen("Restore from a backup", backups.backupFolder(), List.of(BACKUP_FILES))
                .ifPresent(this::restoreFrom);
    }

    public void restoreFrom(Path zip) {
        tasks.run("Checking " + zip.getFileName() + "…", () -> backups.check(zip), contents -> {
            if (!dialogs.confirm("Restore from backup", contents + "\n\nThe database now open will be closed and "
                    + "kept aside (as …replaced-<date-time>.mv.db, never deleted), and the backup put in its place. "
                    + "Changes made since the backup will not be in it.", "Restore")) {
                return;
            }
            tasks.run("Restoring " + zip.getFileName() + "…", () -> backups.restore(zip),
                    summary -> dialogs.showInformation("Backup restored", summary),
                    error -> dialogs.showError("Backup not restored", String.valueOf(error.getMessage())));
        }, error -> dialogs.showError("Backup cannot be restored", String.valueOf(error.getMessage())));
    }

    private boolean showUnavailable(String title) {
        return backups.unavailableReason().map(reason -> {
            dialogs.showInformation(title, reason);
            return true;
        }).orElse(false);
    }

    /** Progress of the running backup (0 to 1), or -1 (indeterminate) for other work. */
    public ReadOnlyDoubleProperty workProgressProperty() {
        return workProgress;
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
