package org.srodesk.app;

import java.nio.file.Path;

import org.srodesk.persistence.Database;
import org.srodesk.service.Actor;
import org.srodesk.service.DistrictService;
import org.srodesk.service.RosterService;
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

    private AppContext(Database database, Actor actor) {
        this.database = database;
        this.actor = actor;
        this.districtService = new DistrictService(database);
        this.rosterService = new RosterService(database);
    }

    /**
     * Opens (creating and migrating as needed) the database file and builds the services. Blocking:
     * never call on the JavaFX thread.
     *
     * @throws org.srodesk.persistence.DatabaseOpenException when the file cannot be used
     */
    public static AppContext open(Path databaseFile, Actor actor) {
        return new AppContext(Database.openFile(databaseFile), actor);
    }

    /** Wraps an already open database (tests, in-memory what-if work). */
    public static AppContext of(Database database, Actor actor) {
        return new AppContext(database, actor);
    }

    /**
     * Registers the real screens. None is built yet: every screen shows its placeholder (the roster's
     * with the status legend, registered by {@link MainWindow}). A screen plugs in here with one line,
     * e.g. {@code registry.register(Screen.ROSTER, () -> RosterView.create(new RosterViewModel(rosterService, tasks, dialogs)))}.
     */
    public void registerScreens(ScreenRegistry registry) {
        // No real screen exists yet.
    }

    /**
     * File → Import folder…. The CSV import service is not in this build, so this says so. When it
     * lands: {@code return folder -> importService.importFolder(folder, actor, ImportProgress.NONE).toString();}
     */
    public FolderImporter folderImporter() {
        return FolderImporter.unavailable();
    }

    /** File → Export folder…; not in this build yet, like {@link #folderImporter()}. */
    public FolderExporter folderExporter() {
        return FolderExporter.unavailable();
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

    @Override
    public void close() {
        database.close();
    }
}
