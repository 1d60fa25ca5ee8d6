package org.srodesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.srodesk.export.notice.NoticeMailer;
import org.srodesk.persistence.ChangeNotifier;
import org.srodesk.persistence.Database;
import org.srodesk.persistence.DatabaseLocation;
import org.srodesk.service.Actor;
import org.srodesk.service.DistrictService;
import org.srodesk.service.ExportService;
import org.srodesk.service.ImportProgress;
import org.srodesk.service.ImportService;
import org.srodesk.service.PrincipalNoticeService;
import org.srodesk.service.RosterService;
import org.srodesk.service.TimeOffService;
import org.srodesk.service.TimeOffSettingsService;
import org.srodesk.ui.shell.FolderExporter;
import org.srodesk.ui.shell.FolderImporter;
import org.srodesk.ui.shell.ScreenRegistry;

/**
 * The composition root of an open desk: the database and the services built on it, by hand (no DI
 * framework). Built off the JavaFX thread by {@link DatabaseStartup}; closed when the window closes.
 */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final Actor actor;
    private final DistrictService districtService;
    private final RosterService rosterService;
    private final TimeOffSettingsService timeOffSettings;
    private final TimeOffService timeOffService;
    private final PrincipalNoticeService noticeService;
    /** Other desks' commits on a shared server (issue 13); never calls back on an H2 file. */
    private final List<Consumer<Set<String>>> otherDeskListeners = new CopyOnWriteArrayList<>();
    private ChangeNotifier changes;

    private AppContext(Database database, Actor actor, Path noticeFolder) {
        this.database = database;
        this.actor = actor;
        this.districtService = new DistrictService(database);
        this.rosterService = new RosterService(database);
        this.timeOffSettings = new TimeOffSettingsService(database);
        this.timeOffService = new TimeOffService(database, timeOffSettings, Clock.systemDefaultZone());
        this.noticeService = new PrincipalNoticeService(database, timeOffSettings, new NoticeMailer(), noticeFolder,
                Clock.systemDefaultZone());
    }

    /**
     * Opens (creating and migrating as needed) the database file and builds the services. Blocking:
     * never call on the JavaFX thread.
     *
     * @throws org.srodesk.persistence.DatabaseOpenException when the file cannot be used
     */
    public static AppContext open(Path databaseFile, Actor actor) {
        // Principal notices saved as .eml files go beside the database, in "notices".
        Path folder = databaseFile.toAbsolutePath().getParent().resolve("notices");
        return new AppContext(Database.openFile(databaseFile), actor, folder);
    }

    /**
     * Connects to a PostgreSQL server database (password from PGPASSWORD or ~/.pgpass, else asked
     * with {@code prompt} when the server wants one), builds the services and starts following the other
     * desks' commits ({@link #onOtherDeskChanges}). Blocking: never call on the JavaFX thread.
     *
     * @throws org.srodesk.persistence.DatabaseOpenException when the server cannot be used
     */
    static AppContext openServer(DatabaseLocation.Server server, Actor actor, DatabaseOpener.PasswordPrompt prompt) {
        Database database = DatabaseOpener.open(server, prompt);
        AppContext context = new AppContext(database, actor, DataDirectory.defaultDatabase().toAbsolutePath()
                .getParent().resolve("notices"));
        try {
            context.changes = ChangeNotifier.start(database,
                    tables -> context.otherDeskListeners.forEach(listener -> listener.accept(tables)));
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        return context;
    }

    /**
     * Runs {@code listener} (on the listener thread: hop to the FX thread) with the tables another
     * desk changed, within about a second of its commit; on an H2 file there is no other desk.
     */
    public void onOtherDeskChanges(Consumer<Set<String>> listener) {
        otherDeskListeners.add(listener);
    }

    /** Wraps an already open database (tests, in-memory what-if work). */
    public static AppContext of(Database database, Actor actor) {
        return new AppContext(database, actor, Path.of(System.getProperty("java.io.tmpdir"), "sro-desk-notices"));
    }

    /**
     * Registers the real screens. None is built yet: every screen shows its placeholder (the roster's
     * with the status legend, registered by {@link MainWindow}). A screen plugs in here with one line,
     * e.g. {@code registry.register(Screen.ROSTER, () -> RosterView.create(new RosterViewModel(rosterService, tasks, dialogs)))}.
     */
    public void registerScreens(ScreenRegistry registry) {
        // No real screen exists yet.
    }

    /** File → Import folder…: imports the reference CSV files in one transaction; returns the summary. */
    public FolderImporter folderImporter() {
        ImportService importService = new ImportService(database);
        return folder -> importService.importFolder(folder, actor, ImportProgress.none()).toString();
    }

    /** File → Export folder…: writes the five reference CSV files; returns what was written. */
    public FolderExporter folderExporter() {
        ExportService exportService = new ExportService(database);
        return folder -> {
            Map<String, Integer> written = exportService.exportFolder(folder);
            StringBuilder text = new StringBuilder("Exported to " + folder.toAbsolutePath() + ":");
            written.forEach((file, rows) -> text.append(System.lineSeparator())
                    .append(String.format(Locale.ROOT, "  %-24s %,9d rows", file, rows)));
            return text.toString();
        };
    }

    /** What the status bar shows for the open database: its file path. */
    public String databaseDescription() {
        return database.description();
    }

    public Database database() {
        return database;
    }

    public Actor actor() {
        return actor;
    }

    public DistrictService districtService() {
        return districtService;
    }

    public RosterService rosterService() {
        return rosterService;
    }

    public TimeOffSettingsService timeOffSettings() {
        return timeOffSettings;
    }

    public TimeOffService timeOffService() {
        return timeOffService;
    }

    /** Principal notices; holds the SMTP password in memory for this session only. */
    public PrincipalNoticeService noticeService() {
        return noticeService;
    }

    @Override
    public void close() {
        if (changes != null) {
            changes.close();
        }
        noticeService.forgetPassword();
        database.close();
    }
}
